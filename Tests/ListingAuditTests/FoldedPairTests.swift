import Testing

@testable import ListingAudit

/// A listing's title and description are folded into one storage (`FoldedText.pair`): held here to folding each text
/// alone, over random pairs of texts that keep their length and texts that change it, empty ones, hyphens that join
/// words, and pairs whose room is past the 1 KiB held on the stack.
@Suite struct FoldedPairTests {
    private static let scalars: [String] = [
        "a", "Z", "-", " ", "7", "，", "。", "Ａ", "發", "红", "é", "İ", "😀", "ß", "×", "Q-", "T-SHIRT", "Cotton 95%",
    ]

    private static func text(_ generator: inout SeededGenerator) -> String {
        let length = generator.below(5) == 0 ? generator.below(400) : generator.below(30)
        return (0..<length).map { _ in scalars[generator.below(scalars.count)] }.joined()
    }

    /// Each text of a pair: the same bytes, offsets, quotes and tallies as the text folded alone.
    @Test func twoTextsFoldedIntoOneStorageEqualEachFoldedAlone() {
        var generator = SeededGenerator(seed: 48_001)
        var longPairs = 0
        for _ in 0..<1500 {
            let (title, description) = (Self.text(&generator), Self.text(&generator))
            var (pairScalars, aloneScalars) = (MeaningfulScalars(hashFrom: 7), MeaningfulScalars(hashFrom: 7))
            let (pairTitle, pairDescription, pairTraits) = TitleTraits.withTally(room: title.utf8.count) { tally in
                let (first, second) = FoldedText.pair(title, tally: &tally, description, tally: &pairScalars)
                return (first, second, tally.finish())
            }
            let (aloneTitle, aloneTraits) = TitleTraits.withTally(room: title.utf8.count) { tally in
                (FoldedText(title, tally: &tally), tally.finish())
            }
            let aloneDescription = FoldedText(description, tally: &aloneScalars)
            if title.utf8.count + description.utf8.count > 700 { longPairs += 1 }
            for (pair, alone) in [(pairTitle, aloneTitle), (pairDescription, aloneDescription)] {
                #expect(pair.bytes == alone.bytes, "\(alone.source)")
                #expect(pair.bytes.array == alone.bytes.array, "\(alone.source)")
                #expect(pair.source == alone.source)
                #expect(pair.quote(0..<pair.count) == alone.source, "\(alone.source)")
                #expect(pair.scalar(before: 0) == nil)
                var starts: [Int] = []
                alone.forEachScalar { _, start, _ in starts.append(start) }
                #expect(starts.map(pair.sourceOffset) == starts.map(alone.sourceOffset), "\(alone.source)")
                pair.bytes.withUnsafeBufferPointer { #expect(Array($0) == alone.bytes.array) }
            }
            #expect(pairScalars.hash == aloneScalars.hash && pairScalars.count == aloneScalars.count)
            #expect(pairScalars.weightedCount == aloneScalars.weightedCount)
            #expect(pairTraits.mostRepeats == aloneTraits.mostRepeats && pairTraits.stemHash == aloneTraits.stemHash)
            #expect(pairTraits.latinWords == aloneTraits.latinWords && pairTraits.chinese == aloneTraits.chinese)
        }
        #expect(longPairs > 50)
    }
}
