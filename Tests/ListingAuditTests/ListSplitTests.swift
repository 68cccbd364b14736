import Testing

@testable import ListingAudit

/// The byte split of `ListSeparator`, which finds each separator eight bytes at a time (`ByteSearch.first`), against
/// the text split.
@Suite struct ListSplitTests {
    @Test func longCellsSplitAsTheirText() {
        let pieces = ["https://a.example/p/1_0.jpg", "|", " ", "||", "图", "\u{3000}", "a", "\t|", "x\u{301}", "|\u{301}"]
        var generator = SeededGenerator(seed: 0x17B)
        for _ in 0..<3000 {
            let cell = (0..<generator.below(24)).map { _ in pieces[generator.below(pieces.count)] }.joined()
            let record = CSVRecord(line: 1, fields: [cell])
            let expected = CellText.list(CellText.trimmedItem(Substring(cell)) ?? "", separator: "|")
            #expect(record.items(0, .byte(UInt8(ascii: "|"))) == expected, "\(cell.debugDescription)")
        }
    }
}
