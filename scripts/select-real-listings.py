#!/usr/bin/env python3
"""Chooses the listings of ../shared/real-exports for Corpus/labelled-real-listings/labels.csv.

Prints `file,listing_id,half` pointers, and with --show the fields a reviewer reads (for labelling; the text never
goes into the project). Per export, listings are ordered by an FNV-1a hash of `file#id` (SHA-1 for one export)
and the first N are taken; the half is fixed per shop (every listing of an export is in its shop's half), before any
rule run. Ids are the ones `listing-audit` gives: Shopify Handle, feed `id`, WooCommerce SKU or ID, and the id column
of the other layouts. `--new` takes the listings of round 4 (NEW_EXPORTS) instead of the first 320, `--round5` those
of round 5 (ROUND5_EXPORTS), `--round6` those of round 6 (ROUND6_EXPORTS), `--round7` those of round 7
(ROUND7_EXPORTS: marketplace files read through a column mapping, halves per shop).
"""
import csv
import hashlib
import html
import re
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "real-exports"
csv.field_size_limit(1 << 30)

# (export, layout, how many, half). newbee_mall's ids are sequential five-digit numbers, for which FNV-1a of
# `file#id` orders one contiguous id range (one phone family) first; that export is ordered by SHA-1 instead.
EXPORTS = [
    ("shopify/earthrevibe_products_export_1.csv", "shopify", 23, "dev"),
    ("shopify/balancedbites_products_export_1.csv", "shopify", 15, "dev"),
    ("shopify/flexformfitness_products_export_1.csv", "shopify", 15, "dev"),
    ("google-merchant/gmc_product_feed_cjdropshipping_head1000.tsv", "tsv:id", 18, "dev"),
    ("google-merchant-xml/sparklingresindelights_google_feed.xml", "rss", 12, "dev"),
    ("woocommerce/vinoteka15milja_woocommerce-products.csv", "csv:SKU", 12, "dev"),
    ("marketplace/promptcloud_amazon_com_sample_head10.csv", "csv:Uniq Id", 10, "dev"),
    ("zh-shops/litemall_yanxuan_goods.csv", "csv:goods_id", 40, "dev"),
    ("zh-shops/taobao_search_sesame_paste_36.csv", "csv:nid", 15, "dev"),
    ("shopify/bilalithelabel_products_export.csv", "shopify", 20, "test"),
    ("shopify/cutiepoppers_products_export_1.csv", "shopify", 15, "test"),
    ("shopify/trevo_products_export_1.csv", "shopify", 15, "test"),
    ("shopify/ayonne_products_export_1.csv", "shopify", 15, "test"),
    ("woocommerce/experimental_fashion_sample_9_products.csv", "csv:SKU", 9, "test"),
    ("google-merchant-xml/rawhidecityleather_google-merchant-feed.xml", "rss", 11, "test"),
    ("marketplace/flipkart_com-ecommerce_sample_head48.csv", "csv:pid", 15, "test"),
    ("zh-shops/newbee_mall_goods_575.csv", "sha1 csv:goods_id", 45, "test"),
    ("zh-shops/tmall_double11_cosmetics_2016_titles.csv", "csv:id", 15, "test"),
]

# Round 4 (issue 10, branch real10d): listings added after the first 320, chosen the same way. An export new to the
# set goes to the half its shop's name gives (`half_of`: FNV-1a of the name, even dev, odd test), fixed before
# labelling; an export already in the set keeps its half and takes the next listings in its order (`skip` first).
# (export, layout, how many, shop, listings of the earlier rounds to skip)
NEW_EXPORTS = [
    ("shopify/babyheaven_products_export_1.csv", "shopify", 16, "babyheaven", 0),
    ("shopify/citrixclothes_products_export_1.csv", "shopify", 3, "citrixclothes", 0),
    ("shopify/velofant_products_export_1.csv", "shopify", 6, "velofant", 0),
    ("google-merchant-xml/velofant_prisjakt_feed.xml", "rss", 8, "velofant", 0),
    ("shopify/hair_store_products_export_1.csv", "shopify", 8, "hair_store", 0),
    ("google-merchant-xml/importpc_cz_google_feed.xml", "rss", 10, "importpc_cz", 0),
    ("google-merchant-xml/vktry_google_merchant_feed.xml", "rss", 6, "vktry", 0),
    ("magento2/catalog_product_sample.csv", "csv:sku", 6, "magento2/catalog_product_sample", 0),
    ("woocommerce/sample_products.csv", "woo:ID", 8, "woocommerce/sample_products", 0),
    ("zh-shops/taobao_search_sesame_paste_36.csv", "csv:nid", 16, None, 15),
    ("zh-shops/newbee_mall_goods_575.csv", "sha1 csv:goods_id", 8, None, 45),
    ("zh-shops/tmall_double11_cosmetics_2016_titles.csv", "csv:id", 8, None, 15),
]

