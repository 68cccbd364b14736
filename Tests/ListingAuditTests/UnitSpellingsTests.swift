import Testing
@testable import ListingAudit

/// The flat unit table the measurement scan reads, against a plain search of `MeasurementUnits.table`.
struct UnitSpellingsTests {
    /// Each spelling of `MeasurementUnits.table`, folded, with its dimension and whether it ends in a letter.
    private static let table = MeasurementUnits.table.map { spelling, dimension in
        (UTF8Scalars.folded(spelling), dimension, TextFold.isWordLetter(spelling.unicodeScalars.last!.value))
    }

    /// The longest spelling of the table at `index` of `bytes` that ends a word there when it ends in a letter: what
    /// `UnitSpellings.unit` must find.
    private static func plainUnit(in bytes: [UInt8], at index: Int) -> (end: Int, dimension: UnitDimension)? {
        var best: (end: Int, dimension: UnitDimension)?
        for (folded, dimension, endsInLetter) in table {
            guard index + folded.count <= bytes.count, Array(bytes[index..<(index + folded.count)]) == folded else {
                continue
            }
            let end = index + folded.count
            if endsInLetter, !bytes.withUnsafeBufferPointer({ PhraseBook.isWordEnd($0, at: end) }) { continue }
            if best == nil || end > best!.end { best = (end, dimension) }
        }
        return best
    }

    @Test func everySpellingIsFoundAtEveryOffsetAsThePlainSearchFindsIt() {
        // Each spelling, whole and cut short, followed by a letter, a digit, a space, CJK text, a zero byte (the
        // scan reads zeros past a text's end) or nothing.
        let spellings = Self.table.map(\.0)
        let tails: [[UInt8]] = [[], [0x61], [0x35], [0x20], Array("克重".utf8), [0xC3, 0xA9], Array("s".utf8), [0x00]]
        var texts: [[UInt8]] = []
        for spelling in spellings {
            // Cut at scalar boundaries only: the scan reads well-formed UTF-8.
            for cut in 1...spelling.count where cut == spelling.count || spelling[cut] & 0xC0 != 0x80 {
                for tail in tails { texts.append(Array(spelling.prefix(cut)) + tail) }
            }
        }
        var generator = SeededGenerator(seed: 17_1204)
        for _ in 0..<300 {
            let parts = (0..<4).map { _ in
                generator.below(3) == 0
                    ? tails[generator.below(tails.count)] : spellings[generator.below(spellings.count)]
            }
            texts.append(parts.flatMap { $0 })
        }
        let units = MeasurementUnits.spellings
        for text in texts {
            for index in 0...text.count {
                let found = text.withUnsafeBufferPointer { units.unit(in: $0, at: index) }
                let expected = Self.plainUnit(in: text, at: index)
                #expect(found?.0 == expected?.end && found?.1 == expected?.dimension, "\(text) at \(index)")
            }
        }
    }
}
