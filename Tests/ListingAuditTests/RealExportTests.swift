import Foundation
import Testing

@testable import ListingAudit

/// Every real public export in `../shared/real-exports` loads with the right format and the listing counts counted
/// by reading the files independently. Skipped when `../shared` is absent.
///
/// The counts come from Python's `csv` module and one plain rule per format, not from the loader: Shopify listings
/// are the Handles with a Title, its variants the rows naming an option value, a SKU or a price; WooCommerce
/// listings are the rows that are not variations; the one-row-per-item formats have one listing per distinct id (a
/// repeated id is a skipped row) and, without an `item_group_id` column, one variant each; the Amazon templates have
/// no rows after their three header rows. Run in `../shared/real-exports` (prints name, listings[, variants]):
///
///     python3 - <<'PY'
///     import csv, collections as co
///     def rows(p, d=","):
///         with open(p, newline="", encoding="utf-8-sig") as f:
///             return [r for r in csv.DictReader(f, delimiter=d) if any(v.strip() for v in r.values() if v)]
///     for p in ["shopifypartners_sample_apparel", "shopifypartners_sample_home-and-garden",
///               "shopifypartners_sample_jewelery", "product_template", "citrixclothes_products_export_1",
///               "bilalithelabel_products_export", "hair_store_products_export_1"]:
///         r = rows(f"shopify/{p}.csv")
///         print(p, len({x["Handle"] for x in r if x["Title"]}),
///               sum(1 for x in r if x["Option1 Value"] or x["Variant SKU"] or x["Variant Price"]))
///     # and trevo, earthrevibe, flexformfitness, babyheaven, velofant, ayonne, cutiepoppers, balancedbites
///     # (f"{name}_products_export_1"), counted the same way
///     for p in ["sample_products", "experimental_fashion_sample_9_products", "vinoteka15milja_woocommerce-products"]:
///         print(p, sum(1 for x in rows(f"woocommerce/{p}.csv") if x["Type"] != "variation"))
///     zynk = rows("amazon/zynk_docs_GET_MERCHANT_LISTINGS_ALL_DATA_sample.txt", "\t")
///     print("zynk", len({x["seller-sku"] for x in zynk}))
///     for p in ["Home", "Sports"]:
///         print(p, len(open(f"amazon/flatfile_template_{p}_amazon.com_header3.txt", "rb").read().splitlines()) - 3)
///     ids = co.Counter(x["id"] for x in rows("google-merchant/gmc_product_feed_cjdropshipping_head1000.tsv", "\t"))
///     print("gmc", len(ids), "repeats", sum(ids.values()) - len(ids))
///     print("awin", len({x["id"] for x in rows("awin/bilalithelabel_awin_product_feed.csv")}))
///     magento = rows("magento2/catalog_product_sample.csv")
///     print("magento", len({x["sku"] for x in magento if not x["store_view_code"]}))
///     print("olist", len({x["product_id"] for x in rows("olist/olist_products_dataset_head999.csv")}))
///     PY
///
/// Output (2026-12-02): apparel 20 22, home-and-garden 20 21, jewelery 20 23, product_template 3 16,
/// citrixclothes 3 8, bilalithelabel 48 130, hair_store 84 445, sample_products 18, experimental_fashion 9, zynk 3,
/// Home 0, Sports 0, gmc 995 repeats 5, awin 48, magento 6, olist 999. Second batch: trevo 26 29, earthrevibe 23 92,
/// flexformfitness 35 220, babyheaven 99 159, velofant 14 19, ayonne 133 133, cutiepoppers 37 722, balancedbites
/// 65 68, vinoteka15milja 404.
@Suite(TestPaths.needsRealExports) struct RealExportTests {
    struct Expectation: Sendable, CustomStringConvertible {
        let path: String
        let format: ExportFormat
        let listings: Int
        let skipped: Int
        let variants: Int?
        var description: String { path }
    }

