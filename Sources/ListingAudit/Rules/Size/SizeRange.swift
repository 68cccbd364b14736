/// A range of sizes written without a label: two letter sizes (`S-XL`, `XS~3XL`, `M/L`, `S to XXL`), or two shoe or
/// clothing sizes by number (`38-46`, `36~40码`), in folded text (where `S-XL` reads `s xl`: a hyphen between letters
/// folds to a space).
enum SizeRange {
    /// Whether `bytes` (folded) hold a range of sizes.
    static func isNamed(in bytes: [UInt8]) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard isAlphanumeric(byte), index == 0 || !isWordByte(bytes[index - 1]) else {
                index += 1
                continue
            }
            let first = word(in: bytes, at: index)
            if let second = nextWord(in: bytes, after: first.upperBound) {
                if isLetterSizeRange(bytes[first], bytes[second.word], spaced: second.spaced)
                    || !second.spaced && isNumberedSizeRange(bytes, first, second.word)
                {
                    return true
                }
            }
            index = first.upperBound
        }
        return false
    }

    /// Two different letter sizes; joined by a space only (a folded hyphen, or a list), one of them of two letters
    /// or more, so that `i m` or `it s` is no range.
    private static func isLetterSizeRange(_ first: ArraySlice<UInt8>, _ second: ArraySlice<UInt8>, spaced: Bool)
        -> Bool
    {
        guard first.count <= 4, second.count <= 4, !first.elementsEqual(second) else { return false }
        if spaced, first.count < 2, second.count < 2 { return false }
        return isLetterSize(first) && isLetterSize(second)
    }

    /// Two whole numbers from 16 to 50 with a joiner between, the second larger by at most 14, followed by `码`, `号`,
    /// or no letter, digit, unit or other Chinese character: `38-46`, `36~40码`; not `30-40cm`, `20-30元`, `2024-2025`.
    private static func isNumberedSizeRange(_ bytes: [UInt8], _ first: Range<Int>, _ second: Range<Int>) -> Bool {
        guard let low = number(bytes[first]), let high = number(bytes[second]), 16...50 ~= low, 16...50 ~= high,
            high > low, high - low <= 14
        else { return false }
        let end = second.upperBound
        guard end < bytes.count else { return true }
        if bytes[end...].starts(with: "码".utf8) || bytes[end...].starts(with: "号".utf8) { return true }
        let next = bytes[end]
        return next < 0x80 && !isWordByte(next) && next != 0x2E && next != 0x25 && next != 0x22
    }

    /// The next word after `offset`, past one joiner (`-`, `~`, `/`, `,`, `to`, `至`, `到`) and spaces; `spaced` when
    /// spaces were all that stood between.
    private static func nextWord(in bytes: [UInt8], after offset: Int) -> (word: Range<Int>, spaced: Bool)? {
        var index = offset
        var joiners = 0
        func skipSpaces() { while index < bytes.count, bytes[index] == 0x20 { index += 1 } }
        skipSpaces()
        if index < bytes.count, [0x2D, 0x7E, 0x2F, 0x2C].contains(bytes[index]) {
            index += 1
            joiners += 1
        } else if bytes[index...].starts(with: "to ".utf8) {
            index += 2
            joiners += 1
        } else if bytes[index...].starts(with: "至".utf8) || bytes[index...].starts(with: "到".utf8) {
            index += 3
            joiners += 1
        }
        skipSpaces()
        guard index > offset, index < bytes.count, isAlphanumeric(bytes[index]) else { return nil }
        return (word(in: bytes, at: index), joiners == 0)
    }

    /// The ASCII letters and digits from `index` on.
    private static func word(in bytes: [UInt8], at index: Int) -> Range<Int> {
        var end = index
        while end < bytes.count, isAlphanumeric(bytes[end]) { end += 1 }
        return index..<end
    }

    private static func isLetterSize(_ word: ArraySlice<UInt8>) -> Bool {
        word.contains { $0 &- 0x61 < 26 } && SizeLexicon.letterSizes.contains(String(decoding: word, as: UTF8.self))
    }

    private static func number(_ word: ArraySlice<UInt8>) -> Int? {
        guard word.count <= 2, word.allSatisfy({ $0 &- 0x30 < 10 }) else { return nil }
        return word.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool { byte &- 0x61 < 26 || byte &- 0x30 < 10 }

    /// Whether `byte` (folded) belongs to an ASCII word: a letter, a digit or an apostrophe (`women's`).
    static func isWordByte(_ byte: UInt8) -> Bool { isAlphanumeric(byte) || byte == 0x27 }
}
