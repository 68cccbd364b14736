import Foundation
import Testing

@testable import ListingAudit

/// JSON product dumps read as listings: arrays of records, JSON Lines, records wrapped in an object, and the Shopify
/// Admin API's products with their variants and images; damaged JSON refused with its line and column.
struct JSONReaderTests {
    private func load(_ text: String, name: String = "dump.json") throws -> ListingLoadResult {
        try ListingLoader.load(path: try AdapterFixtures.temporaryFile(text, name: name))
    }

    @Test func jsonLinesWithListValuesAreMappedByMeaning() throws {
        let text = """
            {"id": "a1", "name": "Linen shirt", "colors": ["white", "blue"], "sizes": ["S", "M"], \
            "images": ["https://i.example/1.jpg", {"src": "https://i.example/2.jpg"}], "description": "Cool"}
            {"id": "a2", "name": "Cap", "colors": [], "images": null, "price": 12.5}
            """
        let result = try load(text, name: "dump.jsonl")
        #expect(result.report.source == .json)
        #expect(result.report.delimiter == "JSON Lines")
        #expect(result.report.rowsRead == 2)
        let shirt = try #require(result.listing("a1"))
        #expect(shirt.title == "Linen shirt")
        #expect(shirt.optionValues(.colour) == ["white", "blue"])
        #expect(shirt.optionValues(.size) == ["S", "M"])
        #expect(shirt.images.map(\.url) == ["https://i.example/1.jpg", "https://i.example/2.jpg"])
        #expect(result.listing("a2")?.location.line == 2)
        #expect(result.report.columnMapping.contains { $0.field == "title" && $0.column == "name" })
    }

    @Test func anArrayAndAWrappedArrayReadTheSame() throws {
        let records = #"[{"product_id": 5, "title": "Bag"}, {"product_id": 6, "title": "Belt"}]"#
        let plain = try load(records)
        let wrapped = try load(#"{"count": 2, "items": "# + records + "}")
        #expect(plain.report.delimiter == "array of records")
        #expect(wrapped.report.delimiter == "records in an object")
        #expect(plain.listings.map(\.id) == ["5", "6"])
        #expect(wrapped.listings.map(\.title) == ["Bag", "Belt"])
    }

    @Test func shopifyAdminProductsKeepVariantsOptionsAndImages() throws {
        let text = """
            {"products": [
              {"id": 1, "handle": "tee", "title": "Tee", "body_html": "<p>Soft</p>", "vendor": "V",
               "options": [{"name": "Color"}, {"name": "Size"}],
               "variants": [{"sku": "T-R-M", "price": "9.90", "option1": "Red", "option2": "M"},
                            {"sku": "T-B-L", "price": "9.90", "option1": "Blue", "option2": "L"}],
               "images": [{"id": 11, "src": "https://img.example/1.jpg"},
                          {"id": 12, "src": "https://img.example/2.jpg"},
                          {"id": 13, "src": "https://img.example/3.jpg"}]},
              {"id": 2, "handle": "mug", "title": "Mug", "options": [{"name": "Title"}],
               "variants": [{"sku": "M", "price": "5", "option1": "Default Title"}], "images": []}
            ]}
            """
        let result = try load(text, name: "products.json")
        #expect(result.report.format == .shopify)
        #expect(result.report.delimiter == "Shopify Admin API, records in an object")
        // The tee: two variants and three images make three rows; the mug one.
        #expect(result.report.rowsRead == 4)
        let tee = try #require(result.listing("tee"))
        #expect(tee.description == "Soft")
        #expect(tee.variants.map(\.sku) == ["T-R-M", "T-B-L"])
        #expect(tee.optionValues(.colour) == ["Red", "Blue"])
        #expect(tee.images.count == 3)
        #expect(tee.location.line == 2)
        #expect(result.listing("mug")?.variants.first?.options.isEmpty == true)
    }

    @Test(arguments: [
        ("[{\"id\": 1, \"title\": \"A\"},\n {\"id\": 2, \"title\": \"B\"", 2, 24, "ends inside a record"),
        ("[{\"id\": 1, \"title\": \"A\"}, 7]", 1, 27, "not an object"),
        ("{\"id\": 1, \"title\": \"A\"}\n{\"id\": 2, \"title\": }", 2, 1, "not valid JSON"),
    ])
    func damagedJSONIsRefusedWithItsPlace(_ text: String, line: Int, column: Int, words: String) throws {
        let path = try AdapterFixtures.temporaryFile(text, name: "bad.json")
        let error = try #require(throws: IngestError.self) { try ListingLoader.load(path: path) }
        guard case .unusableInput(let location, let reason) = error else {
            Issue.record("expected unusableInput, got \(error)")
            return
        }
        #expect(location == SourceLocation(file: path, line: line, column: column))
        #expect(reason.en.contains(words))
        #expect(!reason.zh.isEmpty)
    }

    @Test func aFolderFindsItsJSONAndXMLExports() throws {
        let folder = TestPaths.scratch.appendingPathComponent("json-folder-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let listings = folder.appendingPathComponent("products.jsonl")
        try Data(#"{"goods_id": "7", "goods_name": "杯子"}"#.utf8).write(to: listings)
        let notes = folder.appendingPathComponent("notes.json")
        try Data(#"{"note": "weekly export"}"#.utf8).write(to: notes)
        let found = try InputDiscovery.find(in: folder.path)
        #expect(found.listings == listings.path)
        #expect(found.ignored.map(\.path) == [notes.path])
        try FileManager.default.removeItem(at: listings)
        try Data(FeedReaderTests.rss.utf8).write(to: folder.appendingPathComponent("feed.xml"))
        #expect(try InputDiscovery.find(in: folder.path).listings.hasSuffix("feed.xml"))
    }
}
