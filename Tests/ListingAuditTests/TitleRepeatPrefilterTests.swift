import Testing
@testable import ListingAudit

/// `TitleTraits.mostRepeats`, the test `title.keyword_stuffing` asks before it counts, is read as the title is folded
/// (before a hyphen between letters becomes a space), an ASCII byte as its scalar, a Chinese character told before
/// word letters: it must be what reading every scalar of the folded title in turn finds.
@Suite struct TitleRepeatPrefilterTests {
    /// The figure read scalar by scalar: words are runs of digits and word letters; a run with a digit is a number
    /// (no word), a word of one letter or right after a number (a unit: `5 cm`) or a stop word of eight bytes or
    /// fewer is left out; pairs are neighbouring Chinese characters. How often the most frequent word (by its bytes)
    /// or pair occurs.
    private func reference(_ folded: [UInt8]) -> Int {
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
        return max(words.values.max() ?? 0, pairs.values.max() ?? 0)
    }

    /// Words, stop words, numbers and units, Chinese characters of every block (and kana, hangul, which are no word
    /// letters either), accented letters (composed and with a combining mark), full-width letters, spaces and
    /// punctuation.
    private static let pieces: [String] = [
        "dress", "Dress ", "dress ", "DRESS ", "the ", "and ", "a ", "5", "5 cm ", "cm", "2xl ", "x", " ", ", ", "-",
        "|", "连衣裙", "连衣", "裙", "连衣裙", "连衣", "㐀", "豈", "𠀀", "カ", "한", "é", "café ", "✨", "100%", "women's ",
        "abcdefghij ", "abcdefghij", "ＤＲＥＳＳ ", "dre\u{301}ss ",
    ]

    @Test func theFoldsTallyAnswersAsScalarsDo() {
        var random = SeededGenerator(seed: 0x57_0FF1)
        var answers = [0, 0]
        for _ in 0..<6000 {
            let length = random.below(16)
            let title = (0..<length).map { _ in Self.pieces[random.below(Self.pieces.count)] }.joined()
            let expected = reference(FoldedText(title).bytes)
            let found = TitleTraits.of(title).mostRepeats
            #expect(found == expected, "\(title)")
            for limit in [1, 2, 3] { answers[expected > limit ? 1 : 0] += 1 }
        }
        #expect(answers[0] > 1000 && answers[1] > 1000, "\(answers)")
    }
}
