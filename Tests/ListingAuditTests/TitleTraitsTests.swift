import Foundation
import Testing
@testable import ListingAudit

extension TitleTraits {
    /// The traits of `title`, folded with the tally as `ListingFacts` folds it (not scanned).
    static func of(_ title: String) -> TitleTraits {
        withTally(room: title.utf8.count) { tally in
            _ = FoldedText(title, tally: &tally)
            return tally.finish()
        }
    }
}

/// The title's traits, read in one pass as the title is folded, against plain readings of the title scalar by
/// scalar and `Character` by `Character`: the Latin words the all-caps rule judges, the width and length the length
/// rule measures, the stem key the shop's product count reads.
@Suite struct TitleTraitsTests {
    /// Latin words in capitals and not, model codes and measures, Chinese characters of every block, kana and
    /// hangul, accented letters composed and with combining marks, full-width letters and digits, emoji (alone, with
    /// a skin tone, a presentation selector, a joiner, a flag, a keycap), the Kelvin sign, control characters, a CR
    /// LF, no-break and ideographic spaces, punctuation.
    private static let pieces = [
        "DRESS", "Dress", "dress", "WOMENS", "T", "8GB", "UX481FA", "14.4V", " ", "  ", "-", ", ", "纯棉", "短袖",
        "T恤", "㐀", "\u{20000}", "\u{F900}", "カ", "한국", "café", "CAFE\u{301}", "e\u{301}", "😀", "👍🏽", "🇨🇳", "ＸＬ",
        "ＡＢＣ", "２０２４", "\u{212A}elvin", "ß", "\t", "\u{7F}", "\u{A0}", "\u{3000}", "。", "（", "×", "½", "©",
        "\r\n", "ÉTÉ", "ﬁ", "\u{4E3D}", "連衣裙", "✨", "🎁", "🔥", "❤\u{FE0F}", "\u{FE0F}", "©\u{FE0F}", "🏻",
        "\u{200D}", "1\u{FE0F}\u{20E3}", "☀\u{FE0E}",
    ]

    /// Latin words in capitals mostly, with what may part or end them: titles the all-caps rule may judge.
    private static let latinPieces = [
        "DRESS ", "WOMENS ", "COTTON ", "LOOSE", "T ", "8GB ", "UX481FA", " ", "-", "ÉTÉ ", "ＸＬ", "纯棉", "Dress",
        "\u{212A}", "🔥 ", "❤\u{FE0F}",
    ]

