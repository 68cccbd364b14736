import Foundation
import Testing

@testable import ListingAudit

/// `ListingLoader.stream` hands listings over as soon as their last row is read, so an export of any size streams in
/// memory bounded by the listings still open. Each listing still gets every row that names it.
///
/// The tell for "released early": with a batch size of 1, a listing held until the end of the file would arrive in
/// one final batch with all the others; released early, every listing arrives in a batch of its own, except those
/// completed by the end of the file itself (the last listing, and what `finish` settles).
///
/// The file is read once when each listing's rows are together; when they are not, the loader says so (`restart`)
/// and reads the file again with a key index.
@Suite struct ListingStreamTests {
    private static let formats = TestPaths.corpus.appendingPathComponent("formats")

    /// Every batch `stream` hands over for the file at `path`, with batches of `size`, after the last restart.
    private func batches(_ path: String, size: Int = 1) throws -> [[Listing]] {
        try read(path, size: size).batches
    }

    /// The batches after the last restart, and how many restarts there were.
    private func read(_ path: String, size: Int = 1) throws -> (batches: [[Listing]], restarts: Int) {
        var batches: [[Listing]] = []
        var restarts = 0
        try ListingLoader.stream(path: path, batchSize: size, restart: {
            batches = []
            restarts += 1
        }) { batches.append($0) }
        return (batches, restarts)
    }

    /// The listings as JSON, to compare every field.
    private func json(_ listings: [Listing]) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return try encoder.encode(listings)
    }

    /// Each file with the number of listings completed by its end: its last listing, plus, in the Amazon flat file,
    /// the child whose parent `SOCK-P` never comes (settled by `finish`).
    @Test(arguments: [
        ("shopify-products.csv", 1), ("woocommerce-products.csv", 1), ("amazon-flat-file.txt", 2),
        ("amazon-listings-report.txt", 1), ("google-merchant-feed.tsv", 1), ("olist-products.csv", 1),
        ("douyin-skus.csv", 1), ("pinduoduo-products.csv", 1), ("taobao-assistant.csv", 1),
        ("taobao-assistant-utf16.csv", 1),
    ])
    func everyStreamingFormatReleasesEachListingOnItsOwn(file: String, completedAtEnd: Int) throws {
        let path = Self.formats.appendingPathComponent(file).path
        let whole = try ListingLoader.load(path: path)
        let (streamed, restarts) = try read(path)

        #expect(whole.listings.count > 1)
        #expect(restarts == 0)
        #expect(
            streamed.map(\.count)
                == Array(repeating: 1, count: whole.listings.count - completedAtEnd) + [completedAtEnd])
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
        let (streamed, restarts) = try read(try AdapterFixtures.temporaryFile(text))

        // A's second row comes after A was let go: the file is read again with a key index. A then stays open until
        // its second row; the listings after it wait for it, so the order stays first-seen.
        #expect(restarts == 1)
        #expect(streamed.map { $0.map(\.id) } == [["A"] + (0..<50).map { "B\($0)" }, ["C"]])
        #expect(streamed[0][0].variants.count == 2)
    }

    @Test func theGenericCorpusFileReleasesG300WithG200WhoseLastRowComesAfterIt() throws {
        let path = Self.formats.appendingPathComponent("generic-listings.csv").path
        let (streamed, restarts) = try read(path)

        #expect(restarts == 1)
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

    @Test func aFileReachedThroughASymbolicLinkCanBeReadTwice() throws {
        let target = Self.formats.appendingPathComponent("generic-listings.csv").path
        let link = TestPaths.scratch.appendingPathComponent("link-\(UUID().uuidString).csv").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        defer { try? FileManager.default.removeItem(atPath: link) }
        #expect(ListingLoader.canReadTwice(link))
    }

    @Test func shopCheckSettlesSharedDescriptionsOverTheWholeShop() throws {
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
        var checked: [RuleEngine.CheckedListing] = []
        var batchSizes: [Int] = []
        let reports = try check.run { batch in
            checked += batch.checked
            batchSizes.append(batch.listings.count)
            #expect(batch.checked.count == batch.listings.count)
        }
        let findings = checked.flatMap { engine.settle($0, shop: check.facts) }

        #expect(reports.map(\.listingsBuilt) == [30])
        #expect(batchSizes == [7, 7, 7, 7, 2])
        #expect(try findings == engine.run(listings: ListingLoader.load(path: path).listings))
        let boilerplate = findings.filter { $0.ruleID == "description.boilerplate" }.map(\.listingID)
        #expect(boilerplate == ["L0", "L7", "L14", "L21", "L28"])
    }
}