# Round 5 (issue 10, session 17): Shopify's published sample catalogues, one shop (`shopifypartners`), every listing
# of its three files; the half from the shop's name as in round 4. Same tuple as NEW_EXPORTS.
ROUND5_EXPORTS = [
    ("shopify/shopifypartners_sample_apparel.csv", "shopify", 20, "shopifypartners", 0),
    ("shopify/shopifypartners_sample_home-and-garden.csv", "shopify", 20, "shopifypartners", 0),
    ("shopify/shopifypartners_sample_jewelery.csv", "shopify", 20, "shopifypartners", 0),
]

# Round 6 (issue 10, branch real26): the readable exports no earlier round used. (export, layout, how many, half,
# categories left out). Halves are given per shop, alternately, before labelling: bilalithelabel's AWIN feed goes
# with its shop (test since the first round); the new shops by size, olist dev, Shopify's import template test, the
# Zynk documentation sample dev. olist leaves out beauty, perfume and uncategorised products (the set has many
# cosmetics, and a product with no category has no type to judge), to prefer the kinds the set is thin on.
ROUND6_EXPORTS = [
    ("awin/bilalithelabel_awin_product_feed.csv", "csv:id", 48, "test", ()),
    ("olist/olist_products_dataset_head999.csv", "csv:product_id", 50, "dev", ("beleza_saude", "perfumaria", "")),
    ("shopify/product_template.csv", "shopify", 3, "test", ()),
    ("amazon/zynk_docs_GET_MERCHANT_LISTINGS_ALL_DATA_sample.txt", "tsv:seller-sku", 3, "dev", ()),
]


# Round 7 (issue 10, branch real30): the two listing files readable only through a column mapping
# (Corpus/labelled-real-listings/mappings.csv names one per export), every listing of each. Both are marketplace files
# of many shops, so the halves are per shop, not per export: a shop is the Amazon file's brand (case folded) and the
# JD file's store; shops are ordered by how many listings they have (then by name) and given dev, test, dev, …
# alternately, before labelling. Ids are the mapping's: the Amazon file has no id column, and its mapping names the
# image address (`Image`), unique but for five addresses shared by two rows each, whose rows are merged as the tool
# merges rows of one id (100 rows, 95 listings); the JD file has no header, and its mapping names the item id (column 6). (export, layout,
# shop column)
ROUND7_EXPORTS = [
    ("marketplace/amazon_us_smartphones_details_100.csv", "csv:Image", "Brand"),
    ("zh-shops/jd_facial_mask_search_60_noheader.csv", "noheader csv:6", "3"),
]


def halves_by_shop(grouped, shop_column):
    """The half of each listing of a marketplace file: its shop's, shops alternating dev, test, … by size."""
    shop_of = {key: rows[0][shop_column].strip().casefold() for key, rows in grouped.items()}
    sizes = {}
    for shop in shop_of.values():
        sizes[shop] = sizes.get(shop, 0) + 1
    ordered = sorted(sizes, key=lambda shop: (-sizes[shop], shop))
    half = {shop: ("dev", "test")[index % 2] for index, shop in enumerate(ordered)}
    return {key: half[shop] for key, shop in shop_of.items()}


def half_of(shop, name):
    """The half of a round-4 or round-5 export: its shop's, fixed by the shop name's hash, or the half it already has."""
    if shop is None:
        return next(half for export, _, _, half in EXPORTS if export == name)
    return "dev" if fnv(shop) % 2 == 0 else "test"


def order(name, layout, listing_id):
    """The sort key that chooses listings: FNV-1a of `file#id`, or SHA-1 for layouts marked `sha1`."""
    if layout.startswith("sha1 "):
        return hashlib.sha1(f"{name}#{listing_id}".encode("utf-8")).hexdigest()
    return fnv(f"{name}#{listing_id}")