    /// Every trait of seeded random titles (half of them from `latinPieces`) is the plain reading's.
    @Test func everyTraitIsThePlainReadingOfTheTitle() {
        var random = SeededGenerator(seed: 0x7171_E5)
        var seen = (allCaps: 0, notSimple: 0, notComposed: 0, pictographs: 0)
        for _ in 0..<5000 {
            let pieces = random.below(2) == 0 ? Self.pieces : Self.latinPieces
            let title = (0..<random.below(14)).map { _ in pieces[random.below(pieces.count)] }.joined()
            let traits = TitleTraits.of(title)
            let latin = Self.plainLatinWords(title)
            #expect(traits.latinWords == latin.words, "\(title)")
            #expect(traits.latinLetters == latin.letters, "\(title)")
            #expect(traits.latinAllUpper == latin.allUpper, "\(title)")
            #expect(traits.chinese == latin.chinese, "\(title)")
            let simple = title.unicodeScalars.allSatisfy { SimpleText.isSimple($0.value) }
            if simple { #expect(traits.simpleMeasure != nil, "\(title)") }
            if let measure = traits.simpleMeasure {
                let plain = Self.plainMeasure(title)
                #expect(measure.width == plain.width && measure.length == plain.length, "\(title)")
                if !simple { seen.pictographs += 1 }
            }
            let folded = FoldedText(title)
            let stem = ShopKeys.titleStem(folded)
            let composed = stem.unicodeScalars.allSatisfy {
                $0.isASCII || (0x3400...0x4DBF).contains($0.value) || (0x4E00...0x9FFF).contains($0.value)
            }
            #expect(traits.stemIsComposed == composed, "\(title)")
            if composed { #expect(traits.stemHash == ShopKeys.stemKey(folded), "\(title)") }
            if latin.words >= 4 && latin.letters >= 12 && latin.allUpper { seen.allCaps += 1 }
            if !simple { seen.notSimple += 1 }
            if !composed { seen.notComposed += 1 }
        }
        #expect(seen.allCaps > 50 && seen.notSimple > 500 && seen.notComposed > 500, "\(seen)")
        // Titles measured by their scalars although some scalar is no simple one: pictographs alone.
        #expect(seen.pictographs > 100, "\(seen)")
    }

    /// The facts' stem key is the stem's key whether or not the traits could hash it as it stands.
    @Test func theFactsStemKeyIsTheStemsKey() {
        let titles = ["Cotton Tee White", "纯棉短袖T恤 白色", "Café noir", "cafe\u{301} noir", "\u{F900}\u{F901} 衣", "한국 옷"]
        for title in titles {
            let listing = Listing(id: "T", title: title, format: .generic, location: SourceLocation(file: "t", line: 2))
            #expect(ListingFacts(listing).titleStemKey == ShopKeys.stemKey(FoldedText(title)), "\(title)")
        }
    }

    /// The room `withTally` gives holds the keys of the densest titles (a key every three bytes), and a tally with
    /// too little room assumes repeats instead of writing past it.
    @Test func theTallysRoomHoldsEveryKeyOrAssumesRepeats() {
        for (piece, separator) in [("ab", " "), ("é", " "), ("ＡＢ", " "), ("连", "")] {
            let title = Array(repeating: piece, count: 40).joined(separator: separator)
            #expect(TitleTraits.of(title).mostRepeats == (piece == "连" ? 39 : 40), "\(title)")
        }
        let tight: [(title: String, room: Int, most: Int)] = [
            ("dress shoes", 2, 1), ("dress shoes", 1, .max), ("连衣连衣", 3, 2), ("连衣连衣", 2, .max),
            ("dress 连衣连衣 dress", 5, 2), ("dress 连衣连衣 dress", 4, .max),
        ]
        for (title, room, most) in tight {
            let traits = withUnsafeTemporaryAllocation(of: UInt64.self, capacity: room) { keys in
                var tally = TitleTally(keys: keys)
                _ = FoldedText(title, tally: &tally)
                return tally.finish()
            }
            #expect(traits.mostRepeats == most, "\(title) \(room)")
        }
    }

    /// Past `comparedKeys` keys the most repeated key is counted on the keys sorted: the same count as comparing
    /// every key with every later one, on seeded key lists of every length up to four times the threshold.
    @Test func sortedKeysCountTheSameRepeats() {
        var generator = SeededGenerator(seed: 41)
        for count in 0...(TitleTally.comparedKeys * 4) {
            let range = UInt64(max(1, count / 3))
            let keys = (0..<count).map { _ in UInt64.random(in: 0..<range, using: &generator) }
            let expected = keys.isEmpty ? 0 : Dictionary(keys.map { ($0, 1) }, uniquingKeysWith: +).values.max()!
            var copy = keys
            let counted = copy.withUnsafeMutableBufferPointer { TitleTally.mostRepeats($0) }
            #expect(counted == expected, "\(count) keys")
        }
    }

    /// A title field at the reader's limit made of distinct words (hostile input) is tallied in n log n: this test
    /// did not end in minutes when every key was compared with every later one.
    @Test func aTitleOfDistinctWordsAtTheFieldLimitIsTallied() {
        var title = ""
        var index = 0
        while title.utf8.count < FieldLimit.maximumBytes - 16 {
            // Letters only (`wa`, `wb`, … `wba`): each a word of its own.
            title += "w" + String(String(index, radix: 26).unicodeScalars.map { scalar in
                Character(Unicode.Scalar(scalar.value < 0x3A ? scalar.value + 0x31 : scalar.value + 10)!)
            }) + " "
            index += 1
        }
        #expect(TitleTraits.of(title).mostRepeats == 1)
    }

    /// The Latin words as the all-caps rule read them before the traits: scalar by scalar over the title as written.
    private static func plainLatinWords(_ title: String) -> (words: Int, letters: Int, allUpper: Bool, chinese: Int) {
        var (words, letters, allUpper, chinese) = (0, 0, true, 0)
        var (run, runUpper, runDigit) = (0, true, false)
        func endRun() {
            if run >= 2, !runDigit {
                words += 1
                letters += run
                allUpper = allUpper && runUpper
            }
            (run, runUpper, runDigit) = (0, true, false)
        }
        for scalar in title.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic {
                run += 1
                runUpper = runUpper && scalar.properties.isUppercase
            } else if ("0"..."9").contains(scalar) {
                runDigit = true
            } else {
                endRun()
                if TextFold.isCJK(scalar.value) { chinese += 1 }
            }
        }
        endRun()
        return (words, letters, allUpper, chinese)
    }

    /// The width (a character with a Chinese character in it counting 2) and length of `title` by `Character`s.
    private static func plainMeasure(_ title: String) -> (width: Int, length: Int) {
        let width = title.reduce(0) { $0 + ($1.unicodeScalars.contains { TextFold.isCJK($0.value) } ? 2 : 1) }
        return (width, title.count)
    }
}
