/// A range of sizes written without a label: two letter sizes (`S-XL`, `XS~3XL`, `M/L`, `S to XXL`), or two shoe or
/// clothing sizes by number (`38-46`, `36~40码`), in folded text (where `S-XL` reads `s xl`: a hyphen between letters
/// folds to a space).
enum SizeRange {
    /// Whether `bytes` (folded) hold a range of sizes.
    static func isNamed(in bytes: [UInt8]) -> Bool {
        var index = 0
        while index < bytes.count {
            guard isAlphanumeric(bytes[index]), index == 0 || !isWordByte(bytes[index - 1]) else {
                index += 1
                continue
            }
            let first = word(in: bytes, at: index)
            // Most words are neither a letter size nor a two-digit number: only those look for a second.
            if let kind = Kind(bytes[first]), let second = nextWord(in: bytes, after: first.upperBound),
                let other = Kind(bytes[second.word])
            {
                switch (kind, other) {
                case (.letter, .letter):
                    if !bytes[first].elementsEqual(bytes[second.word]),
                        !second.spaced || first.count > 1 || second.word.count > 1
                    {
                        return true
                    }
                case (.number(let low), .number(let high)):
                    if !second.spaced, isNumberedSizeRange(low, high, endingAt: second.word.upperBound, in: bytes) {
                        return true
                    }
                default: break
                }
            }
            index = first.upperBound
        }
        return false
    }

    /// What a word can be in a range of sizes.
    private enum Kind {
        /// A letter size standing as a word (`s`, `xl`, `3xl`, `small`).
        case letter
        /// A whole number of one or two digits.
        case number(Int)

        init?(_ word: ArraySlice<UInt8>) {
            if word.count <= 2, word.allSatisfy({ $0 &- 0x30 < 10 }) {
                self = .number(word.reduce(0) { $0 * 10 + Int($1 - 0x30) })
            } else if SizeRange.isLetterSize(word) {
                self = .letter
            } else {
                return nil
            }
        }
    }

    /// The letter sizes written in ASCII as one word (`SizeLexicon.letterSizes`), as bytes.
    private static let letterSizes: [[UInt8]] = SizeLexicon.letterSizes.map { Array($0.utf8) }
        .filter { word in word.allSatisfy(isAlphanumeric) && word.contains { $0 &- 0x61 < 26 } }

    /// Whether some letter size starts with the byte: most words are let go at their first letter.
    private static let letterSizeLeads: [Bool] = (0..<256).map { byte in
        letterSizes.contains { $0.first.map(Int.init) == byte }
    }

    /// Whether `word` (folded ASCII letters and digits) is a letter size (`s`, `xl`, `3xl`, `small`): compared with
    /// the letter sizes of its length and first letter only.
    static func isLetterSize(_ word: ArraySlice<UInt8>) -> Bool {
        guard let lead = word.first, letterSizeLeads[Int(lead)] else { return false }
        return letterSizes.contains { $0.count == word.count && $0.elementsEqual(word) }
    }

    /// Two whole numbers from 16 to 50, the second larger by at most 14, followed by `码`, `号`, or no letter, digit,
    /// unit or other Chinese character: `38-46`, `36~40码`; not `30-40cm`, `20-30元`, `2024-2025`.
    private static func isNumberedSizeRange(_ low: Int, _ high: Int, endingAt end: Int, in bytes: [UInt8]) -> Bool {
        guard 16...50 ~= low, 16...50 ~= high, high > low, high - low <= 14 else { return false }
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
        if index < bytes.count, isJoiner(bytes[index]) {
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

    /// `-`, `~`, `/` or `,`.
    private static func isJoiner(_ byte: UInt8) -> Bool {
        byte == 0x2D || byte == 0x7E || byte == 0x2F || byte == 0x2C
    }

    /// The ASCII letters and digits from `index` on.
    static func word(in bytes: [UInt8], at index: Int) -> Range<Int> {
        var end = index
        while end < bytes.count, isAlphanumeric(bytes[end]) { end += 1 }
        return index..<end
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool { byte &- 0x61 < 26 || byte &- 0x30 < 10 }

    /// Whether `byte` (folded) belongs to an ASCII word: a letter, a digit or an apostrophe (`women's`).
    static func isWordByte(_ byte: UInt8) -> Bool { isAlphanumeric(byte) || byte == 0x27 }
}
