import Testing
@testable import ListingAudit

/// The byte-level readings of the listing facts against their straightforward meaning: negation before a phrase,
/// the English colour promise, the spool's byte hash.
@Suite struct FactBytePathTests {
    /// Texts of every kind of byte a negation test meets: Chinese negators (whole, cut, after a space or hyphen),
    /// English negators (in any position, with `any` / `a`), other scripts and symbols.
    private static let texts = [
        "不含聚酯纤维", "无色差", "不起球 不会 褪色", "并非纯棉", "绝不 起球", "零添加", "不-含", "含不", "Non-toxic",
        "no polyester", "not any cotton", "without a lining", "is not a zero", "nor-wool", "non", "a no", "any not x",
        "NOT cotton", "knot cotton", "noble", "never-ending", "ÿno", "é不", "不含任何", "无任何香精", " - no - ", "--",
        "nonono", "a", "", "不", "没有没有", "100%棉，不缩水", "cotton, no; not", "零 no 不 any a",
    ]

    /// The reading `isNegated` stands for: the negators compared as written, the words before the phrase as arrays.
    private static func isNegatedAsWritten(_ bytes: [UInt8], at start: Int) -> Bool {
        var end = start
        if end > 0, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x2D { end -= 1 }
        let chinese = [
            "不含任何", "无任何", "不含有", "不存在", "不会有", "不含", "没有", "不是", "并非", "不会", "绝不", "从不", "不",
            "无", "没", "非", "零",
        ]
        for negator in chinese.map({ Array($0.utf8) }) where negator.count <= end {
            if Array(bytes[(end - negator.count)..<end]) == negator { return true }
        }
        var words: [[UInt8]] = []
        var index = end
        while words.count < 2 {
            while index > 0, bytes[index - 1] == 0x20 || bytes[index - 1] == 0x2D { index -= 1 }
            var from = index
            while from > 0, bytes[from - 1] >= 0x61, bytes[from - 1] <= 0x7A { from -= 1 }
            guard from < index else { break }
            words.append(Array(bytes[from..<index]))
            index = from
        }
        let english = ["no", "not", "non", "without", "never", "zero", "nor"].map { Array($0.utf8) }
        guard let last = words.first else { return false }
        if english.contains(last) { return true }
        if last == Array("any".utf8) || last == Array("a".utf8), words.count > 1 { return english.contains(words[1]) }
        return false
    }

    @Test func negationIsReadAsWrittenAtEveryByte() {
        for first in Self.texts {
            for second in Self.texts.prefix(12) {
                let folded = FoldedText(first + " " + second)
                for index in 0...folded.count {
                    let expected = Self.isNegatedAsWritten(folded.bytes, at: index)
                    if folded.isNegated(at: index) != expected { Issue.record("\(first) \(second) at \(index)") }
                }
            }
        }
    }

    /// The English promise as it was read from `String` words: every word made, compared as text.
    private static func englishPromiseAsWords(_ text: String) -> ColourPromise? {
        let folded = FoldedText(text)
        var words: [String] = []
        var start: Int?
        var index = 0
        while index <= folded.count {
            let (value, width) = index < folded.count ? folded.scalar(at: index) : (0x20, 1)
            if TextFold.isMeaningful(value) {
                if start == nil { start = index }
            } else if let first = start {
                words.append(String(decoding: folded.bytes[first..<index], as: UTF8.self))
                start = nil
            }
            index += width
        }
        let numbers = ["two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                       "ten": 10, "twelve": 12]
        let several = ["multiple", "many", "several", "various", "different", "assorted"]
        for (index, word) in words.enumerated() where ColourPromise.colourWords.contains(word) && index > 0 {
            let quantity = words[index - 1]
            let count = Int(quantity) ?? numbers[quantity]
            guard count != nil || several.contains(quantity) else { continue }
            let before = words[max(0, index - 4)..<(index - 1)].joined(separator: " ")
            let after = words[(index + 1)..<min(words.count, index + 3)].joined(separator: " ")
            let offered = ["available in", "comes in", "come in", "choose from", "offered in", "select from", "in"]
                .contains { before.hasSuffix($0) }
            let choice = ["available", "to choose", "options", "to pick"].contains { after.hasPrefix($0) }
            guard offered || choice else { continue }
            if let count, count < 2 { continue }
            return ColourPromise(phrase: quantity + " " + word, count: count)
        }
        return nil
    }

    @Test func theEnglishColourPromiseIsReadAsFromWords() {
        let parts = [
            "Available in", "comes in", "five", "5", "1", "12", "many", "COLOURS", "colors", "colorways", "Colourways",
            "colorsx", "options", "to choose", "available", "to pick", "in", "wine", "红色", "é", "colo\u{301}rs",
            "9x", "choose from", ",", "—", "K",
        ]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<3000 {
            var words: [String] = []
            for _ in 0..<Int(state % 7 + 2) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                words.append(parts[Int(state >> 33) % parts.count])
            }
            let text = words.joined(separator: " ")
            let scanned = ScannedText(text, book: ListingPhrase.standardBook)
            guard !scanned.contains(.colourPromiseAnchors) else { continue }
            let expected = scanned.contains(.colourWords) ? Self.englishPromiseAsWords(text) : nil
            #expect(ColourPromise.find(in: text) == expected, "\(text)")
        }
    }

    @Test func theSpoolHashReadsEveryByteWhereverItStands() {
        var seen = Set<UInt64>()
        for length in 0..<40 {
            let base = [UInt8](repeating: 0x61, count: length)
            #expect(seen.insert(base.withUnsafeBufferPointer(ByteWriter.byteHash)).inserted, "\(length)")
            for index in 0..<length {
                var changed = base
                changed[index] = 0xE4
                let hash = changed.withUnsafeBufferPointer(ByteWriter.byteHash)
                #expect(seen.insert(hash).inserted, "\(length) \(index)")
            }
        }
    }
}
