/// A promise of colour choice found in a title or description: `5色可选`, `多色可选`, `available in 6 colours`,
/// `multiple colors available`.
struct ColourPromise: Equatable, Sendable {
    /// The phrase as written.
    let phrase: String
    /// The number of colours promised; `nil` for "several" (`多色`, `multiple`), which means at least two.
    let count: Int?

    /// The fewest colour options that keep the promise.
    var minimumOptions: Int { count ?? 2 }

    /// Words every promise contains: a cheap byte scan that rules out most texts before the careful reading.
    static let anchorWords = ["colors", "colours", "colorways", "colourways", "色可", "色任", "色供", "色选", "种颜色", "款颜色"]

    /// The first promise in `text` scanned with the built-in lists, or `nil`.
    static func find(in text: String) -> ColourPromise? {
        find(in: ScannedText(text, book: ListingPhrase.standardBook))
    }

    /// The first promise in `text`, or `nil`.
    static func find(in text: ScannedText) -> ColourPromise? {
        guard text.contains(.colourPromiseAnchors) else { return nil }
        let lowered = text.source.lowercased()
        return chinese(in: lowered) ?? english(in: lowered)
    }

    /// Anchors that follow the count in Chinese: `5色可选`, `3种颜色可选`, `多款颜色任选`.
    private static let chineseAnchors = ["色可选", "色任选", "色可挑", "色供选", "种颜色可选", "种颜色任选", "款颜色可选",
                                         "种颜色", "款颜色", "色选择"]
    private static let chineseNumerals: [Character: Int] = [
        "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
    ]
    private static let severalWords = ["multiple", "many", "several", "various", "different", "assorted"]

    private static func chinese(in text: String) -> ColourPromise? {
        for anchor in chineseAnchors {
            // The byte test skips Foundation's search (the rule's main cost) when the anchor is absent; no character
            // of the anchors has a canonical equivalent, so it finds exactly what the search would.
            guard text.utf8.firstRange(of: anchor.utf8) != nil, let range = text.range(of: anchor) else { continue }
            let before = text[..<range.lowerBound]
            let digits = String(before.reversed().prefix { $0.isASCII && $0.isNumber }.reversed())
            if let count = Int(digits), count > 1 {
                return ColourPromise(phrase: digits + anchor, count: count)
            }
            if let last = before.last {
                if let count = chineseNumerals[last] {
                    return ColourPromise(phrase: String(last) + anchor, count: count)
                }
                if last == "多" { return ColourPromise(phrase: "多" + anchor, count: nil) }
                if before.hasSuffix("多种") || before.hasSuffix("多款") {
                    return ColourPromise(phrase: String(before.suffix(2)) + anchor, count: nil)
                }
            }
        }
        return nil
    }

    /// `available in 5 colors`, `comes in six colours`, `choose from multiple colors`, `5 colors available`.
    private static func english(in text: String) -> ColourPromise? {
        let words = text.split { !($0.isLetter || $0.isNumber) }.map(String.init)
        let englishNumbers = ["two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                              "nine": 9, "ten": 10, "twelve": 12]
        for (index, word) in words.enumerated() where ["colors", "colours", "colorways", "colourways"].contains(word) {
            guard index > 0 else { continue }
            let quantity = words[index - 1]
            let count = Int(quantity) ?? englishNumbers[quantity]
            guard count != nil || severalWords.contains(quantity) else { continue }
            let before = words[max(0, index - 4)..<(index - 1)].joined(separator: " ")
            let after = words[(index + 1)..<min(words.count, index + 3)].joined(separator: " ")
            let offered = ["available in", "comes in", "come in", "choose from", "offered in", "select from", "in"]
                .contains { before.hasSuffix($0) }
            let choice = after.hasPrefix("available") || after.hasPrefix("to choose") || after.hasPrefix("options")
                || after.hasPrefix("to pick")
            guard offered || choice else { continue }
            if let count, count < 2 { continue }
            return ColourPromise(phrase: quantity + " " + word, count: count)
        }
        return nil
    }
}
