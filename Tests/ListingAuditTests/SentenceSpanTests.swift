import Testing
@testable import ListingAudit

/// The sentence and clause around a range, and whether the sentence holds a digit, against a plain reading of the
/// folded bytes by array subscript.
struct SentenceSpanTests {
    /// Whether a sentence (or clause) end starts at byte `index`: the rule `FoldedText.sentence(around:)` documents.
    private static func isBoundary(_ bytes: [UInt8], _ index: Int, clauses: Bool) -> Bool {
        switch bytes[index] {
        case 0x21, 0x3F, 0x3B, 0x0A, 0x0D: return true
        case 0x2E: return index + 1 < bytes.count && bytes[index + 1] == 0x20
        case 0x2C, 0x7C, 0x2F: return clauses
        case 0xE3:
            guard index + 2 < bytes.count, bytes[index + 1] == 0x80 else { return false }
            return bytes[index + 2] == 0x82 || clauses && bytes[index + 2] == 0x81
        default: return false
        }
    }

    /// The span around `range`, read byte by byte.
    private static func plainSpan(_ bytes: [UInt8], around range: Range<Int>, clauses: Bool) -> Range<Int> {
        var start = range.lowerBound
        while start > 0, !isBoundary(bytes, start - 1, clauses: clauses),
            !(start >= 3 && bytes[start - 3] == 0xE3 && isBoundary(bytes, start - 3, clauses: clauses))
        {
            start -= 1
        }
        var end = range.upperBound
        while end < bytes.count, !isBoundary(bytes, end, clauses: clauses) { end += 1 }
        return start..<end
    }

    @Test func spansAndTheSentencesDigitsMatchThePlainReadingOfEveryRange() {
        // Sentence and clause ends of both widths, a point with and without a space after it, a mark that shares
        // `。`'s first two bytes (`〃`), digits, letters and Chinese text.
        let pieces = [
            "a", "7", " ", ".", ". ", "!", "?", ";", "\n", "\r", ",", "|", "/", "。", "、", "〃", "约", "cm", "，", "０",
        ]
        var generator = SeededGenerator(seed: 18_1207)
        for _ in 0..<400 {
            let text = FoldedText((0..<generator.below(9)).map { _ in pieces[generator.below(pieces.count)] }.joined())
            let bytes = text.bytes
            for lower in 0...bytes.count {
                for upper in lower...bytes.count {
                    let range = lower..<upper
                    let sentence = Self.plainSpan(bytes, around: range, clauses: false)
                    #expect(text.sentence(around: range) == sentence, "\(bytes) \(range)")
                    #expect(text.clause(around: range) == Self.plainSpan(bytes, around: range, clauses: true))
                    let hasDigit = bytes[sentence].contains { (0x30...0x39).contains($0) }
                    #expect(text.sentenceContainsDigit(around: range) == hasDigit, "\(bytes) \(range)")
                }
            }
        }
    }
}
