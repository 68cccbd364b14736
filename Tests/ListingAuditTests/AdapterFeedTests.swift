import Testing

@testable import ListingAudit

@Suite struct AdapterFeedTests {
    @Test func googleFeedGroupsItemGroupsAndSkipsRepeatedIds() throws {
        let result = try AdapterFixtures.load("google-merchant-feed.tsv")
        #expect(result.report.format == .googleMerchant)
        #expect(result.listings.map(\.id) == ["TEE-1", "MUG-01"])
        let tee = try #require(result.listing("TEE-1"))
        #expect(tee.description == "Heavyweight organic cotton tee.<br>Chest width (S): 50 cm")
        #expect(tee.variants.map(\.sku) == ["TEE-BLK-S", "TEE-BLK-M", "TEE-WHT-M"])
        #expect(tee.variants[1].price == 19)
        #expect(tee.price == 19)
        #expect(tee.optionValues(.size) == ["S", "M"])
        // tee-black (lines 2–3), tee-back and tee-detail (line 2's additional_image_link), tee-white (line 4).
        #expect(tee.images.map(\.url).count == 4)
        #expect(tee.images.last?.variantSKU == "TEE-WHT-M")
        #expect(tee.categoryPath == "Apparel & Accessories > Clothing > Shirts & Tops")
        #expect(tee.productType == "Tops > Tees")
        #expect(tee.attributes.map(\.name) == ["material", "gender"])
        // MUG-01 is on lines 5 and 6.
        #expect(result.report.skipped.map(\.location.line) == [6])
        #expect(result.report.skipped.first?.reason.en == "duplicate item id (first at line 5)")
    }

    @Test func magentoFoldsConfigurableChildrenAndTakesStoreViewsAsTranslations() throws {
        let result = try AdapterFixtures.load("magento-catalog.csv")
        #expect(result.report.format == .magento)
        #expect(result.listings.map(\.id) == ["TRAIL", "BOTTLE-1"])
        let trail = try #require(result.listing("TRAIL"))
        #expect(trail.description == "Grippy trail shoe.\n\nDrop | 6 mm")
        #expect(trail.brand == "Ridgeway")
        #expect(trail.variants.map(\.sku) == ["TRAIL-38", "TRAIL-39"])
        #expect(trail.variants.map(\.price) == [95, 97])
        #expect(trail.variants[0].imageURL == "/t/r/trail-38.jpg")
        #expect(trail.optionValues(.size) == ["38", "39"])
        #expect(trail.price == 95)
        #expect(trail.images.first?.altText == "Trail runner side view")
        #expect(trail.images.map(\.url).contains("/t/r/trail-38.jpg"))
        let bottle = try #require(result.listing("BOTTLE-1"))
        #expect(bottle.price == 19.5)
        #expect(bottle.description == "Keeps drinks cold for 24 hours.")
        #expect(bottle.variants.first?.options == [VariantOption(name: "color", value: "Silver", kind: .colour)])
        // Line 7: GHOST has only an fr store-view row, no default row.
        #expect(result.report.skipped.map(\.location.line) == [7])
    }

    @Test func olistKeepsOnlyWhatTheDatasetHas() throws {
        let result = try AdapterFixtures.load("olist-products.csv")
        #expect(result.report.format == .olist)
        // Three data records (lines 2–4), three product_ids.
        #expect(result.listings.count == 3)
        let first = try #require(result.listings.first)
        #expect(first.title.isEmpty && first.description.isEmpty && first.images.isEmpty && first.variants.isEmpty)
        #expect(first.categoryPath == "cama_mesa_banho")
        #expect(first.attributes.first { $0.name == "photo_count" }?.value == "3")
        // The 8 columns after product_id, less product_category_name (the category): all filled on line 2.
        #expect(first.attributes.count == 7)
        #expect(result.listings[1].attributes.map(\.name) == ["weight_g", "length_cm", "height_cm", "width_cm"])
    }
}
