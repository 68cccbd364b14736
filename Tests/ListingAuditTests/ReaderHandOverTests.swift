import Foundation
import Testing

@testable import ListingAudit

/// What the tabular reader builds (its cells trimmed by bytes where `CellText.needsTrim` allows, the collector
/// dropping released keys without a swap in `OpenKeys`) must be what the rows say.
@Suite struct ReaderHandOverTests {
    /// Texts of every size class: empty, small ASCII (held inline by `String`), long ASCII, Chinese, emoji.
    private static func text(_ random: inout SeededGenerator) -> String {
        switch random.below(6) {
        case 0: return ""
        case 1: return "S\(random.below(100))"
        case 2: return String(repeating: "sku-\(random.below(1_000))-", count: 1 + random.below(6))
        case 3: return "黑色款式\(random.below(50))号"
        case 4: return "🧵 thread \(random.below(9))"
        default: return "e\u{301}\(random.below(9))"
        }
    }

    @Test func aFilledFieldKeepsItsFirstValueAndTheCallerItsOwn() {
        var random = SeededGenerator(seed: 41)
        for round in 0..<300 {
            let location = SourceLocation(file: "f.csv", line: 2, column: 1)
            var listing = Listing(id: "L\(round)", format: .generic, location: location)
            let first = Self.text(&random)
            var callersCopy = first
            listing.fill(.title, with: first, at: nil)
            listing.fill(.description, with: callersCopy, at: SourceLocation(file: "f.csv", line: 3, column: 3))
            // The caller's value changed after the fill: the listing's field must not follow it.
            callersCopy += "!"
            #expect(listing.title == first, "round \(round)")
            #expect(listing.description == (first.isEmpty ? "" : first), "round \(round)")
            #expect(callersCopy == first + "!", "round \(round)")
            // A field already filled is not filled again; an empty value fills nothing.
            listing.fill(.title, with: "other", at: nil)
            #expect(listing.title == (first.isEmpty ? "other" : first), "round \(round)")
            #expect(listing.fieldLocations[.description]?.line == (first.isEmpty ? nil : 3), "round \(round)")
            #expect(listing.fieldLocations[.title] == nil, "round \(round)")
        }
    }

    /// One seeded generic export: rows of one listing kept together (a listing of thousands of rows among them),
    /// quoted cells with commas and doubled quotes, CRLF and LF line ends, a BOM, cells with spaces around them,
    /// list cells of colours and sizes; each listing as the reader gives it must be what the rows say.
    @Test func seededRowsAreReadIntoTheListingsTheyDescribe() throws {
        var random = SeededGenerator(seed: 42)
        var text = "\u{FEFF}listing_id,title,description,category,colours,sizes,sku,price\r\n"
        var expected: [(id: String, rows: [[String]], lines: [Int])] = []
        var line = 2
        for index in 0..<120 {
            let id = "L\(1_000 + index)"
            let rowCount = index == 60 ? 3_000 : 1 + random.below(4)
            var rows: [[String]] = []
            var lines: [Int] = []
            for row in 0..<rowCount {
                let title = row > 0 && random.below(2) == 0 ? "" : Self.cellText(&random)
                let description = random.below(4) == 0 ? "" : Self.cellText(&random) + "，说明"
                let colours = (0..<random.below(4)).map { _ in Self.value(&random) }.joined(separator: "|")
                let sizes = (0..<random.below(3)).map { _ in ["S", " M ", "XL", "均码", "160/84A"][random.below(5)] }
                    .joined(separator: "|")
                let sku = random.below(3) == 0 ? "" : "\(id)-\(row)"
                let price = random.below(4) == 0 ? "" : "\(random.below(999)).\(random.below(90) + 10)"
                let cells = [id, title, description, "类目\(random.below(3))", colours, sizes, sku, price]
                text += cells.map(Self.quoted).joined(separator: ",") + (random.below(2) == 0 ? "\r\n" : "\n")
                rows.append(cells)
                lines.append(line)
                line += 1
            }
            expected.append((id, rows, lines))
        }
        let path = try AdapterFixtures.temporaryFile(text)
        var listings: [Listing] = []
        try ListingLoader.stream(path: path, batchSize: 7) { listings += $0 }
        #expect(listings.map(\.id) == expected.map(\.id))
        for (listing, wanted) in zip(listings, expected) {
            let trimmed = { (column: Int) in wanted.rows.map { $0[column].trimmingWhitespace() } }
            #expect(listing.title == (trimmed(1).first { !$0.isEmpty } ?? ""), "\(listing.id)")
            // Plain text is laid out as the renderer lays it out (doubled spaces collapsed).
            let description = trimmed(2).map { HTMLText.plainText($0) }.first { !$0.isEmpty } ?? ""
            #expect(listing.description == description, "\(listing.id)")
            #expect(listing.categoryPath == trimmed(3)[0], "\(listing.id)")
            #expect(listing.variants.count == wanted.rows.count, "\(listing.id)")
            for (variant, (row, line)) in zip(listing.variants, zip(wanted.rows, wanted.lines)) {
                let sku = row[6].trimmingWhitespace()
                #expect(variant.sku == (sku.isEmpty ? nil : sku), "\(listing.id) line \(line)")
                #expect(variant.price == Double(row[7]), "\(listing.id) line \(line)")
                #expect(variant.location.line == line, "\(listing.id) line \(line)")
                let items = { (cell: String) in
                    cell.split(separator: "|", omittingEmptySubsequences: false)
                        .map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
                }
                let options =
                    items(row[4]).map { VariantOption(name: "colours", value: $0, kind: .colour) }
                    + items(row[5]).map { VariantOption(name: "sizes", value: $0, kind: .size) }
                #expect(Array(variant.options) == options, "\(listing.id) line \(line)")
            }
        }
    }

    /// A title or description cell: ASCII with a comma, a doubled quote or spaces around it, Chinese, or long.
    private static func cellText(_ random: inout SeededGenerator) -> String {
        switch random.below(5) {
        case 0: return "Linen dress, size \(random.below(9))"
        case 1: return "  the \"best\" tee \(random.below(9))  "
        case 2: return "纯棉短袖T恤 \(random.below(99))"
        case 3: return String(repeating: "透气吸汗 breathable ", count: 1 + random.below(20)) + "end"
        default: return "Tee \(random.below(9))"
        }
    }

    /// A colour value, some with spaces around it, some repeating row after row (the interned ones).
    private static func value(_ random: inout SeededGenerator) -> String {
        ["Black", " Navy ", "酒红", "雾霾蓝", "Olive Green", "Colour-\(random.below(500))"][random.below(6)]
    }

    /// `cell` as a CSV field: quoted, its quotes doubled, when it holds a comma or a quote.
    private static func quoted(_ cell: String) -> String {
        guard cell.contains(",") || cell.contains("\"") else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
