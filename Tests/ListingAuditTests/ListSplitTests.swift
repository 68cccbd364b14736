import Testing

@testable import ListingAudit

/// The byte split of `ListSeparator`, which finds each separator eight bytes at a time (`ByteSearch.first`), against
/// the text split.
@Suite struct ListSplitTests {
    @Test func longCellsSplitAsTheirText() {
        let pieces = [
            "https://a.example/p/1_0.jpg", "|", " ", "||", "图", "\u{3000}", "a", "\t|", "x\u{301}", "|\u{301}",
        ]
        var generator = SeededGenerator(seed: 0x17B)
        for _ in 0..<3000 {
            let cell = (0..<generator.below(24)).map { _ in pieces[generator.below(pieces.count)] }.joined()
            let record = CSVRecord(line: 1, fields: [cell])
            let expected = CellText.list(CellText.trimmedItem(Substring(cell)) ?? "", separator: "|")
            #expect(record.items(0, .byte(UInt8(ascii: "|"))) == expected, "\(cell.debugDescription)")
        }
    }

    /// `forEachItem(inASCII:)`, which gives an ASCII cell's items as slices of its bytes, against `forEachItem(in:)`:
    /// the same items wherever the split runs on bytes (a one-byte separator, a set of characters whose byte split is
    /// exact), and nothing but `false` where it runs on characters.
    @Test func asciiItemsAreTheTextItems() {
        let pieces = ["https://a.example/p/1_0.jpg", "|", ",", ";", " ", "\t", "\r\n", "\r", "a", "||", ", "]
        let separators: [(ListSeparator, splitsBytes: Bool)] = [
            (.byte(UInt8(ascii: "|")), true), (.any(of: [",", ";"]), true), (.any(of: [",", "\r", "\n", "\r\n"]), true),
            (.any(of: [",", "\r"]), false), (.text("||"), false), (.text(""), false),
        ]
        var generator = SeededGenerator(seed: 0x24A)
        for _ in 0..<3000 {
            let cell = (0..<generator.below(16)).map { _ in pieces[generator.below(pieces.count)] }.joined()
            for (separator, splitsBytes) in separators {
                var expected: [String] = []
                cell.utf8.withContiguousStorageIfAvailable { separator.forEachItem(in: $0) { expected.append($0) } }
                var items: [String] = []
                // A slice that does not start at 0: the items are slices of it, indexed as it is.
                let split = separator.forEachItem(inASCII: ArraySlice(("xx" + cell).utf8).dropFirst(2)) {
                    items.append(String(decoding: $0, as: UTF8.self))
                }
                #expect(split == (splitsBytes || cell.isEmpty), "\(cell.debugDescription)")
                if split { #expect(items == expected, "\(cell.debugDescription) \(separator)") }
            }
        }
    }

    /// `itemBound`, which counts a one-byte separator eight bytes at a time, against a count byte by byte: cells of
    /// every length up to a few words, of random bytes full of the separator and of bytes one bit off it.
    @Test func itemBoundCountsEverySeparatorByte() {
        var generator = SeededGenerator(seed: 0x21B)
        for separator: UInt8 in [UInt8(ascii: "|"), UInt8(ascii: ","), 0x00, 0x7F] {
            let near: [UInt8] = [separator, separator ^ 1, separator ^ 0x80, separator &+ 1, separator &- 1, 0xFF]
            for length in 0..<40 {
                for _ in 0..<50 {
                    let cell = (0..<length).map { _ in
                        generator.below(2) == 0 ? near[generator.below(near.count)] : UInt8(generator.below(256))
                    }
                    let expected = 1 + cell.count { $0 == separator }
                    let bound = cell.withUnsafeBufferPointer { ListSeparator.byte(separator).itemBound($0) }
                    #expect(bound == expected, "\(cell)")
                }
            }
        }
    }

    /// `asciiPartEnds`, which finds a one-byte separator's parts sixteen bytes at a time with the cell's ASCII test,
    /// and the split it feeds, against `itemBound`, `UTF8Validation.isASCII` and `forEachItem(inASCII:)`: random
    /// cells of every length up to a few blocks, full of separators, white space, non-ASCII bytes (at any place of a
    /// block), and more parts than the room given.
    @Test func partEndsSplitAsTheSearchSplits() {
        let pieces = ["https://a.example/p/1_0.jpg", "|", "||", " ", "\t", "a", "图", "\u{80}", "x|y", "é"]
        var generator = SeededGenerator(seed: 0x28C)
        let separator = ListSeparator.byte(UInt8(ascii: "|"))
        for round in 0..<4000 {
            // Mostly ASCII cells; a few pieces for short cells, many (past a block, past the room) for others.
            let ascii = round % 4 != 0
            let cell = (0..<generator.below(round % 2 == 0 ? 6 : 40)).map { _ in
                pieces[generator.below(ascii ? 6 : pieces.count)]
            }.joined()
            let bytes = Array(cell.utf8)
            let room = 1 + generator.below(24)
            bytes.withUnsafeBufferPointer { buffer in
                withUnsafeTemporaryAllocation(of: Int.self, capacity: room) { ends in
                    let count = separator.asciiPartEnds(of: buffer, into: ends)
                    let bound = separator.itemBound(buffer)
                    guard UTF8Validation.isASCII(buffer), bound <= room else {
                        #expect(count == nil, "\(cell.debugDescription)")
                        return
                    }
                    #expect(count == bound, "\(cell.debugDescription)")
                    guard let count else { return }
                    #expect(ends[count - 1] == bytes.count)
                    var expected: [[UInt8]] = []
                    _ = separator.forEachItem(inASCII: ArraySlice(bytes)) { expected.append(Array($0)) }
                    var items: [[UInt8]] = []
                    ListSeparator.forEachItem(
                        inASCII: ArraySlice(bytes), ends: UnsafeBufferPointer(rebasing: ends[..<count])
                    ) { items.append(Array($0)) }
                    #expect(items == expected, "\(cell.debugDescription)")
                }
            }
        }
        var room = [Int](repeating: 0, count: 4)
        room.withUnsafeMutableBufferPointer { ends in
            Array("a,b".utf8).withUnsafeBufferPointer { cell in
                #expect(ListSeparator.commas.asciiPartEnds(of: cell, into: ends) == nil)
            }
        }
    }
}
