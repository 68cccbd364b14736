/// Small parsers for cell values shared by the adapters: lists, prices, whole numbers.
enum CellText {
    /// Separators of multi-value cells in Chinese shop exports: `,` `，` `;` `；` `|` `、` and line breaks.
    static let shopSeparators: Set<Character> = [",", "，", ";", "；", "|", "、", "\n", "\r\n", "\r"]

    /// The trimmed, non-empty items of `text` split at any of `separators`.
    static func list(_ text: String, separators: Set<Character>) -> [String] {
        text.split(whereSeparator: { separators.contains($0) }).compactMap { trimmedItem(Substring($0)) }
    }

    /// The trimmed, non-empty items of `text` split at `separator`. A one-byte separator splits the UTF-8 bytes
    /// directly (the common `|` list), without Foundation.
    static func list(_ text: String, separator: String) -> [String] {
        guard !text.isEmpty else { return [] }
        guard separator.utf8.count == 1, let byte = separator.utf8.first else {
            guard !separator.isEmpty else { return trimmedItem(Substring(text)).map { [$0] } ?? [] }
            return text.components(separatedBy: separator).compactMap { trimmedItem(Substring($0)) }
        }
        var items: [String] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var index = start
        while index != utf8.endIndex {
            if utf8[index] == byte {
                if let item = trimmedItem(Substring(text.utf8[start..<index])) { items.append(item) }
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        if let item = trimmedItem(Substring(text.utf8[start..<index])) { items.append(item) }
        return items
    }

    /// `item` without surrounding white space, or `nil` when nothing is left. Skips the character-level trim when
    /// neither end byte can start or end white space.
    static func trimmedItem(_ item: Substring) -> String? {
        guard let first = item.utf8.first, let last = item.utf8.last else { return nil }
        if mayBeSpace(first) || mayBeSpace(last) {
            let trimmed = String(item).trimmingWhitespace()
            return trimmed.isEmpty ? nil : trimmed
        }
        return String(item)
    }

    /// `trimmedItem` of the text whose UTF-8 bytes are `item`, building only the one `String` it returns: `text`
    /// makes it from `item` itself when trimming leaves the bytes as they are.
    @inline(__always)
    static func trimmedItem(
        _ item: UnsafeBufferPointer<UInt8>, making text: (UnsafeBufferPointer<UInt8>) -> String
    ) -> String? {
        guard !item.isEmpty else { return nil }
        if needsTrim(item) {
            let trimmed = String(decoding: item, as: UTF8.self).trimmingWhitespace()
            return trimmed.isEmpty ? nil : trimmed
        }
        return text(item)
    }

    /// Whether `trimmedItem` trims the text whose UTF-8 bytes are `text` (empty or not). The first and last bytes
    /// decide as in `trimmedItem(_: Substring)`; when they say it may, the first and last scalars decide whether the
    /// character-level trim could remove anything: it cannot when the first scalar is not white space and the last
    /// `standsAlone`, and the text is then kept as it is, which is what trimming would give.
    @inline(__always)
    static func needsTrim(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = text.first, let last = text.last, mayBeSpace(first) || mayBeSpace(last) else { return false }
        return mayTrim(text)
    }

    /// Whether `mayTrim`'s answer is surely false for the non-empty `text`, from its first byte and last three, for the
    /// ends most Chinese cells have (a description ending in `。`, a category or colour in an ideograph): a first byte
    /// that starts no white space (ASCII past the space, or a three-byte lead E4–EF: U+4000–U+FFFF) and a last
    /// three-byte character that stands alone: a CJK ideograph U+4E00–U+9FFF, `、`–`〩` (U+3001–U+3029) or a
    /// full-width form U+FF01–U+FF3F. `scalar(in:at:)` decodes those bytes to those scalars whatever the rest holds.
    /// Asked by `mayTrim`, not by `needsTrim`, which is inlined into every cell reader: asked there, it changed what
    /// the optimizer made of the gallery cell's closure (the whole adapter copied for every row).
    @inline(__always)
    private static func isKeptByItsBytes(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = text.count
        guard count >= 3, text[0] &- 0x21 < 0x5F || text[0] &- 0xE4 < 0x0C else { return false }
        let (lead, second, third) = (text[count - 3], text[count - 2], text[count - 1])
        guard second & 0xC0 == 0x80, third & 0xC0 == 0x80 else { return false }
        switch lead {
        case 0xE5...0xE9: return true
        case 0xE4: return second >= 0xB8
        case 0xE3: return second == 0x80 && third >= 0x81 && third <= 0xA9
        case 0xEF: return second == 0xBC && third >= 0x81
        default: return false
        }
    }

    /// Whether the character-level trim may change the non-empty `text`: the common Chinese ends answered from their
    /// bytes, the rest by decoding.
    private static func mayTrim(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        !isKeptByItsBytes(text) && mayTrimByDecoding(text)
    }

    /// `mayTrim` from the first and last scalars: its first scalar is white space (the first character is white space
    /// exactly then), or its last scalar is white space or may not stand alone.
    static func mayTrimByDecoding(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = scalar(in: text, at: 0) else { return true }
        if isWhiteSpace(first) { return true }
        var start = text.count - 1
        while start > 0, text[start] & 0xC0 == 0x80 { start -= 1 }
        guard let last = scalar(in: text, at: start) else { return true }
        return !standsAlone(last)
    }

    /// The scalar whose UTF-8 sequence starts at `index`, or `nil` when the bytes there are not a whole one.
    private static func scalar(in text: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt32? {
        let lead = text[index]
        let length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0
        guard length > 0, index + length <= text.count else { return nil }
        guard length > 1 else { return UInt32(lead) }
        var value = UInt32(lead) & (0x7F >> length)
        for offset in 1..<length { value = value << 6 | UInt32(text[index + offset] & 0x3F) }
        return value
    }

    /// The Unicode White_Space property (`Unicode.Scalar.Properties.isWhitespace`), from its fixed list.
    private static func isWhiteSpace(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// Whether a last scalar is surely a character of its own that is not white space: the last character then
    /// starts with it or with a scalar that is not white space either, since only a combining mark, a spacing mark or
    /// a joiner continues a character that begins with white space. Listed: ASCII that is not white space, and blocks
    /// of letters, punctuation, symbols, kana, hangul and CJK ideographs holding no such marks; everything else may
    /// not stand alone.
    private static func standsAlone(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x00...0x08, 0x0E...0x1F, 0x21...0x7F: true
        case 0xA1...0x2FF, 0x370...0x482: true
        case 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20BF, 0x2100...0x2BFF: true
        case 0x2E80...0x2FDF, 0x3001...0x3029, 0x3030...0x3098, 0x309B...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF: true
        case 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF01...0xFF9D, 0x20000...0x2FFFF: true
        default: false
        }
    }

    /// Whether a first or last byte may belong to white space (ASCII, NBSP, U+2000 block, ideographic space).
    @inline(__always)
    static func mayBeSpace(_ byte: UInt8) -> Bool {
        byte <= 0x20 || byte == 0xA0 || byte == 0xC2 || byte == 0xE2 || byte == 0xE3 || (byte >= 0x80 && byte <= 0x8F)
    }

    /// A price under `NumberGrammar`, such as `19.99`, `89.0 EUR`, `¥59.00`, `59元`, `1,299.00`, `12,50 €`; `nil`
    /// when the cell is blank or not a number.
    static func price(_ text: String) -> Double? {
        var text = text
        return text.withUTF8 { price($0) }
    }

    /// `price` of the text whose UTF-8 bytes are `text`. A plain decimal (`-`, up to 15 digits, one `.`) is read from
    /// the bytes: its digits form an integer below 2^53 and the power of ten is exact, so the one division rounds
    /// correctly, to the value `Double(text)` reads.
    static func price(_ text: UnsafeBufferPointer<UInt8>) -> Double? {
        if let plain = PlainDecimal.read(text) { return plain.negative ? -plain.magnitude : plain.magnitude }
        if case .value(let value) = NumberGrammar.amount(text) { return value }
        return nil
    }

    /// A whole number from text such as `3`, `3.0`, ` 12 `; `nil` otherwise.
    static func integer(_ text: String) -> Int? {
        let trimmed = text.trimmingWhitespace()
        if let value = Int(trimmed) { return value }
        if let value = Double(trimmed), value.rounded() == value, abs(value) < 1e15 { return Int(value) }
        return nil
    }
}
