extension String {
    /// The text cut to `limit` characters with `…`, line breaks flattened: for quoting evidence.
    public func abbreviated(to limit: Int = 60) -> String {
        var text = self
        switch text.withUTF8({ SimpleText.abbreviation($0, limit: limit) }) {
        case .unchanged: return self
        case .part(let range, let cut): return text.copying(utf8: range, ellipsis: cut)
        case .text(let abbreviated): return abbreviated
        case .notSimple: break
        }
        let flat = split(whereSeparator: \.isNewline).joined(separator: " ").trimmingWhitespace()
        guard flat.count > limit else { return flat }
        return String(flat.prefix(limit)) + "…"
    }

    /// The UTF-8 bytes `range` (whose ends lie on scalar boundaries), with `…` after them when `ellipsis`: copied into
    /// one new storage from this string's, so the bytes are not validated as UTF-8 again (as building a `String` from
    /// bytes does).
    fileprivate func copying(utf8 range: Range<Int>, ellipsis: Bool) -> String {
        let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let part = Substring(utf8[lower..<utf8.index(lower, offsetBy: range.count)])
        guard ellipsis else { return String(part) }
        var copy = ""
        copy.reserveCapacity(range.count + 3)
        copy.append(contentsOf: part)
        copy.append("…")
        return copy
    }
}

/// Text whose characters are single scalars: printable ASCII, Latin-1, general punctuation, Chinese characters and
/// CJK or full-width punctuation (not the combining tone marks U+302A–302F), with no line breaks. Counting, cutting
/// and measuring such text needs no grapheme breaking.
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
        (value >= 0x20 && value < 0x7F) || (value >= 0xA0 && value <= 0xFF) || (value >= 0x4E00 && value <= 0x9FFF)
            || (value >= 0x2010 && value <= 0x2027) || (value >= 0x2030 && value <= 0x205E)
            || (value >= 0x3000 && value <= 0x3029) || (value >= 0x3030 && value <= 0x303F)
            || (value >= 0xFF01 && value <= 0xFF5E)
    }

    @inline(__always)
    private static func isSpace(_ value: UInt32) -> Bool { value == 0x20 || value == 0x3000 || value == 0xA0 }

    /// What `String.abbreviated(to:)` makes of a text.
    enum Abbreviation {
        /// The text is its own abbreviation.
        case unchanged
        /// The text's UTF-8 bytes `range` (no line break among them), with `…` after them when `cut`.
        case part(Range<Int>, cut: Bool)
        /// A text whose kept part holds line breaks, flattened.
        case text(String)
        /// The text is not simple: abbreviate it character by character.
        case notSimple
    }

    /// `String.abbreviated(to:)` of simple text, from its bytes in one pass that stops as soon as the answer is
    /// known: a long text is read only up to its cut. A run of line breaks reads as one space (`split` at line
    /// breaks, then `joined`).
    static func abbreviation(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> Abbreviation {
        var start: Int?
        var end = 0
        // Scalars from the first visible one, and up to the last visible one so far (a run of breaks is one).
        var (count, visibleCount) = (0, 0)
        var cut: Int?
        // Where the first line break after the first visible scalar is.
        var firstBreak = Int.max
        /// The bytes `range` from the first visible scalar on, and `…` after them when `cut`.
        func kept(_ range: Range<Int>, cut: Bool) -> Abbreviation {
            range.upperBound <= firstBreak ? .part(range, cut: cut) : .text(flattened(bytes[range], cut: cut))
        }
        var index = 0
        while index < bytes.count {
            var (value, width) = UTF8Scalars.decode(bytes, at: index)
            if isBreak(bytes[index]) {
                if start != nil { firstBreak = min(firstBreak, index) }
                while index + width < bytes.count, isBreak(bytes[index + width]) { width += 1 }
                value = 0x20
            }
            guard isSimple(value) else { return .notSimple }
            let visible = !isSpace(value)
            if visible {
                if start == nil { start = index }
                end = index + width
            }
            if start != nil {
                if count == limit { cut = index }
                // A visible scalar past the cut settles the answer: what follows changes neither the kept part
                // (simple scalars never join the one before them) nor the need for `…`.
                if count >= limit, let cut, visible { return kept(start!..<cut, cut: true) }
                count += 1
                if visible { visibleCount = count }
            }
            index += width
        }
        guard let start else { return .text("") }
        if visibleCount <= limit {
            return start == 0 && end == bytes.count && firstBreak == .max ? .unchanged : kept(start..<end, cut: false)
        }
        return kept(start..<cut!, cut: true)
    }

    @inline(__always)
    private static func isBreak(_ byte: UInt8) -> Bool { byte == 0x0A || byte == 0x0D }

    /// `bytes` as text, each run of line breaks one space, and `…` after it when it was `cut`: written straight
    /// into the text's storage.
    private static func flattened(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, cut: Bool) -> String {
        return String(unsafeUninitializedCapacity: bytes.count + 3) { flat in
            var count = 0
            var afterBreak = false
            for byte in bytes {
                if isBreak(byte) {
                    if !afterBreak {
                        flat[count] = 0x20
                        count += 1
                    }
                    afterBreak = true
                } else {
                    flat[count] = byte
                    count += 1
                    afterBreak = false
                }
            }
            if cut {
                // `…`
                (flat[count], flat[count + 1], flat[count + 2]) = (0xE2, 0x80, 0xA6)
                count += 3
            }
            return count
        }
    }
}

extension Array where Element: Hashable {
    /// The elements without repeats, first occurrence kept: a linear search while few (a finding's phrases), a set
    /// once many. A few elements with no repeat (most of a finding's phrases) are their own answer: no array is made.
    public func uniqued() -> [Element] {
        guard count > 16 else {
            guard let repeated = indices.dropFirst().first(where: { self[..<$0].contains(self[$0]) }) else {
                return self
            }
            var kept: [Element] = []
            kept.reserveCapacity(count)
            kept.append(contentsOf: self[..<repeated])
            for element in self[repeated...] where !kept.contains(element) { kept.append(element) }
            return kept
        }
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
