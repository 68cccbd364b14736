import Foundation
import Testing

@testable import ListingAudit

/// Google Merchant / Meta XML feeds read as listings: RSS 2.0 and Atom with the `g:` namespace, variants by
/// `item_group_id`, repeated `additional_image_link`, and feeds that are not well-formed refused with file, line and
/// column. The feeds are written here; line numbers are counted in the literals.
struct FeedReaderTests {
    static let rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:g="http://base.google.com/ns/1.0">
          <channel>
            <title>Shop</title><link>https://shop.example</link><description>The shop's feed</description>
            <item>
              <g:id>TEE-RED-M</g:id>
              <g:item_group_id>TEE</g:item_group_id>
              <g:title>Cotton tee &amp; more</g:title>
              <g:description><![CDATA[<p>Soft cotton.</p>]]></g:description>
              <g:image_link>https://img.example/tee-red.jpg</g:image_link>
              <g:additional_image_link>https://img.example/tee-2.jpg</g:additional_image_link>
              <g:additional_image_link>https://img.example/tee-3.jpg</g:additional_image_link>
              <g:color>Red</g:color>
              <g:size>M</g:size>
              <g:gtin>4006381333931</g:gtin>
              <g:price>19.90 EUR</g:price>
              <g:shipping><g:country>DE</g:country><g:price>4.90 EUR</g:price></g:shipping>
            </item>
            <item>
              <g:id>TEE-BLUE-L</g:id>
              <g:item_group_id>TEE</g:item_group_id>
              <g:title>Cotton tee &amp; more</g:title>
              <g:image_link>https://img.example/tee-blue.jpg</g:image_link>
              <g:color>Blue</g:color>
              <g:size>L</g:size>
              <g:price>19.90 EUR</g:price>
              <g:sale_price>14.90 EUR</g:sale_price>
            </item>
            <item>
              <g:id>MUG</g:id>
              <title>Mug</title>
              <g:price>8.00 EUR</g:price>
            </item>
            <item><g:id>MUG</g:id><title>Mug again</title></item>
          </channel>
        </rss>
        """

    private func load(_ text: String, name: String = "feed.xml") throws -> ListingLoadResult {
        try ListingLoader.load(path: try AdapterFixtures.temporaryFile(text, name: name))
    }

    @Test func rssItemsBecomeListingsWithVariantsImagesAndOptions() throws {
        let result = try load(Self.rss)
        #expect(result.report.format == .googleMerchant)
        #expect(result.report.source == .xmlFeed)
        #expect(result.report.delimiter == "RSS 2.0")
        // Four items: two variants of TEE, MUG, and MUG repeated (skipped as a duplicate id).
        #expect(result.report.rowsRead == 4)
        #expect(result.listings.map(\.id) == ["TEE", "MUG"])
        #expect(result.report.skipped.count == 1)
        #expect(result.report.skipped.first?.location.line == 34)
        let tee = try #require(result.listing("TEE"))
        #expect(tee.title == "Cotton tee & more")
        #expect(tee.description == "Soft cotton.")
        #expect(tee.variants.map(\.sku) == ["TEE-RED-M", "TEE-BLUE-L"])
        #expect(tee.optionValues(.colour) == ["Red", "Blue"])
        #expect(tee.optionValues(.size) == ["M", "L"])
        #expect(tee.variants.map(\.price) == [19.9, 14.9])
        #expect(
            tee.images.map(\.url) == [
                "https://img.example/tee-red.jpg", "https://img.example/tee-2.jpg", "https://img.example/tee-3.jpg",
                "https://img.example/tee-blue.jpg",
            ])
        // The item starts on line 5; the shipping price nested in g:shipping is not the item's price.
        #expect(tee.location.line == 5)
        #expect(result.listing("MUG")?.title == "Mug")
    }

    @Test func aFeedOnOneLineLocatesEachItemAndElementByColumn() throws {
        let item1 = "<item><g:id>A</g:id><g:title>Tee</g:title><g:image_link>https://i.example/a.jpg</g:image_link>"
            + "</item>"
        let item2 = "<item><g:id>B</g:id><g:title>Mug</g:title></item>"
        let head = "<rss version=\"2.0\" xmlns:g=\"http://base.google.com/ns/1.0\"><channel>"
        let result = try load("<?xml version=\"1.0\"?>\n" + head + item1 + item2 + "</channel></rss>")
        let tee = try #require(result.listing("A"))
        let mug = try #require(result.listing("B"))
        // Byte columns on line 2, as the reader's own errors give them.
        let teeStart = head.utf8.count + 1
        #expect(tee.location == SourceLocation(file: tee.location.file, line: 2, column: teeStart))
        #expect(mug.location.column == teeStart + item1.utf8.count)
        #expect(tee.images.first?.location.column == teeStart + 42)
        #expect(tee.images.first?.location.line == 2)
    }

    @Test func theMappingNamesOnlyTheAttributesTheFeedHas() throws {
        let result = try load(Self.rss)
        let columns = Set(result.report.columnMapping.map(\.column))
        #expect(columns.isSuperset(of: ["id", "item_group_id", "title", "color", "size", "additional_image_link"]))
        #expect(!columns.contains("brand"))
        #expect(!columns.contains("google_product_category"))
    }

    @Test func atomEntriesReadLikeRSSItems() throws {
        let atom = """
            <?xml version="1.0"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xmlns:g="http://base.google.com/ns/1.0">
              <title>Shop</title>
              <entry>
                <g:id>A1</g:id>
                <title>Linen shirt</title>
                <link href="https://shop.example/a1" rel="alternate"/>
                <summary>Breathable linen.</summary>
                <g:image_link>https://img.example/a1.jpg</g:image_link>
                <g:price>30 USD</g:price>
              </entry>
            </feed>
            """
        let result = try load(atom)
        #expect(result.report.delimiter == "Atom")
        let shirt = try #require(result.listing("A1"))
        #expect(shirt.title == "Linen shirt")
        #expect(shirt.description == "Breathable linen.")
        #expect(shirt.images.count == 1)
        #expect(shirt.location.line == 4)
    }

    @Test func aRawAmpersandIsRefusedWithItsLineAndColumn() throws {
        let broken = Self.rss.replacingOccurrences(
            of: "https://img.example/tee-blue.jpg", with: "https://img.example/tee.jpg?v=1&width=100")
        let path = try AdapterFixtures.temporaryFile(broken, name: "broken.xml")
        let error = try #require(throws: IngestError.self) { try ListingLoader.load(path: path) }
        guard case .unusableInput(let location, let reason) = error else {
            Issue.record("expected unusableInput, got \(error)")
            return
        }
        // Line 23 is `      <g:image_link>https://img.example/tee.jpg?v=1&width=100</g:image_link>`; the `&` is
        // its column 52.
        #expect(location == SourceLocation(file: path, line: 23, column: 52))
        #expect(reason.en.contains("&amp;"))
        #expect(reason.zh.contains("&amp;"))
    }

    @Test(arguments: [
        ("<rss><channel><item><g:id>1</g:id></channel></rss>", 1, "does not close"),
        ("<rss><channel><item><g:id>1</g:id>", 1, "ends early"),
        ("<?xml version=\"1.0\"?>\n<catalog><book/></catalog>", 2, "not a Google Merchant"),
    ])
    func damagedOrForeignXMLIsRefusedAndLocated(_ text: String, line: Int, words: String) throws {
        let path = try AdapterFixtures.temporaryFile(text, name: "feed.xml")
        let error = try #require(throws: IngestError.self) { try ListingLoader.load(path: path) }
        guard case .unusableInput(let location, let reason) = error else {
            Issue.record("expected unusableInput, got \(error)")
            return
        }
        #expect(location.file == path)
        #expect(location.line == line)
        #expect(reason.en.contains(words))
    }
}