def fnv(text):
    value = 0xCBF29CE484222325
    for byte in text.encode("utf-8"):
        value = ((value ^ byte) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return value


def records(name, layout):
    """(listing id, [rows]) in file order; rows of one id are grouped, as the tool merges them."""
    path = SHARED / name
    layout = layout.removeprefix("sha1 ")
    headerless = layout.startswith("noheader ")
    layout = layout.removeprefix("noheader ")
    grouped = {}
    if layout == "rss":
        root = ElementTree.parse(path).getroot()
        for item in [*root.iter("item"), *root.iter("product")]:
            fields = {}
            for child in item:
                fields.setdefault(child.tag.split("}")[-1], []).append(child.text or "")
            grouped.setdefault(fields.get("id", [""])[0].strip(), []).append(fields)
        # The feed reader keeps the first of repeated ids.
        return {key: rows[:1] for key, rows in grouped.items()}
    delimiter = "\t" if name.endswith(".tsv") or layout.startswith("tsv") else ","
    key = "Handle" if layout == "shopify" else layout.split(":", 1)[1]
    with open(path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle, delimiter=delimiter)
        header = None if headerless else next(reader)
        # A file without a header names its columns by position, "1" for the first, as its column mapping does.
        rows = [dict(zip(header or [str(index + 1) for index in range(len(row))], row)) for row in reader if row]
    # WooCommerce variations name their parent's SKU in `Parent`; the tool merges them into the parent listing.
    parents = {row["SKU"]: row[key] for row in rows if layout.startswith("woo")}
    for row in rows:
        listing_id = parents.get(row.get("Parent"), row.get(key)) if row.get("Parent") else row.get(key)
        if listing_id:
            grouped.setdefault(listing_id, []).append(row)
    if layout.startswith("tsv"):
        # The feed reader keeps the first of repeated ids and skips the rest; leave such ids out.
        grouped = {key: rows for key, rows in grouped.items() if len(rows) == 1}
    return grouped


def plain(text):
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", text or ""))).strip()


def show(name, listing_id, rows):
    """Prints what a reviewer reads: every non-empty field of the listing's rows, HTML stripped."""
    print(f"=== {name} # {listing_id}")
    seen = set()
    for row in rows:
        for column, value in row.items():
            values = value if isinstance(value, list) else [value]
            for text in values:
                text = plain(text) if column not in ("detail_html", "goods_detail_content") else text
                if text and (column, text) not in seen:
                    seen.add((column, text))
                    print(f"  {column}: {text[:1500]}")


def main():
    wanted = set(sys.argv[sys.argv.index("--show") + 1:]) if "--show" in sys.argv else None
    print("file,listing_id,half")
    if "--round7" in sys.argv:
        for name, layout, shop_column in ROUND7_EXPORTS:
            grouped = records(name, layout)
            halves = halves_by_shop(grouped, shop_column)
            for listing_id in grouped:
                if wanted is None:
                    print(f"{name},{listing_id},{halves[listing_id]}")
                elif not wanted or name in wanted:
                    show(name, listing_id, grouped[listing_id])
        return
    if "--round6" in sys.argv:
        exports = [(name, layout, count, half, 0, left_out) for name, layout, count, half, left_out in ROUND6_EXPORTS]
    elif "--new" in sys.argv or "--round5" in sys.argv:
        exports = [(name, layout, count, half_of(shop, name), skip, ())
                   for name, layout, count, shop, skip in (NEW_EXPORTS if "--new" in sys.argv else ROUND5_EXPORTS)]
    else:
        exports = [(name, layout, count, half, 0, ()) for name, layout, count, half in EXPORTS]
    for name, layout, count, half, skip, left_out in exports:
        grouped = records(name, layout)
        grouped = {key: rows for key, rows in grouped.items()
                   if rows[0].get("product_category_name") not in left_out}
        chosen = sorted(grouped, key=lambda key: order(name, layout, key))[skip:skip + count]
        for listing_id in sorted(chosen, key=list(grouped).index):
            if wanted is None:
                print(f"{name},{listing_id},{half}")
            elif not wanted or name in wanted:
                show(name, listing_id, grouped[listing_id])


if __name__ == "__main__":
    main()
