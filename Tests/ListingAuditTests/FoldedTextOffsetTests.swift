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
        }
    }
}
