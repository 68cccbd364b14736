/// Keywords (Chinese and English mixed) mapped to values, found in a text by one scan of its UTF-8 bytes.
///
/// Built once and shared: keywords are lower-cased up front and bucketed by their first two bytes, so a lookup costs
/// one pass over the text with a short candidate list at each position, and no regular expressions or `String`
/// lower-casing. Latin keywords match whole words (a plural `s`/`es` is allowed), so `ring` does not match `string`
/// or `earring`; Chinese keywords match anywhere.
struct KeywordTable<Value: Sendable>: Sendable {
    /// One keyword found in a text.
    struct Match: Sendable {
        /// The value the keyword maps to.
        let value: Value
        /// The keyword as listed (lower-cased).
        let keyword: String
        /// Byte offset of the match in the text's UTF-8.
        let offset: Int
        /// Byte length of the keyword: the longer, the more specific.
        let length: Int
    }

    private struct Entry: Sendable {
        let bytes: [UInt8]
        let keyword: String
        let value: Value
        let needsWordStart: Bool
        let needsWordEnd: Bool
    }

    private var entries: [Entry] = []
    private var buckets: [UInt16: [Int]] = [:]
    /// One bit per two-byte key in `buckets` (8 KiB). Nearly every text position starts no keyword, and hashing its
    /// key into `buckets` was most of a scan's cost; the bit answers those positions without hashing.
    private var startsKeyword = [UInt64](repeating: 0, count: 1_024)

    /// Builds the table. Keywords shorter than two bytes are ignored (too unspecific to mean anything); a later
    /// duplicate replaces an earlier one, so extra keywords can override the defaults.
    init(_ pairs: [(String, Value)]) {
        for (keyword, value) in pairs { insert(keyword, value) }
    }

    /// Adds or replaces `keyword`.
    mutating func insert(_ keyword: String, _ value: Value) {
        let bytes = Self.folded(keyword.trimmingWhitespace().utf8)
        guard bytes.count >= 2 else { return }
        let entry = Entry(
            bytes: bytes, keyword: String(decoding: bytes, as: UTF8.self), value: value,
            needsWordStart: Self.isLetter(bytes[0]), needsWordEnd: Self.isLetter(bytes[bytes.count - 1]))
        let key = UInt16(bytes[0]) << 8 | UInt16(bytes[1])
        if let existing = buckets[key]?.first(where: { entries[$0].bytes == bytes }) {
            entries[existing] = entry
            return
        }
        entries.append(entry)
        buckets[key, default: []].append(entries.count - 1)
        startsKeyword[Int(key >> 6)] |= 1 << UInt64(key & 63)
    }

    /// Every keyword occurrence in `text` (overlapping ones included), left to right.
    func matches(in text: String) -> [Match] { scan(text, limit: Int.max) }

    /// Whether any keyword occurs in `text` (stops at the first).
    func containsAny(in text: String) -> Bool { !scan(text, limit: 1).isEmpty }

    private func scan(_ text: String, limit: Int) -> [Match] {
        let bytes = Self.folded(text.utf8)
        guard bytes.count >= 2 else { return [] }
        var found: [Match] = []
        for start in 0..<(bytes.count - 1) {
            let key = UInt16(bytes[start]) << 8 | UInt16(bytes[start + 1])
            guard startsKeyword[Int(key >> 6)] & (1 << UInt64(key & 63)) != 0, let candidates = buckets[key] else {
                continue
            }
            let atWordStart = start == 0 || !Self.isLetter(bytes[start - 1])
            for index in candidates {
                let entry = entries[index]
                if entry.needsWordStart && !atWordStart { continue }
                guard Self.hasPrefix(entry.bytes, in: bytes, at: start) else { continue }
                if entry.needsWordEnd && !Self.endsWord(bytes, at: start + entry.bytes.count) { continue }
                let length = entry.bytes.count
                found.append(Match(value: entry.value, keyword: entry.keyword, offset: start, length: length))
                if found.count >= limit { return found }
            }
        }
        return found
    }

    private static func hasPrefix(_ keyword: [UInt8], in bytes: [UInt8], at start: Int) -> Bool {
        guard start + keyword.count <= bytes.count else { return false }
        for offset in 0..<keyword.count where bytes[start + offset] != keyword[offset] { return false }
        return true
    }

    /// Whether a word ends at `end`, allowing a plural `s` or `es` first.
    private static func endsWord(_ bytes: [UInt8], at end: Int) -> Bool {
        if end >= bytes.count || !isLetter(bytes[end]) { return true }
        if bytes[end] == UInt8(ascii: "s") { return end + 1 >= bytes.count || !isLetter(bytes[end + 1]) }
        if bytes[end] == UInt8(ascii: "e"), end + 1 < bytes.count, bytes[end + 1] == UInt8(ascii: "s") {
            return end + 2 >= bytes.count || !isLetter(bytes[end + 2])
        }
        return false
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
    }

    /// The bytes matching runs on, whose offsets `Match.offset` counts: ASCII upper case to lower case; the
    /// full-width forms Chinese shops type (`Ｔ恤`, `ＸＬ`, `＞`) to ASCII.
    static func folded(_ utf8: String.UTF8View) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        guard !utf8.contains(where: { ($0 >= 0x41 && $0 <= 0x5A) || $0 == 0xEF }) else {
            return foldedSlowly(Array(utf8), into: &out)
        }
        out.append(contentsOf: utf8)
        return out
    }

    private static func foldedSlowly(_ bytes: [UInt8], into out: inout [UInt8]) -> [UInt8] {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte >= 0x41 && byte <= 0x5A {
                out.append(byte + 0x20)
            } else if byte == 0xEF, index + 2 < bytes.count,
                let ascii = fullWidthASCII(bytes[index + 1], bytes[index + 2])
            {
                out.append(ascii >= 0x41 && ascii <= 0x5A ? ascii + 0x20 : ascii)
                index += 3
                continue
            } else {
                out.append(byte)
            }
            index += 1
        }
        return out
    }

    /// The ASCII character of a full-width form U+FF01…U+FF5E encoded as `EF xx yy`, or `nil`.
    private static func fullWidthASCII(_ second: UInt8, _ third: UInt8) -> UInt8? {
        let scalar = 0xF000 | (UInt32(second & 0x3F) << 6) | UInt32(third & 0x3F)
        guard scalar >= 0xFF01 && scalar <= 0xFF5E else { return nil }
        return UInt8(scalar - 0xFEE0)
    }
}
