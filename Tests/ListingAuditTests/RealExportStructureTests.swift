import Foundation
import Testing

@testable import ListingAudit

/// Structural facts about the real public exports, counted independently from the files. Skipped when
/// `../shared` is absent. Each count's comment says how it was counted, with Python's `csv` module in
/// `../shared/real-exports` (`rows(p)`: `csv.DictReader` over the file, as in `RealExportTests`).
@Suite(TestPaths.needsRealExports) struct RealExportStructureTests {
    private func load(_ relative: String) throws -> ListingLoadResult {
        try ListingLoader.load(path: TestPaths.realExports!.appendingPathComponent(relative).path)
    }

    @Test func partnerApparelDefaultTitleProductsHaveNoOptions() throws {
        let result = try load("shopify/shopifypartners_sample_apparel.csv")
        let withoutOptions = result.listings.filter { $0.variants.allSatisfy { $0.options.isEmpty } }
        // 19 of the 20 Handles have only Option1 Value "Default Title"; the other has Size Large / Medium:
        // collections.Counter(tuple(sorted({x["Option1 Value"] for x in r if x["Handle"] == h})) for h in handles)
        #expect(withoutOptions.count == 19)
        #expect(result.listings.filter { !$0.optionValues(.size).isEmpty }.count == 1)
        #expect(result.listings.allSatisfy { $0.images.count == 1 && !$0.title.isEmpty })
    }

    @Test func germanOptionNamesAndLocalisedMetafieldLabelsAreRecognised() throws {
        let result = try load("shopify/bilalithelabel_products_export.csv")
        // All 48 products name Option1/Option2 as Color/Size (44), COLOR/SIZE or COLOR/Size (2) or Farbe/Größe (2):
        // collections.Counter((x["Option1 Name"], x["Option2 Name"]) for x in r if x["Title"]). 28 products have a
        // value in "Farbe (product.metafields.shopify.color-pattern)" (distinct Handles with it non-empty).
        #expect(result.listings.filter { !$0.optionValues(.colour).isEmpty }.count == 48)
        #expect(result.listings.filter { !$0.optionValues(.size).isEmpty }.count == 48)
        let withColourPattern = result.listings.filter { listing in
            listing.attributes.contains { $0.name == "shopify.color-pattern" }
        }
        #expect(withColourPattern.count == 28)
        #expect(result.listings.allSatisfy { !$0.description.contains("<p>") })
    }

    @Test func wooCommerceVariationsJoinTheirVariableProducts() throws {
        let result = try load("woocommerce/sample_products.csv")
        // Rows with Type "variation": Parent woo-vneck-tee (ID 44's SKU) has 3, Red / Green / Blue; woo-hoodie (45)
        // has 4.
        #expect(result.listing("44")?.variants.count == 3)
        #expect(result.listing("45")?.variants.count == 4)
        #expect(result.listing("44")?.optionValues(.colour).count == 3)
    }

    @Test func feedsAndDatasetsKeepWhatTheyHave() throws {
        let awin = try load("awin/bilalithelabel_awin_product_feed.csv")
        #expect(awin.listings.allSatisfy { !$0.description.contains("<") && !$0.description.isEmpty })
        let magento = try load("magento2/catalog_product_sample.csv")
        #expect(magento.listings.allSatisfy { $0.images.isEmpty })
        let olist = try load("olist/olist_products_dataset_head999.csv")
        // 970 of the 999 rows have a product_photos_qty: sum(1 for x in rows(p) if x["product_photos_qty"].strip())
        #expect(olist.listings.filter { $0.attributes.contains { $0.name == "photo_count" } }.count == 970)
        let gmc = try load("google-merchant/gmc_product_feed_cjdropshipping_head1000.tsv")
        #expect(gmc.report.delimiter == "tab")
        #expect(gmc.report.skipped.allSatisfy { $0.reason.en.hasPrefix("duplicate item id") })
    }

    @Test func flatFileTemplatesUseTheThirdRowAsHeader() throws {
        for name in [
            "flatfile_template_Home_amazon.com_header3.txt", "flatfile_template_Sports_amazon.com_header3.txt",
        ] {
            let result = try load("amazon/\(name)")
            #expect(result.report.headerLine == 3)
            #expect(result.report.rowsRead == 0)
            #expect(result.report.columnMapping.contains { $0.column == "main_image_url" })
        }
    }
}
