import Testing
@testable import ListingAudit

/// `TitleKeywordStuffingRule.mayRepeat` reads ASCII bytes as they stand and tells Chinese characters before word
/// letters: it must answer as reading every scalar of the folded title in turn does.
@Suite struct TitleRepeatPrefilterTests {
    /// The answer read scalar by scalar: words are runs of digits and word letters; a run with a digit is a number
    /// (no word), a word of one letter or right after a number (a unit: `5 cm`) or a stop word of eight bytes or
    /// fewer is left out; pairs are neighbouring Chinese characters. Some word or pair occurring more than `limit`
    /// times, by the words' bytes, answers yes.
    private func reference(_ folded: [UInt8], moreThan limit: Int) -> Bool {
        let stopWords: Set<[UInt8]> = Set(
            ["and", "for", "the", "with", "of", "to", "in", "on", "a", "an", "or", "by", "at", "from", "&"].map {
                Array($0.utf8)
            })
        var words: [[UInt8]: Int] = [:]
        var pairs: [UInt64: Int] = [:]
        var (hasDigit, hasLetter, afterNumber) = (false, false, false)
        var wordStart: Int?
        var previousCJK: UInt32?
        var index = 0
        folded.withUnsafeBufferPointer { bytes in
            while index <= bytes.count {
                let (value, width) = index < bytes.count ? UTF8Scalars.decode(bytes, at: index) : (0x20, 1)
                if TextFold.isDigit(value) || TextFold.isWordLetter(value) {
                    if TextFold.isDigit(value) { hasDigit = true } else { hasLetter = true }
                    if wordStart == nil { wordStart = index }
                } else {
                    if let start = wordStart {
                        let word = Array(bytes[start..<index])
                        if hasDigit {
                            afterNumber = !hasLetter
                        } else {
                            let unit = afterNumber
                            afterNumber = false
                            if word.count >= 2, !unit, word.count > 8 || !stopWords.contains(word) {
                                words[word, default: 0] += 1
                            }
                        }
                        (hasDigit, hasLetter) = (false, false)
                        wordStart = nil
                    }
                    if value != 0x20 { afterNumber = false }
                }
                if TextFold.isCJK(value) {
                    if let previous = previousCJK { pairs[UInt64(previous) << 32 | UInt64(value), default: 0] += 1 }
                    previousCJK = value
                } else {
                    previousCJK = nil
                }
                index += width
            }
        }
        return words.values.contains { $0 > limit } || pairs.values.contains { $0 > limit }
    }

    /// Words, stop words, numbers and units, Chinese characters of every block (and kana, hangul, which are no word
    /// letters either), accented letters, spaces and punctuation.
    private static let pieces: [String] = [
        "dress", "Dress ", "dress ", "DRESS ", "the ", "and ", "a ", "5", "5 cm ", "cm", "2xl ", "x", " ", ", ", "-",
        "|", "连衣裙", "连衣", "裙", "连衣裙", "连衣", "㐀", "豈", "𠀀", "カ", "한", "é", "café ", "✨", "100%", "women's ",
        "abcdefghij ", "abcdefghij",
    ]

    @Test func bytesAnswerAsScalarsDo() {
        var random = SeededGenerator(seed: 0x57_0FF1)
        var answers = [0, 0]
        for _ in 0..<6000 {
            let length = random.below(16)
            let title = (0..<length).map { _ in Self.pieces[random.below(Self.pieces.count)] }.joined()
            let folded = FoldedText(title).bytes
            for limit in [1, 2, 3] {
                let expected = reference(folded, moreThan: limit)
                #expect(TitleKeywordStuffingRule.mayRepeat(folded, moreThan: limit) == expected, "\(title) \(limit)")
                answers[expected ? 1 : 0] += 1
            }
        }
        #expect(answers[0] > 1000 && answers[1] > 1000, "\(answers)")
    }
}
