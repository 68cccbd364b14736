/// A promise of colour choice found in a title or description: `5色可选`, `多色可选`, `available in 6 colours`,
/// `multiple colors available`.
struct ColourPromise: Equatable, Sendable {
    /// The phrase as written.
    let phrase: String
    /// The number of colours promised; `nil` for "several" (`多色`, `multiple`), which means at least two.
    let count: Int?

    /// The fewest colour options that keep the promise.
    var minimumOptions: Int { count ?? 2 }

    /// Anchors that follow the count in Chinese (`5色可选`, `3种颜色可选`, `多款颜色任选`), in the order they are tried.
    static let chineseAnchors = ["色可选", "色任选", "色可挑", "色供选", "种颜色可选", "种颜色任选", "款颜色可选", "种颜色",
                                 "款颜色", "色选择"]
    /// The English words a promise counts (`5 colors`).
    static let colourWords = ["colors", "colours", "colorways", "colourways"]

    private static let chineseNumerals: [UInt32: Int] = [
        0x4E24: 2, 0x4E8C: 2, 0x4E09: 3, 0x56DB: 4, 0x4E94: 5, 0x516D: 6, 0x4E03: 7, 0x516B: 8, 0x4E5D: 9, 0x5341: 10,
    ]
    private static let severalWords = ["multiple", "many", "several", "various", "different", "assorted"]
    private static let many: UInt32 = 0x591A  // 多
    private static let kinds: [UInt32] = [0x79CD, 0x6B3E]  // 种, 款

    /// The first promise in `text` scanned with the built-in lists, or `nil`.
    static func find(in text: String) -> ColourPromise? {
        find(in: ScannedText(text, book: ListingPhrase.standardBook))
    }

    /// The first promise in `text`, or `nil`: Chinese anchors first (each anchor's first occurrence, in anchor
    /// order), then English.
    static func find(in text: ScannedText) -> ColourPromise? {
        if text.contains(.colourPromiseAnchors), let promise = chinese(in: text) { return promise }
        guard text.contains(.colourWords) else { return nil }
        return english(in: text.folded)
    }

    /// A count, a Chinese numeral, `多`, `多种` or `多款` right before an anchor.
    private static func chinese(in text: ScannedText) -> ColourPromise? {
        let folded = text.folded
        let hits = text.hits[ListingPhrase.colourPromiseAnchors.rawValue]
        for anchor in chineseAnchors.indices {
            guard let hit = hits.first(where: { $0.value == Int32(anchor) }) else { continue }
            let start = hit.range.lowerBound
            var digitsStart = start
            while digitsStart > 0, folded.bytes[digitsStart - 1] &- 0x30 < 10 { digitsStart -= 1 }
            let digits = String(decoding: folded.bytes[digitsStart..<start], as: UTF8.self)
            if let count = Int(digits), count > 1 {
                return ColourPromise(phrase: folded.quote(digitsStart..<hit.range.upperBound), count: count)
            }
            guard let (last, lastStart) = folded.scalar(before: start) else { continue }
            if let count = chineseNumerals[last] {
                return ColourPromise(phrase: folded.quote(lastStart..<hit.range.upperBound), count: count)
            }
            if last == many { return ColourPromise(phrase: folded.quote(lastStart..<hit.range.upperBound), count: nil) }
            if kinds.contains(last), let (previous, previousStart) = folded.scalar(before: lastStart), previous == many {
                return ColourPromise(phrase: folded.quote(previousStart..<hit.range.upperBound), count: nil)
            }
        }
        return nil
    }

    /// `available in 5 colors`, `comes in six colours`, `choose from multiple colors`, `5 colors available`.
    private static func english(in text: FoldedText) -> ColourPromise? {
        let words = words(of: text)
        // Only the words around a colour word are made `String`s; a colour word is told by its bytes (an ASCII
        // word with no `k`, `;` or `` ` ``, which no other scalars are canonically equivalent to).
        func word(_ index: Int) -> String { String(decoding: text.bytes[words[index]], as: UTF8.self) }
        for index in words.indices where index > 0 && isColourWord(text.bytes[words[index]]) {
            let quantity = word(index - 1)
            let count = Int(quantity) ?? englishNumbers[quantity]
            guard count != nil || severalWords.contains(quantity) else { continue }
            let before = (max(0, index - 4)..<(index - 1)).map(word).joined(separator: " ")
            let after = ((index + 1)..<min(words.count, index + 3)).map(word).joined(separator: " ")
            let offered = ["available in", "comes in", "come in", "choose from", "offered in", "select from", "in"]
                .contains { before.hasSuffix($0) }
            let choice = after.hasPrefix("available") || after.hasPrefix("to choose") || after.hasPrefix("options")
                || after.hasPrefix("to pick")
            guard offered || choice else { continue }
            if let count, count < 2 { continue }
            return ColourPromise(phrase: quantity + " " + word(index), count: count)
        }
        return nil
    }

    private static let englishNumbers = [
        "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "twelve": 12,
    ]
    /// `colourWords` as bytes.
    private static let colourWordBytes = colourWords.map { Array($0.utf8) }

    /// Which bytes one of `colourWords` starts with, by byte value.
    private static let colourWordStarts: [Bool] = {
        var starts = [Bool](repeating: false, count: 256)
        for word in colourWordBytes { if let first = word.first { starts[Int(first)] = true } }
        return starts
    }()

    /// Whether `bytes` are those of one of `colourWords`: a word starting with no such word's first byte is none, at
    /// once.
    private static func isColourWord(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard let first = bytes.first, colourWordStarts[Int(first)] else { return false }
        return colourWordBytes.contains { $0.count == bytes.count && $0.elementsEqual(bytes) }
    }

    /// Where the words of folded text are: runs of letters, digits and ideographs.
    private static func words(of text: FoldedText) -> [Range<Int>] {
        guard !text.isEmpty else { return [] }
        var words: [Range<Int>] = []
        // Room for a title's words at once, not grown from one.
        words.reserveCapacity(16)
        var start: Int?
        text.forEachScalar { value, index, _ in
            if TextFold.isMeaningful(value) {
                if start == nil { start = index }
            } else if let first = start {
                words.append(first..<index)
                start = nil
            }
        }
        if let start { words.append(start..<text.count) }
        return words
    }
}
