import Foundation
import Testing

@testable import ListingAudit

/// `ListingLoader.stream` hands listings over as soon as their last row is read, so an export of any size streams in
/// memory bounded by the listings still open. Each listing still gets every row that names it.
///
/// The tell for "released early": with a batch size of 1, a listing held until the end of the file would arrive in
/// one final batch with all the others; released early, every listing arrives in a batch of its own.
@Suite struct ListingStreamTests {
    private static let formats = TestPaths.corpus.appendingPathComponent("formats")

    /// Every batch `stream` hands over for the file at `path`, with batches of `size`.
    private func batches(_ path: String, size: Int = 1) throws -> [[Listing]] {
        var batches: [[Listing]] = []
        try ListingLoader.stream(path: path, batchSize: size) { batches.append($0) }
        return batches
    }

    /// The listings as JSON, to compare every field.
    private func json(_ listings: [Listing]) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return try encoder.encode(listings)
    }

    @Test(arguments: [
        "shopify-products.csv", "woocommerce-products.csv", "amazon-flat-file.txt", "amazon-listings-report.txt",
        "google-merchant-feed.tsv", "olist-products.csv", "douyin-skus.csv", "pinduoduo-products.csv",
        "taobao-assistant.csv", "taobao-assistant-utf16.csv",
    ])
    func everyStreamingFormatReleasesEachListingOnItsOwn(file: String) throws {
        let path = Self.formats.appendingPathComponent(file).path
        let whole = try ListingLoader.load(path: path)
        let streamed = try batches(path)

        #expect(whole.listings.count > 1)
        #expect(streamed.map(\.count) == Array(repeating: 1, count: whole.listings.count))
        #expect(try json(streamed.flatMap { $0 }) == json(whole.listings))
    }

    @Test func magentoIsHeldUntilTheEndBecauseSimpleProductsFoldIntoConfigurables() throws {
        let path = Self.formats.appendingPathComponent("magento-catalog.csv").path
        let streamed = try batches(path)

        #expect(streamed.count == 1)
        #expect(try json(streamed[0]) == json(ListingLoader.load(path: path).listings))
    }

    @Test func rowsOfOneListingFarApartAreMergedAndOrderIsKept() throws {
        var text = "listing_id,title,colours,sizes\nA,Cotton tee,Black,S\n"
        for number in 0..<50 { text += "B\(number),Mug \(number),White,\n" }
        text += "A,,White,M\nC,Lamp,,\n"
        let streamed = try batches(try AdapterFixtures.temporaryFile(text))

        // A stays open until its second row; the listings after it wait for it, so the order stays first-seen.
        #expect(streamed.map { $0.map(\.id) } == [["A"] + (0..<50).map { "B\($0)" }, ["C"]])
        #expect(streamed[0][0].variants.count == 2)
    }

    @Test func theGenericCorpusFileReleasesG300WithG200WhoseLastRowComesAfterIt() throws {
        let path = Self.formats.appendingPathComponent("generic-listings.csv").path
        let streamed = try batches(path)

        #expect(streamed.map { $0.map(\.id) } == [["G-100"], ["G-200", "G-300"]])
        #expect(try json(streamed.flatMap { $0 }) == json(ListingLoader.load(path: path).listings))
    }

    @Test func aWooCommerceVariationBeforeItsParentStillJoinsIt() throws {
        let text = """
            ID,Type,SKU,Name,Parent,Attribute 1 name,Attribute 1 value(s),Regular price
            11,variation,TEE-S,Tee S,id:10,Size,S,10
            10,variable,TEE,Tee,,Size,"S, M",
            12,variation,TEE-M,Tee M,id:10,Size,M,12
            20,simple,MUG,Mug,,,,8
            30,variation,X-1,Orphan,id:99,Size,L,5

            """
        let path = try AdapterFixtures.temporaryFile(text)
        let streamed = try batches(path)
        let report = try ListingLoader.stream(path: path) { _ in }

        #expect(streamed.map { $0.map(\.id) } == [["10"], ["20"]])
        #expect(streamed[0][0].variants.map(\.sku) == ["TEE-S", "TEE-M"])
        #expect(streamed[0][0].price == 10)
        #expect(report.skipped.map(\.location.line) == [6])
    }

    @Test func anAmazonChildBeforeItsParentStillJoinsIt() throws {
        let text = """
            TemplateType=fptcustom\tVersion=2024
            SKU\tTitle\tParentage\tParent SKU\tColour
            item_sku\titem_name\tparent_child\tparent_sku\tcolor_name
            TEE-BLK\tTee black\tchild\tTEE\tBlack
            TEE\tTee\tparent\t\t
            TEE-WHT\tTee white\tchild\tTEE\tWhite
            MUG\tMug\t\t\t

            """
        let streamed = try batches(try AdapterFixtures.temporaryFile(text))

        #expect(streamed.map { $0.map(\.id) } == [["TEE"], ["MUG"]])
        #expect(streamed[0][0].variants.map(\.sku) == ["TEE-BLK", "TEE-WHT"])
    }

    @Test func standardInputCannotBeReadTwiceSoItIsHeld() {
        #expect(!ListingLoader.canReadTwice("-"))
        #expect(!ListingLoader.canReadTwice("/dev/null"))
        #expect(ListingLoader.canReadTwice(Self.formats.appendingPathComponent("generic-listings.csv").path))
    }

    @Test func shopCheckCountsTheWholeShopBeforeCheckingAnyBatch() throws {
        // One supplier text on products in different batches (batch size 7): only facts counted over the whole
        // shop see that it is shared.
        let shared = "Premium quality product, carefully selected for you. Satisfaction guaranteed, fast shipping."
        let titles = ["Oak table", "Wool scarf", "Canvas tote", "Silk pillowcase", "Desk lamp"]
        var text = "listing_id,title,description,colours,sizes,image_urls\n"
        for number in 0..<30 {
            let description = number % 7 == 0 ? shared : "Item \(number): 100% cotton, 40 x 60 cm, 180 g."
            text += "L\(number),\(titles[number % 5]) \(number),\"\(description)\",Blue,M,"
            text += "https://img.example.com/\(number)-1.jpg|https://img.example.com/\(number)-2.jpg\n"
        }
        let path = try AdapterFixtures.temporaryFile(text)
        let engine = RuleEngine()
        let check = ShopCheck(engine: engine, paths: [path], batchSize: 7)
        var findings: [Finding] = []
        var batchSizes: [Int] = []
        let reports = try check.countFacts()
        try check.check { batch in
            findings += batch.findings
            batchSizes.append(batch.listings.count)
            #expect(batch.profiles.count == batch.listings.count)
        }

        #expect(reports.map(\.listingsBuilt) == [30])
        #expect(batchSizes == [7, 7, 7, 7, 2])
        #expect(try findings == engine.run(listings: ListingLoader.load(path: path).listings))
        let boilerplate = findings.filter { $0.ruleID == "description.boilerplate" }.map(\.listingID)
        #expect(boilerplate == ["L0", "L7", "L14", "L21", "L28"])
    }
}
