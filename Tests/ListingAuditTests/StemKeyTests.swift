import Foundation
import Testing
@testable import ListingAudit

/// The title stem and its key, against the plain reading: the stem written out scalar by scalar, and its key the
/// stem's composed (NFC) UTF-8 hashed.
struct StemKeyTests {
    /// The stem as `titleStem` wrote it before it read parts: scalar by scalar, a space on leaving a word, trailing
    /// spaces trimmed.
    private static func plainStem(_ title: FoldedText) -> String {
        var stem: [UInt8] = []
        var words = 0
        var chinese = 0
        var inWord = false
        var index = 0
        while index < title.count {
            let (value, width) = title.scalar(at: index)
            index += width
            if TextFold.isCJK(value) {
                chinese += 1
                stem += Array(String(Unicode.Scalar(value)!).utf8)
                if chinese == 4 { break }
            } else if TextFold.isMeaningful(value) {
                if !inWord { words += 1 }
                guard words <= 2 else { break }
                inWord = true
                stem += Array(String(Unicode.Scalar(value)!).utf8)
            } else if inWord {
                inWord = false
                stem.append(0x20)
            }
        }
        while stem.last == 0x20 { stem.removeLast() }
        return String(decoding: stem, as: UTF8.self)
    }

    /// FNV-1a over the stem's composed UTF-8.
    private static func plainKey(_ stem: String) -> UInt64 {
        stem.precomposedStringWithCanonicalMapping.utf8.reduce(0xCBF2_9CE4_8422_2325) {
            ($0 ^ UInt64($1)) &* 0x100_0000_01B3
        }
    }

    /// Titles of Latin words, Chinese characters (unified, extension A and B, compatibility ideographs),
    /// accented letters written composed and decomposed, Hangul, the Kelvin sign, spaces and punctuation.
    private static let pieces = [
        "Cotton", "tee", " ", "  ", "-", ", ", "纯棉", "短袖", "T恤", "㐀", "\u{20000}", "\u{F900}", "\u{8C48}",
        "\u{FA0E}", "\u{2F800}", "\u{4E3D}", "café", "cafe\u{301}", "Å", "A\u{30A}", "한국",
        "\u{1112}\u{1161}\u{11AB}",
        "\u{212A}elvin", "Kelvin", "ß", "2024", "ＸＬ", "😀", "é", "ｅ\u{301}",
    ]

    @Test func theStemIsWrittenAsThePlainReadingWritesIt() {
        var generator = SeededGenerator(seed: 17_1206)
        for _ in 0..<3000 {
            let title = (0..<generator.below(7)).map { _ in Self.pieces[generator.below(Self.pieces.count)] }.joined()
            let folded = FoldedText(title)
            #expect(ShopKeys.titleStem(folded) == Self.plainStem(folded), "\(title)")
            #expect(ShopKeys.stemKey(folded) == Self.plainKey(Self.plainStem(folded)), "\(title)")
        }
    }

    @Test func stemsHaveOneKeyExactlyWhenTheyAreEqualStrings() {
        var generator = SeededGenerator(seed: 17_1207)
        let random = (0..<400).map { _ in
            (0..<generator.below(5)).map { _ in Self.pieces[generator.below(Self.pieces.count)] }.joined()
        }
        let titles =
            random + ["\u{F900}\u{F901} 衣", "\u{8C48}\u{66F4} 衣", "Café noir", "한국 옷"]
            + ["\u{1112}\u{1161}\u{11AB}국 옷"]
        let stems = titles.map { ShopKeys.titleStem(FoldedText($0)) }
        let keys = titles.map { ShopKeys.stemKey(FoldedText($0)) }
        for left in titles.indices {
            for right in titles.indices {
                #expect(
                    (stems[left] == stems[right]) == (keys[left] == keys[right]), "\(titles[left]) \(titles[right])")
            }
        }
        // Some stems are equal strings written differently (`한` composed and as jamo): the normalised path is read.
        let equivalent = stems.indices.contains { left in
            stems.indices.contains { stems[left] == stems[$0] && Array(stems[left].utf8) != Array(stems[$0].utf8) }
        }
        #expect(equivalent)
    }
}
