import Foundation
import Testing

@testable import ListingAudit

/// Issue 10's false findings on the real exports that showed them (`../shared/real-exports`, kept outside the
/// project; skipped when absent). `FalseFindingsTests` holds the mechanisms on listings written here.
@Suite(TestPaths.needsRealExports) struct RealExportFalseFindingsTests {
    private struct Checked {
        let listings: [Listing]
        let findings: [Finding]
        let facts: ShopFacts

        func findings(_ rule: String) -> [Finding] { findings.filter { $0.ruleID == rule } }
    }

    private func check(_ relative: String) throws -> Checked {
        let path = try #require(TestPaths.realExports).appendingPathComponent(relative).path
        let engine = RuleEngine()
        let shop = ShopCheck(engine: engine, paths: [path])
        var listings: [Listing] = []
        var checked: [RuleEngine.CheckedListing] = []
        _ = try shop.run { batch in
            listings += batch.listings
            checked += batch.checked
        }
        return Checked(
            listings: listings, findings: checked.flatMap { engine.settle($0, shop: shop.facts) }, facts: shop.facts)
    }

    @Test func babySizesByMonthAreSizes() throws {
        let shop = try check("shopify/babyheaven_products_export_1.csv")
        let byMonth = Set(shop.listings.filter { listing in
            listing.variants.contains { $0.options.contains { ["Meses", "Talla del calzado"].contains($0.name) } }
        }.map(\.id))
        #expect(byMonth.count >= 5)
        #expect(shop.findings("size.missing_options").filter { byMonth.contains($0.listingID) }.isEmpty)
    }

    @Test func spanishTitlesAreNotStuffedWithDe() throws {
        let shop = try check("shopify/babyheaven_products_export_1.csv")
        #expect(shop.findings("title.keyword_stuffing").isEmpty)
        #expect(shop.findings("colour.missing").filter { $0.title.lowercased().contains("azul marino") }.isEmpty)
    }

    @Test func minimalistIsNoHedge() throws {
        // Chinese keyword descriptions with 简约 ("minimalist") beside 大容量 or 高级感.
        let shop = try check("google-merchant/gmc_product_feed_cjdropshipping_head1000.tsv")
        let descriptions = Dictionary(shop.listings.map { ($0.id, $0.description) }) { first, _ in first }
        let onlyMinimalist = shop.findings("description.hedge_without_number").filter { finding in
            guard finding.evidence == "约", let text = descriptions[finding.listingID] else { return false }
            return text.components(separatedBy: "约").count == text.components(separatedBy: "简约").count
        }
        #expect(descriptions.values.contains { $0.contains("简约") })
        #expect(onlyMinimalist.isEmpty)
    }

    @Test func aWineShopWithoutDescriptionsGetsOneNote() throws {
        let shop = try check("woocommerce/vinoteka15milja_woocommerce-products.csv")
        #expect(shop.findings("description.empty").isEmpty)
        #expect(shop.facts.exportNotes.count == 1)
        #expect(shop.facts.exportNotes.first?.message.en.contains("404 listings") == true)
    }

    @Test func essentialOilsAndIngredientListsAreFacts() throws {
        let shop = try check("shopify/ayonne_products_export_1.csv")
        #expect(!shop.findings("description.hype_without_facts").contains { $0.listingID == "beard-oil-speakeasy" })
    }
}
