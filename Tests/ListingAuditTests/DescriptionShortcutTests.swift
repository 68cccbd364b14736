import Testing
@testable import ListingAudit

/// The shortcuts the description facts take, against the plain reading they stand for.
struct DescriptionShortcutTests {
    private static let dumps = [
        "日系复古s925银小鹿耳钉, 日系复古s925银, 小鹿耳钉耳饰复古",
        "boho summer dress women, boho summer, dress women",
    ]

    @Test func aKeywordDumpEndingInASentenceMarkIsNoDumpAsAMarkAnywhereElseMakesIt() {
        let marks = [".", "!", "?", "\n", "。", "！", "？"]
        for dump in Self.dumps {
            #expect(KeywordDump.matches(dump))
            for mark in marks {
                // The shortcut: the mark last, trailing blanks or not.
                for trailing in ["", " ", "\t", "\r", " \r\t "] {
                    #expect(!KeywordDump.matches(dump + mark + trailing), "\(dump) \(mark)")
                }
                // The full pass: the mark anywhere else.
                let scalars = Array(dump.unicodeScalars)
                for cut in 0..<scalars.count {
                    var text = String.UnicodeScalarView(scalars[..<cut])
                    text.append(contentsOf: mark.unicodeScalars)
                    text.append(contentsOf: scalars[cut...])
                    #expect(!KeywordDump.matches(String(text)), "\(dump) \(mark) at \(cut)")
                }
            }
        }
    }

    @Test func aKeywordDumpEndingInBytesLikeASentenceMarksStaysADump() {
        // Each ends in the last byte of `。` or `！`, or in `。`'s first two bytes (`、`), without being a mark.
        for ending in ["あ", "ぁ", "も", "ａ", "\u{3001}"] {
            for dump in Self.dumps {
                for trailing in ["", " ", "\r\t"] {
                    let text = dump + ending + trailing
                    #expect(KeywordDump.matches(text), "\(text)")
                }
            }
        }
    }

    /// `160x230`, `160 x 230`, `160*230` searched byte by byte, as the pair search did before it skipped to digits.
    private static func plainPair(_ bytes: [UInt8]) -> Bool {
        func isDigit(_ index: Int) -> Bool { index < bytes.count && bytes[index] &- 0x30 < 10 }
        var index = 0
        while index < bytes.count {
            guard isDigit(index) else {
                index += 1
                continue
            }
            while isDigit(index) || index < bytes.count && bytes[index] == 0x2E { index += 1 }
            var next = index
            while next < bytes.count, bytes[next] == 0x20 { next += 1 }
            guard next < bytes.count, bytes[next] == 0x78 || bytes[next] == 0x2A else { continue }
            next += 1
            while next < bytes.count, bytes[next] == 0x20 { next += 1 }
            if isDigit(next) { return true }
        }
        return false
    }

    @Test func sizeEvidenceMatchesThePlainReadingOfRandomTexts() {
        let pieces = [
            "1", "60", "1.5", ".", " ", "  ", "x", "*", "×", "cm", "l", "kg", "码", "ml", "gsm", "a", "size",
            "尺寸",
            "约", "-", "~", "%", "cotton", "\n",
        ]
        var generator = SeededGenerator(seed: 17_1205)
        for _ in 0..<3000 {
            let text = (0..<generator.below(14)).map { _ in pieces[generator.below(pieces.count)] }.joined()
            let scanned = ScannedText(text, book: ListingPhrase.standardBook)
            let dimensions = MeasurementScanner.measurements(in: scanned.folded).map(\.dimension)
            let pair = Self.plainPair(scanned.folded.bytes)
            #expect(
                SizeEvidence.givesDimensions(scanned)
                    == (pair || dimensions.contains { $0 == .length || $0 == .volume }), "\(text)")
            #expect(
                SizeEvidence.givesFitMeasurements(scanned)
                    == (pair || dimensions.contains { [.length, .weight, .sizeNumber].contains($0) }), "\(text)")
        }
    }
}
