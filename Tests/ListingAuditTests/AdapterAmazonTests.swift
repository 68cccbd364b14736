import Testing

@testable import ListingAudit

@Suite struct AdapterAmazonTests {
    @Test func listingsReportRowsAreListingsKeyedBySellerSKU() throws {
        let result = try AdapterFixtures.load("amazon-listings-report.txt")
        #expect(result.report.format == .amazonListingsReport)
        #expect(result.report.delimiter == "tab")
        #expect(result.listings.map(\.id) == ["BB-LARGE-01", "BB-SMALL-01"])
        let large = try #require(result.listing("BB-LARGE-01"))
        #expect(large.price == 29.99)
        #expect(large.images.count == 1)
        #expect(large.attributes.contains { $0.name == "asin" && $0.value == "B0EXAMPLE1" })
        #expect(result.listing("BB-SMALL-01")?.images.isEmpty == true)
        // Line 4 is the only record without a seller-sku.
        #expect(result.report.skipped.map(\.location.line) == [4])
    }

    @Test func flatFileFindsTheFieldRowAndGroupsChildrenUnderParents() throws {
        let result = try AdapterFixtures.load("amazon-flat-file.txt")
        #expect(result.report.format == .amazonFlatFile)
        // Line 3 holds the item_sku field names (lines 1–2 are the template's preamble); records on lines 4–8.
        #expect(result.report.headerLine == 3)
        #expect(result.report.rowsRead == 5)
        #expect(result.listings.map(\.id) == ["HOOD-P", "CAP-1", "SOCK-P"])
        let hoodie = try #require(result.listing("HOOD-P"))
        #expect(hoodie.title == "Fleece Hoodie")
        #expect(
            hoodie.description
                == "Brushed fleece hoodie with kangaroo pocket.\n• Relaxed fit\n• Body length 70 cm in size M")
        #expect(hoodie.variants.map(\.sku) == ["HOOD-GRY-M", "HOOD-GRY-L"])
        #expect(hoodie.optionValues(.size) == ["M", "L"])
        #expect(hoodie.optionValues(.colour) == ["Grey"])
        #expect(hoodie.price == 54)
        // hood-main and hood-side on the parent row, hood-grey on both child rows (one image).
        #expect(hoodie.images.count == 3)
        #expect(hoodie.attributes.first { $0.name == "material_type" }?.value == "80% cotton, 20% polyester")
        let socks = try #require(result.listing("SOCK-P"))
        #expect(socks.title == "Wool Socks Navy 42")
        #expect(socks.location.line == 7)
        #expect(
            result.listing("CAP-1")?.variants.first?.options == [
                VariantOption(name: "size_name", value: "One Size", kind: .size)
            ])
    }

    @Test func aRepeatedItemSKUIsSkippedNamingTheLineThatHadItFirst() throws {
        let text = "item_sku\titem_name\tparent_child\nMUG\tMug\t\nLAMP\tLamp\t\nMUG\tMug again\t\n"
        let result = try ListingLoader.load(path: try AdapterFixtures.temporaryFile(text, name: "flat.txt"))

        #expect(result.listings.map(\.id) == ["MUG", "LAMP"])
        #expect(result.report.skipped.map(\.reason.en) == ["duplicate item_sku (first at line 2)"])
        #expect(result.report.skipped.map(\.reason.zh) == ["重复的 item_sku（首次出现在第 2 行）"])
        #expect(result.report.skipped.first?.location.line == 4)
    }
}
