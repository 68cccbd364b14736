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

    /// Whether a first or last byte may belong to white space (ASCII, NBSP, U+2000 block, ideographic space).
    @inline(__always)
    static func mayBeSpace(_ byte: UInt8) -> Bool {
        byte <= 0x20 || byte == 0xA0 || byte == 0xC2 || byte == 0xE2 || byte == 0xE3 || (byte >= 0x80 && byte <= 0x8F)
    }

    /// A price from text such as `19.99`, `89.0 EUR`, `¥59.00`, `59元`, `1,299.00`, `12,50 €`; `nil` when there is
    /// no number. A lone comma followed by one or two digits is a decimal comma; other commas group thousands.
    static func price(_ text: String) -> Double? {
        if let plain = Double(text), plain.isFinite { return plain }
        var digits: [Character] = []
        var seenDigit = false
        for character in text {
            if character.isASCII, character.isNumber {
                digits.append(character)
                seenDigit = true
            } else if character == "." || character == "," {
                if seenDigit { digits.append(character) }
            } else if character == "-", !seenDigit, digits.isEmpty {
                digits.append(character)
            } else if seenDigit, character != " ", character != "\u{a0}", character != "'" {
                break
            }
        }
        while let last = digits.last, last == "." || last == "," { digits.removeLast() }
        var number = String(digits)
        let commas = number.filter { $0 == "," }.count
        if commas == 1, !number.contains("."), let comma = number.firstIndex(of: ",") {
            let decimals = number.distance(from: comma, to: number.endIndex) - 1
            number =
                decimals <= 2
                ? number.replacingOccurrences(of: ",", with: ".")
                : number.replacingOccurrences(
                    of: ",", with: "")
        } else {
            number = number.replacingOccurrences(of: ",", with: "")
        }
        return Double(number)
    }

    /// A whole number from text such as `3`, `3.0`, ` 12 `; `nil` otherwise.
    static func integer(_ text: String) -> Int? {
        let trimmed = text.trimmingWhitespace()
        if let value = Int(trimmed) { return value }
        if let value = Double(trimmed), value.rounded() == value, abs(value) < 1e15 { return Int(value) }
        return nil
    }
}
