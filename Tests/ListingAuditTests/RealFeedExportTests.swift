import Foundation
import Testing

@testable import ListingAudit

/// The real XML feeds in `../shared/real-exports/google-merchant-xml` read with the counts Python's
/// `xml.etree.ElementTree` gives (skipped when `../shared` is absent). Run there:
///
///     python3 - <<'PY'
///     import xml.etree.ElementTree as ET
///     G = "{http://base.google.com/ns/1.0}"
///     for p in ["importpc_cz_google_feed", "rawhidecityleather_google-merchant-feed",
///               "sparklingresindelights_google_feed", "vktry_google_merchant_feed", "velofant_prisjakt_feed"]:
///         root = ET.parse(p + ".xml").getroot()
///         items = root.findall("./channel/item") or root.findall("./product")
///         def get(i, n):
///             e = i.find(G + n) if i.find(G + n) is not None else i.find(n)
///             return (e.text or "").strip() if e is not None else ""
///         seen, keys = set(), []
///         for i in items:
///             if get(i, "id") in seen: continue
///             seen.add(get(i, "id")); keys.append(get(i, "item_group_id") or get(i, "id"))
///         print(p, len(items), len(set(keys)), len(items) - len(seen),
///               sum(1 for i in items if get(i, "color")), sum(1 for i in items if get(i, "size")),
///               sum(1 for i in items if get(i, "image_link") or get(i, "image_url")))
///     PY
///
/// Output (2026-12-02): importpc 1255 items, 1254 listings, 1 repeated id, colour 0, size 0, image 1255 (1254
/// listings: the repeated item is skipped);
/// rawhidecityleather 11 11 0 3 3 11; sparklingresindelights 73 73 0 47 0 73; vktry 25 25 0 0 0 0;
/// velofant (a `<products>` catalogue) 20 20 0 0 0 20. The airfeel feed is not well-formed: ElementTree stops on
/// line 13 ("invalid token"); the raw `&` there is at column 86 (`line.index("&") + 1`).
@Suite(TestPaths.needsRealExports) struct RealFeedExportTests {
    struct Expectation: Sendable, CustomStringConvertible {
        let name: String
        let items, listings, skipped, withColour, withSize, withImages: Int
        var description: String { name }
    }

    static let expectations = [
        Expectation(
            name: "importpc_cz_google_feed", items: 1255, listings: 1254, skipped: 1, withColour: 0, withSize: 0,
            withImages: 1254),
        Expectation(
            name: "rawhidecityleather_google-merchant-feed", items: 11, listings: 11, skipped: 0, withColour: 3,
            withSize: 3, withImages: 11),
        Expectation(
            name: "sparklingresindelights_google_feed", items: 73, listings: 73, skipped: 0, withColour: 47,
            withSize: 0, withImages: 73),
        Expectation(
            name: "vktry_google_merchant_feed", items: 25, listings: 25, skipped: 0, withColour: 0, withSize: 0,
            withImages: 0),
        Expectation(
            name: "velofant_prisjakt_feed", items: 20, listings: 20, skipped: 0, withColour: 0, withSize: 0,
            withImages: 20),
    ]

    private func path(_ name: String) throws -> String {
        try #require(TestPaths.realExports).appendingPathComponent("google-merchant-xml/\(name).xml").path
    }

    @Test(arguments: expectations) func feedsReadWithTheirCounts(_ expected: Expectation) throws {
        let result = try ListingLoader.load(path: try path(expected.name))
        #expect(result.report.format == .googleMerchant)
        #expect(result.report.source == .xmlFeed)
        #expect(result.report.rowsRead == expected.items)
        #expect(result.listings.count == expected.listings)
        #expect(result.report.skipped.count == expected.skipped)
        #expect(result.listings.filter { !$0.optionValues(.colour).isEmpty }.count == expected.withColour)
        #expect(result.listings.filter { !$0.optionValues(.size).isEmpty }.count == expected.withSize)
        #expect(result.listings.filter { !$0.images.isEmpty }.count == expected.withImages)
    }

    @Test func theMalformedFeedIsRefusedAtItsFirstBadAmpersand() throws {
        let path = try path("airfeel_product_feed_MALFORMED")
        let error = try #require(throws: IngestError.self) { try ListingLoader.load(path: path) }
        guard case .unusableInput(let location, _) = error else {
            Issue.record("expected unusableInput, got \(error)")
            return
        }
        #expect(location == SourceLocation(file: path, line: 13, column: 86))
    }
}
