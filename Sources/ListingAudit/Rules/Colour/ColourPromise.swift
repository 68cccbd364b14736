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
        return english(in: text)
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
            if kinds.contains(last), let (previous, previousStart) = folded.scalar(before: lastStart),
                previous == many
            {
                return ColourPromise(phrase: folded.quote(previousStart..<hit.range.upperBound), count: nil)
            }
        }
        return nil
    }

    /// `available in 5 colors`, `comes in six colours`, `choose from multiple colors`, `5 colors available`.
    ///
    /// Read from the scan's hits of the colour words: a hit that is a word of its own (no letter, digit or ideograph
    /// right before or after it), after a word. Only the words around it are found and made `String`s: the three
    /// before its count and the two after it.
    private static func english(in text: ScannedText) -> ColourPromise? {
        let folded = text.folded
        func word(_ range: Range<Int>) -> String { String(decoding: folded.bytes[range], as: UTF8.self) }
        for hit in text.hits[ListingPhrase.colourWords.rawValue] {
            let colour = hit.range
            guard !isMeaningful(folded.scalar(before: colour.lowerBound)?.value),
                colour.upperBound == folded.count || !isMeaningful(folded.scalar(at: colour.upperBound).value),
                let quantityRange = folded.word(before: colour.lowerBound)
            else { continue }
            let quantity = word(quantityRange)
            let count = Int(quantity) ?? englishNumbers[quantity]
            guard count != nil || severalWords.contains(quantity) else { continue }
            var before: [String] = []
            var start = quantityRange.lowerBound
            while before.count < 3, let previous = folded.word(before: start) {
                before.append(word(previous))
                start = previous.lowerBound
            }
            var after: [String] = []
            var end = colour.upperBound
            while after.count < 2, let next = folded.word(after: end) {
                after.append(word(next))
                end = next.upperBound
            }
            before.reverse()
            let (preceding, following) = (before.joined(separator: " "), after.joined(separator: " "))
            let offered = ["available in", "comes in", "come in", "choose from", "offered in", "select from", "in"]
                .contains { preceding.hasSuffix($0) }
            let choice = following.hasPrefix("available") || following.hasPrefix("to choose")
                || following.hasPrefix("options") || following.hasPrefix("to pick")
            guard offered || choice else { continue }
            if let count, count < 2 { continue }
            return ColourPromise(phrase: quantity + " " + word(colour), count: count)
        }
        return nil
    }

    /// Whether `value` is a scalar of a word (`TextFold.isMeaningful`); `nil` (no scalar) is none.
    private static func isMeaningful(_ value: UInt32?) -> Bool { value.map(TextFold.isMeaningful) ?? false }

    private static let englishNumbers = [
        "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "twelve": 12,
    ]
}

extension FoldedText {
    /// The word (a run of `TextFold.isMeaningful` scalars) nearest before byte `index`, whatever comes between; `nil`
    /// when there is none. `index` starts no scalar of a word that goes on before it.
    fileprivate func word(before index: Int) -> Range<Int>? {
        var end = index
        while let (value, start) = scalar(before: end), !TextFold.isMeaningful(value) { end = start }
        guard end > 0 else { return nil }
        var start = end
        while let (value, previous) = scalar(before: start), TextFold.isMeaningful(value) { start = previous }
        return start..<end
    }

    /// The word nearest after byte `index` (a scalar's start, ending no word that goes on after it), whatever comes
    /// between; `nil` when there is none.
    fileprivate func word(after index: Int) -> Range<Int>? {
        var start = index
        while start < count {
            let (value, length) = scalar(at: start)
            if TextFold.isMeaningful(value) { break }
            start += length
        }
        guard start < count else { return nil }
        var end = start
        while end < count {
            let (value, length) = scalar(at: end)
            guard TextFold.isMeaningful(value) else { break }
            end += length
        }
        return start..<end
    }
}
