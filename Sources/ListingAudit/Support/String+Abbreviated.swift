extension String {
    /// The text cut to `limit` characters with `…`, line breaks flattened: for quoting evidence.
    public func abbreviated(to limit: Int = 60) -> String {
        if let simple = SimpleText.scalarCount(self) {
            // One character per scalar and no line breaks: cut by scalars, trim the ends.
            let trimmed = simple.trimmed ? trimmingWhitespace() : self
            let count = simple.trimmed ? SimpleText.scalarCount(trimmed)?.count ?? trimmed.count : simple.count
            guard count > limit else { return trimmed }
            let scalars = trimmed.unicodeScalars
            return String(scalars[scalars.startIndex..<scalars.index(scalars.startIndex, offsetBy: limit)]) + "…"
        }
        let flat = split(whereSeparator: \.isNewline).joined(separator: " ").trimmingWhitespace()
        guard flat.count > limit else { return flat }
        return String(flat.prefix(limit)) + "…"
    }
}

/// Text whose characters are single scalars: printable ASCII, Chinese characters and CJK or full-width
/// punctuation (not the combining tone marks U+302A–302F), with no line breaks. Counting, cutting and measuring such text needs no grapheme breaking.
enum SimpleText {
    /// The scalar count of `text` and whether it starts or ends with white space, when every scalar is simple;
    /// `nil` otherwise.
    static func scalarCount(_ text: String) -> (count: Int, trimmed: Bool)? {
        var count = 0
        for scalar in text.unicodeScalars {
            guard isSimple(scalar.value) else { return nil }
            count += 1
        }
        let first = text.unicodeScalars.first?.value ?? 0x21
        let last = text.unicodeScalars.last?.value ?? 0x21
        return (count, isSpace(first) || isSpace(last))
    }

    /// Whether `value` is a character on its own that breaks no line.
    @inline(__always)
    static func isSimple(_ value: UInt32) -> Bool {
        (value >= 0x20 && value < 0x7F) || (value >= 0x4E00 && value <= 0x9FFF)
            || (value >= 0x3000 && value <= 0x3029) || (value >= 0x3030 && value <= 0x303F)
            || (value >= 0xFF01 && value <= 0xFF5E)
    }

    @inline(__always)
    private static func isSpace(_ value: UInt32) -> Bool { value == 0x20 || value == 0x3000 }
}

extension Array where Element: Hashable {
    /// The elements without repeats, first occurrence kept.
    public func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
