import Testing

@testable import ListingAudit

@Suite struct AdapterWooCommerceTests {
    @Test func variationsJoinTheirParentByIdOrSkuWhereverItIs() throws {
        let result = try AdapterFixtures.load("woocommerce-products.csv")
        #expect(result.report.format == .wooCommerce)
        #expect(result.listings.map(\.id) == ["200", "210"])
        let jacket = try #require(result.listing("200"))
        #expect(jacket.title == "Rain Jacket")
        #expect(jacket.description == "Taped seams, packs into its own pocket.\n\nBack length: 74 cm (size M).")
        #expect(jacket.categoryPath == "Clothing > Jackets")
        #expect(jacket.variants.map(\.sku) == ["rain-jacket-yellow-m", "rain-jacket-navy-l"])
        // Records start on lines 2, 3 (its Description spans lines 3–4), 5, 6, 7 and 8; variations 201 (line 2) and
        // 202 (line 5) name the rain jacket as Parent, by id and by SKU.
        #expect(jacket.variants.map(\.location.line) == [2, 5])
        #expect(jacket.optionValues(.colour) == ["Yellow", "Navy"])
        #expect(jacket.optionValues(.size) == ["M", "L"])
        #expect(jacket.variants[1].price == 79)
        #expect(jacket.price == 79)
        #expect(jacket.images.map(\.url).last == "https://shop.example.com/img/rain-yellow.jpg")
        #expect(jacket.images.last?.variantSKU == "rain-jacket-yellow-m")
        #expect(jacket.attributes.first { $0.name == "Size" }?.value == "S, M, L")
    }

    @Test func simpleProductsHaveOneVariantAndBrokenRowsAreSkipped() throws {
        let result = try AdapterFixtures.load("woocommerce-products.csv")
        let beanie = try #require(result.listing("210"))
        #expect(beanie.variants.count == 1)
        #expect(beanie.variants[0].options == [VariantOption(name: "Colour", value: "Grey", kind: .colour)])
        #expect(beanie.images.map(\.position) == [1, 2])
        #expect(beanie.description == "Warm rib-knit beanie.")
        // Line 8 has neither ID nor SKU; line 7's Parent id:999 is no row's ID (reported after the file is read).
        #expect(result.report.skipped.map(\.location.line) == [8, 7])
        #expect(
            result.report.skipped.map(\.reason.en) == ["no ID or SKU", "variation whose Parent is not in the file"])
    }
}
