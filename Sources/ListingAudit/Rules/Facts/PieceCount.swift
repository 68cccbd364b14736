/// A count of a prepared food's own pieces in its description: a number before the noun its title ends with
/// (`Box of 6 cookies` under `Protein Cookies`, a word or two between: `12 mini muffins`), or before a Chinese
/// classifier of pieces (`一盒8块`, `6枚`). Prepared food (`ListingFacts.isPreparedFood`: the taxonomy's meals, side
/// dishes, cakes and dessert bars) is sold by the piece or the serving, so such a number says what is in the box,
/// its portion, as `12 pieces` does; a number before any other noun is no count (`2 kinds of chocolate`,
/// `350 calories`), and elsewhere a number before a noun is read as before. One pass over the description's bytes.
enum PieceCount {
    /// The first count of pieces in `description` (text 0 of the facts, as `FactExtractor.stated` numbers it), its
    /// number and noun or classifier; `title` gives the product's noun.
    static func stated(in description: ScannedText, title: ScannedText) -> StatedFact? {
        let bytes = description.folded.bytes
        let noun = stem(lastWord(of: title.folded.bytes))
        var index = 0
        while index < bytes.count {
            guard isDigit(bytes[index]), index == 0 || !isLetter(bytes[index - 1]) && bytes[index - 1] != 0x2E else {
                index += 1
                continue
            }
            let start = index
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            if let end = countedEnd(in: bytes, after: index, noun: noun) {
                return StatedFact(kind: .measurement(.quantity), text: 0, range: start..<end)
            }
        }
        return nil
    }

    /// Where the count ending at `index` ends: after a classifier of pieces right behind the number, or after the
    /// product's `noun` (singular or plural) within the next three words; `nil` when neither follows.
    private static func countedEnd(in bytes: [UInt8], after index: Int, noun: ArraySlice<UInt8>) -> Int? {
        if let classifier = classifiers.first(where: { bytes[index...].starts(with: $0) }) {
            return index + classifier.count
        }
        guard noun.count >= 3 else { return nil }
        var position = index
        for _ in 0..<3 {
            guard position < bytes.count, bytes[position] == 0x20 else { return nil }
            let wordStart = position + 1
            position = wordStart
            while position < bytes.count, isLetter(bytes[position]) { position += 1 }
            if position == wordStart { return nil }
            if stem(bytes[wordStart..<position]) == noun { return position }
        }
        return nil
    }

    /// The last run of ASCII letters in `bytes` (the title's head noun, folded).
    private static func lastWord(of bytes: [UInt8]) -> ArraySlice<UInt8> {
        var end = bytes.count
        while end > 0, !isLetter(bytes[end - 1]) { end -= 1 }
        var start = end
        while start > 0, isLetter(bytes[start - 1]) { start -= 1 }
        return bytes[start..<end]
    }

    /// `word` without a plural `s` (`cookies` and `cookie` alike).
    private static func stem(_ word: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        word.last == 0x73 ? word.dropLast() : word
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
    private static func isLetter(_ byte: UInt8) -> Bool { byte &- 0x61 < 26 || byte &- 0x41 < 26 }

    /// Chinese classifiers that count a prepared food's pieces or servings and are no unit of
    /// `MeasurementUnit` (`个` and `片` are: `一盒8个` is a quantity already).
    private static let classifiers: [[UInt8]] = ["块", "枚", "颗", "份"].map { Array($0.utf8) }
}