    static let expectations: [Expectation] = [
        Expectation(
            path: "shopify/shopifypartners_sample_apparel.csv", format: .shopify, listings: 20, skipped: 0, variants: 22
        ),
        Expectation(
            path: "shopify/shopifypartners_sample_home-and-garden.csv", format: .shopify, listings: 20, skipped: 0,
            variants: 21),
        Expectation(
            path: "shopify/shopifypartners_sample_jewelery.csv", format: .shopify, listings: 20, skipped: 0,
            variants: 23),
        Expectation(path: "shopify/product_template.csv", format: .shopify, listings: 3, skipped: 0, variants: 16),
        Expectation(
            path: "shopify/citrixclothes_products_export_1.csv", format: .shopify, listings: 3, skipped: 0,
            variants: 8),
        Expectation(
            path: "shopify/bilalithelabel_products_export.csv", format: .shopify, listings: 48, skipped: 0,
            variants: 130),
        Expectation(
            path: "shopify/hair_store_products_export_1.csv", format: .shopify, listings: 84, skipped: 0,
            variants: 445),
        // The second batch (SOURCES-2.md), counted by the same rules (2026-12-02).
        Expectation(
            path: "shopify/trevo_products_export_1.csv", format: .shopify, listings: 26, skipped: 0, variants: 29),
        Expectation(
            path: "shopify/earthrevibe_products_export_1.csv", format: .shopify, listings: 23, skipped: 0,
            variants: 92),
        Expectation(
            path: "shopify/flexformfitness_products_export_1.csv", format: .shopify, listings: 35, skipped: 0,
            variants: 220),
        Expectation(
            path: "shopify/babyheaven_products_export_1.csv", format: .shopify, listings: 99, skipped: 0,
            variants: 159),
        Expectation(
            path: "shopify/velofant_products_export_1.csv", format: .shopify, listings: 14, skipped: 0, variants: 19),
        Expectation(
            path: "shopify/ayonne_products_export_1.csv", format: .shopify, listings: 133, skipped: 0,
            variants: 133),
        Expectation(
            path: "shopify/cutiepoppers_products_export_1.csv", format: .shopify, listings: 37, skipped: 0,
            variants: 722),
        Expectation(
            path: "shopify/balancedbites_products_export_1.csv", format: .shopify, listings: 65, skipped: 0,
            variants: 68),
        Expectation(
            path: "woocommerce/vinoteka15milja_woocommerce-products.csv", format: .wooCommerce, listings: 404,
            skipped: 0, variants: nil),
        Expectation(
            path: "woocommerce/sample_products.csv", format: .wooCommerce, listings: 18, skipped: 0, variants: nil),
        Expectation(
            path: "woocommerce/experimental_fashion_sample_9_products.csv", format: .wooCommerce, listings: 9,
            skipped: 0,
            variants: nil),
        Expectation(
            path: "amazon/zynk_docs_GET_MERCHANT_LISTINGS_ALL_DATA_sample.txt", format: .amazonListingsReport,
            listings: 3,
            skipped: 0, variants: 3),
        Expectation(
            path: "amazon/flatfile_template_Home_amazon.com_header3.txt", format: .amazonFlatFile, listings: 0,
            skipped: 0,
            variants: 0),
        Expectation(
            path: "amazon/flatfile_template_Sports_amazon.com_header3.txt", format: .amazonFlatFile, listings: 0,
            skipped: 0, variants: 0),
        Expectation(
            path: "google-merchant/gmc_product_feed_cjdropshipping_head1000.tsv", format: .googleMerchant,
            listings: 995,
            skipped: 5, variants: 995),
        Expectation(
            path: "awin/bilalithelabel_awin_product_feed.csv", format: .googleMerchant, listings: 48, skipped: 0,
            variants: 48),
        Expectation(
            path: "magento2/catalog_product_sample.csv", format: .magento, listings: 6, skipped: 0, variants: 6),
        Expectation(
            path: "olist/olist_products_dataset_head999.csv", format: .olist, listings: 999, skipped: 0, variants: 0),
    ]

    private func load(_ relative: String) throws -> ListingLoadResult {
        try ListingLoader.load(path: TestPaths.realExports!.appendingPathComponent(relative).path)
    }

    @Test(arguments: expectations) func loadsWithTheRightFormatAndCounts(_ expected: Expectation) throws {
        let result = try load(expected.path)
        #expect(result.report.format == expected.format)
        #expect(result.listings.count == expected.listings)
        #expect(result.report.listingsBuilt == expected.listings)
        #expect(result.report.skipped.count == expected.skipped)
        if let variants = expected.variants {
            #expect(result.listings.reduce(0) { $0 + $1.variants.count } == variants)
        }
        #expect(Set(result.listings.map(\.id)).count == result.listings.count)
    }
}
