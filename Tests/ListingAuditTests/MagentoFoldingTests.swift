import Testing
@testable import ListingAudit

/// Simple products fold into the configurable that lists them in the order it lists them, the same on every run: a
/// dictionary's order (which changes from one run to the next) once decided the configurable's gallery, and so which
/// image a finding named first.
@Suite struct MagentoFoldingTests {
    private static let header =
        "sku,store_view_code,attribute_set_code,product_type,categories,product_websites,name,description,"
        + "short_description,price,special_price,base_image,base_image_label,small_image,thumbnail_image,"
        + "additional_images,additional_image_labels,additional_attributes,configurable_variations\n"

    @Test func childrenFoldInTheOrderTheConfigurableListsThem() throws {
        var generator = SeededGenerator(seed: 11)
        let count = 40
        var text = Self.header
        for number in 0..<count {
            text += "TEE-\(number),,Default,simple,Tops,base,Tee \(number),,,\(20 + number).00,,"
                + "https://x.example/tee-\(number).jpg,,,,,,\"color=C\(number),size=M\",\n"
        }
        // Listed in an order of their own, neither the file's nor any hash order.
        var listed = Array(0..<count)
        for index in listed.indices.reversed() { listed.swapAt(index, generator.below(index + 1)) }
        let variations = listed.map { "sku=TEE-\($0),color=C\($0),size=M" }.joined(separator: "|")
        text += "TEE,,Default,configurable,Tops,base,Cotton Tee,100% cotton,,20.00,,,,,,,,,\"\(variations)\"\n"

        let listings = try ListingLoader.load(path: try AdapterFixtures.temporaryFile(text)).listings
        #expect(listings.map(\.id) == ["TEE"])
        let tee = try #require(listings.first)
        #expect(tee.images.map(\.url) == listed.map { "https://x.example/tee-\($0).jpg" })
        #expect(tee.images.map(\.position) == (1...count).map { $0 })
        #expect(tee.variants.map(\.sku) == listed.map { "TEE-\($0)" })
        #expect(tee.variants.map(\.price) == listed.map { Double(20 + $0) })
        #expect(tee.variants.map(\.imageURL) == listed.map { "https://x.example/tee-\($0).jpg" })
    }
}
