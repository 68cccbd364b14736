import Foundation
import Testing

@testable import ListingAudit

/// Every real public export in `../shared/real-exports` loads with the right format and the listing counts counted
/// by reading the files independently. Skipped when `../shared` is absent.
@Suite(.enabled(if: TestPaths.hasRealExports)) struct RealExportTests {
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
