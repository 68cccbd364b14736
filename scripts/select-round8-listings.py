#!/usr/bin/env python3
"""Chooses round 8's listings of ../shared/real-exports for Corpus/labelled-real-listings/labels.csv (issue 10).

Round 8 adds dev listings of the kinds the size and colour families judge: goods that the export's own category
column calls apparel, shoes, furniture, homeware, bags or jewellery (never `listing-audit`'s judgement, which would
choose what the tool already sees). Only shops already in the dev half are read, and only listings no earlier round
labelled. Per export, the listings whose category names such a kind are ordered by an FNV-1a hash of
`round8#file#id` (the seed) and taken in that order, at most `PER_CATEGORY` of one category value, until the
export's quota is reached.

`--test` chooses round 8's test listings the same way (seed `round8-test`), only from shops already in the test
half, so that the halves stay balanced: those shops file nearly every listing under one category value, so one
value may give up to `TEST_PER_CATEGORY`.

Prints `file,listing_id,half` pointers (ids only, what labels.csv holds); `--show [FILE…]` prints the fields a
reviewer reads instead (to the terminal only: the text never goes into the project).
"""
import csv
import importlib.util
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SPEC = importlib.util.spec_from_file_location("select_real_listings", HERE / "select-real-listings.py")
earlier = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(earlier)

LABELS = HERE.parent / "Corpus" / "labelled-real-listings" / "labels.csv"
SEED = "round8"
PER_CATEGORY = 4
TEST_SEED = "round8-test"
TEST_PER_CATEGORY = 14

# (export, layout, category columns, quota). Every shop here is in the dev half since its first round.
EXPORTS = [
    ("google-merchant/gmc_product_feed_cjdropshipping_head1000.tsv", "tsv:id", ("google_product_category",), 40),
    ("zh-shops/litemall_yanxuan_goods.csv", "csv:goods_id", ("category_l1", "category_l2"), 30),
    ("shopify/babyheaven_products_export_1.csv", "shopify", ("Product Category",), 12),
    ("shopify/flexformfitness_products_export_1.csv", "shopify", ("Product Category",), 6),
]

# The same for `--test`: every shop here is in the test half since its first round.
TEST_EXPORTS = [
    ("shopify/bilalithelabel_products_export.csv", "shopify", ("Product Category",), 14),
    ("shopify/cutiepoppers_products_export_1.csv", "shopify", ("Product Category",), 14),
    ("shopify/hair_store_products_export_1.csv", "shopify", ("Product Category",), 12),
    ("shopify/trevo_products_export_1.csv", "shopify", ("Product Category",), 2),
]

# Words of the exports' own category values that name the wanted kinds (matched in the folded value).
KIND_WORDS = {
    "apparel": ("apparel", "clothing", "dress", "shirt", "blouse", "blazer", "suit", "pants", "shorts", "sweater",
                "jacket", "coat", "skirt", "jumpsuit", "hoodie", "top", "prendas de vestir", "ropa",
                "服装", "服饰", "内裤", "内衣", "袜"),
    "shoes": ("shoe", "sandal", "flats", "boot", "sneaker", "heel", "slipper", "鞋"),
    "furniture": ("furniture", "家具"),
    "homeware": ("storage", "bedding", "linens", "bed sheet", "towel", "curtain", "rug", "decor", "床品", "布艺",
                 "家饰", "被枕", "毛巾", "夏凉", "收纳", "锅具", "餐具"),
    "bags": ("bag", "backpack", "wallet", "handbag", "luggage", "箱包", "包"),
    "jewellery": ("ring", "earring", "necklace", "pendant", "bracelet", "bangle", "jewelry", "jewellery", "首饰",
                  "饰品"),
}


def kind_of(category):
    """The wanted kind the export's category value names, if any (the first in KIND_WORDS' order)."""
    folded = category.casefold()
    return next((kind for kind, words in KIND_WORDS.items() if any(names(word, folded) for word in words)), None)


def names(word, folded):
    """Whether `folded` names `word`: a Chinese word anywhere, an English one as a word's start (`ring` in `Rings`,
    not in `Diapering`; `top` in `Tops`, not in `Laptop`)."""
    if not word.isascii():
        return word in folded
    return re.search(r"(?<![a-z])" + re.escape(word), folded) is not None


def labelled():
    with open(LABELS, encoding="utf-8", newline="") as handle:
        return {(row["file"], row["listing_id"]) for row in csv.DictReader(handle)}


def chosen(name, layout, columns, quota, done, seed=SEED, cap=PER_CATEGORY):
    """The listing ids of `name` round 8 takes, in file order: ranked by `seed`, at most `cap` of one category."""
    grouped = earlier.records(name, layout)
    taken, per_category = [], {}
    ranked = sorted(grouped, key=lambda key: earlier.fnv(f"{seed}#{name}#{key}"))
    for key in ranked:
        if len(taken) == quota:
            break
        category = " > ".join(grouped[key][0].get(column, "").strip() for column in columns)
        if (name, key) in done or kind_of(category) is None or per_category.get(category, 0) == cap:
            continue
        per_category[category] = per_category.get(category, 0) + 1
        taken.append(key)
    return [key for key in grouped if key in taken], grouped


def main():
    wanted = set(sys.argv[sys.argv.index("--show") + 1:]) if "--show" in sys.argv else None
    test = "--test" in sys.argv
    exports, seed, cap, half = (TEST_EXPORTS, TEST_SEED, TEST_PER_CATEGORY, "test") if test else \
        (EXPORTS, SEED, PER_CATEGORY, "dev")
    done = labelled()
    if wanted is None:
        print("file,listing_id,half")
    for name, layout, columns, quota in exports:
        keys, grouped = chosen(name, layout, columns, quota, done, seed, cap)
        for key in keys:
            if wanted is None:
                print(f"{name},{key},{half}")
            elif not wanted or name in wanted:
                earlier.show(name, key, grouped[key])


if __name__ == "__main__":
    main()
