import Foundation
import Testing

@testable import ListingAudit

/// JSON dumps and XML feeds decide their columns from the first records read ahead; a field that first appears
/// after them is still read (a second pass over the file finds it), and so is a key the first records lack.
struct LateFieldTests {
    /// More records than are read ahead; only record `late` (0-based) has a colour.
    private static let count = JSONRows.lookaheadRecords + 200
    private static let late = JSONRows.lookaheadRecords + 150

    @Test func aJSONKeyFirstSeenAfterTheLookaheadIsStillAColumn() throws {
        var lines: [String] = []
        for index in 0..<Self.count {
            let colour = index == Self.late ? #", "colour": ["Sage", "Rust"]"# : ""
            lines.append(#"{"id": "P\#(index)", "title": "Linen shirt \#(index)"\#(colour)}"#)
        }
        let path = try AdapterFixtures.temporaryFile(lines.joined(separator: "\n"), name: "late.jsonl")
        let result = try ListingLoader.load(path: path)
        #expect(result.report.rowsRead == Self.count)
        #expect(result.report.columnMapping.contains { $0.field == "colours" && $0.column == "colour" })
        let shirt = try #require(result.listing("P\(Self.late)"))
        #expect(shirt.optionValues(.colour) == ["Sage", "Rust"])
        #expect(shirt.location.line == Self.late + 1)
        #expect(result.listing("P0")?.optionValues(.colour).isEmpty == true)
    }

    @Test func aFeedAttributeFirstGivenAfterTheLookaheadIsStillRead() throws {
        var items: [String] = []
        for index in 0..<Self.count {
            let colour = index == Self.late ? "<g:color>Navy</g:color>" : ""
            items.append("<item><g:id>F\(index)</g:id><g:title>Wool scarf \(index)</g:title>\(colour)</item>")
        }
        let feed = """
            <?xml version="1.0"?>
            <rss version="2.0" xmlns:g="http://base.google.com/ns/1.0"><channel>
            \(items.joined(separator: "\n"))
            </channel></rss>
            """
        let path = try AdapterFixtures.temporaryFile(feed, name: "late.xml")
        let result = try ListingLoader.load(path: path)
        #expect(result.report.rowsRead == Self.count)
        let scarf = try #require(result.listing("F\(Self.late)"))
        #expect(scarf.optionValues(.colour) == ["Navy"])
        #expect(result.listings.filter { !$0.optionValues(.colour).isEmpty }.count == 1)
    }

    @Test func memberNamesAreFoundWithoutParsingValues() {
        var keys: [String] = []
        let record = #"{"id": 1, "na\"me": "x, \"y\": z", "list": [{"inner": 2}, "a"], "#
            + #""obj": {"deep": {"k": 1}}, "é": null}"#
        JSONObjectKeys.forEach(in: Array(record.utf8)) { keys.append($0) }
        #expect(keys == ["id", "na\"me", "list", "obj", "é"])
    }
}
