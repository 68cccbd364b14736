import Testing

@testable import ListingAudit

/// `FoldedText` finds where each folded byte was written by walking both texts' lead bytes: held here to the
/// straightforward offsets (each scalar folded again to learn its folded width), over random texts mixing ASCII,
/// full-width forms and punctuation, traditional Chinese, accents, capitals that change length, emoji and hyphens.
@Suite struct FoldedTextOffsetTests {
    private static let scalars: [String] = [
        "a", "Z", "-", " ", "7", "，", "。", "Ａ", "ｚ", "１", "發", "貨", "红", "é", "e\u{301}", "İ", "ẞ", "K",
        "Ω", "😀", "\u{212A}", "ﬁ", "\u{3000}", "（", "）", "：", "Ⅻ", "ß", "Σ", "ς",
    ]

    @Test func offsetsAreThoseOfFoldingEachScalarAgain() {
        var generator = SeededGenerator(seed: 12034)
        for _ in 0..<2000 {
            let text = (0..<Int.random(in: 0...24, using: &generator)).map { _ in
                Self.scalars.randomElement(using: &generator)!
            }.joined()
            let folded = FoldedText(text)
            // At each folded scalar's start (the offsets `sourceOffset` is asked for) and at the end.
            var boundaries: [Int] = []
            var expected: [Int] = []
            var (offset, foldedOffset) = (0, 0)
            for scalar in text.unicodeScalars {
                boundaries.append(foldedOffset)
                expected.append(offset)
                foldedOffset += UTF8Scalars.width(of: TextFold.fold(scalar.value))
                offset += String(scalar).utf8.count
            }
            boundaries.append(foldedOffset)
            expected.append(offset)
            #expect(foldedOffset == folded.count, "\(text)")
            #expect(boundaries.map(folded.sourceOffset) == expected, "\(text)")
            // Every range between two boundaries, its ends found together.
            for lower in boundaries.indices {
                for upper in lower..<boundaries.count {
                    #expect(
                        folded.sourceRange(boundaries[lower]..<boundaries[upper]) == expected[lower]..<expected[upper],
                        "\(text) \(lower)..<\(upper)")
                }
            }
        }
    }

    /// The fold tallies the scalars behind the description key and content length as it goes, ASCII eight bytes or
    /// one byte at a time: held to the straightforward walk of every scalar as written and folded, on random texts
    /// (with `×`, which folds to a letter but is a symbol as written, digits and capitals, whose hyphens join words,
    /// Chinese characters that count 2, and ASCII runs long enough for the eight-byte path), and the folded text is
    /// the plain fold's.
    @Test func meaningfulScalarsAreThoseOfWalkingEveryScalarAsWritten() {
        var generator = SeededGenerator(seed: 20_261_203)
        let scalars = Self.scalars + ["×", "X", "9", "Q-", "\u{0}", "\u{7F}", "_", "@", "㐀", "丽", "𠀀"]
            + ["Cotton 95%", "abcdefgh", "T-SHIRT"]
        for _ in 0..<3000 {
            let text = (0..<generator.below(40)).map { _ in scalars[generator.below(scalars.count)] }.joined()
            let plain = FoldedText(text)
            let seed = generator.next()
            var (hash, count, weighted) = (seed, 0, 0)
            plain.forEachScalarAsWritten { written, value, _ in
                if TextFold.isMeaningful(written) {
                    hash = (hash ^ UInt64(value)) &* 0x100_0000_01B3
                    count += 1
                    weighted += TextFold.isCJK(written) ? 2 : 1
                }
            }
            var tally = MeaningfulScalars(hashFrom: seed)
            let folded = FoldedText(text, meaningful: &tally)
            #expect(tally.hash == hash && tally.count == count && tally.weightedCount == weighted, "\(text)")
            #expect(folded.bytes == plain.bytes, "\(text)")
            #expect((0...folded.count).map(folded.sourceOffset) == (0...plain.count).map(plain.sourceOffset), "\(text)")
        }
    }
}
