/// Small parsers for cell values shared by the adapters: lists, prices, whole numbers.
enum CellText {
    /// Separators of multi-value cells in Chinese shop exports: `,` `，` `;` `；` `|` `、` and line breaks.
    static let shopSeparators: Set<Character> = [",", "，", ";", "；", "|", "、", "\n", "\r\n", "\r"]

    /// The trimmed, non-empty items of `text` split at any of `separators`.
    static func list(_ text: String, separators: Set<Character>) -> [String] {
        text.split(whereSeparator: { separators.contains($0) }).compactMap {
            let item = String($0).trimmingWhitespace()
            return item.isEmpty ? nil : item
        }
    }

    /// The trimmed, non-empty items of `text` split at `separator`.
    static func list(_ text: String, separator: String) -> [String] {
        guard !separator.isEmpty else { return text.isEmpty ? [] : [text.trimmingWhitespace()] }
        return text.components(separatedBy: separator).compactMap {
            let item = $0.trimmingWhitespace()
            return item.isEmpty ? nil : item
        }
    }

    /// A price from text such as `19.99`, `89.0 EUR`, `¥59.00`, `59元`, `1,299.00`, `12,50 €`; `nil` when there is
    /// no number. A lone comma followed by one or two digits is a decimal comma; other commas group thousands.
    static func price(_ text: String) -> Double? {
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
            number = decimals <= 2 ? number.replacingOccurrences(of: ",", with: ".") : number.replacingOccurrences(
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
