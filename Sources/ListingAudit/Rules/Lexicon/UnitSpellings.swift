/// The unit spellings of `MeasurementUnits.table`, folded and laid out flat for the measurement scan: every
/// spelling's bytes in one array, one entry per spelling, grouped by first byte and longest first within a group. The
/// unit after a number is found by reading a few bytes in place, with no array per spelling to retain on the way: the
/// text's next eight bytes are read as one word, and each spelling's first eight (no spelling has a zero byte) are
/// compared with it at once.
struct UnitSpellings: Sendable {
    /// One spelling: its first eight bytes (fewer for a shorter one) as a little-endian word and the mask of those
    /// bytes, where its folded bytes lie in `bytes`, what it measures, and whether it ends in a letter (and so must
    /// end a word: `5 g` yes, `5 gold` no).
    private struct Entry: Sendable {
        let head: UInt64
        let headMask: UInt64
        let start: Int32
        let count: Int32
        let dimension: UnitDimension
        let endsInLetter: Bool
    }

    /// Every spelling's folded bytes, one after another.
    private let bytes: [UInt8]
    /// The spellings, by first byte, longest first within a first byte.
    private let entries: [Entry]
    /// The spellings that start with byte `b` are `entries[groups[b]..<groups[b + 1]]` (257 bounds).
    private let groups: [Int32]

    /// The spellings of `table` (spelling → dimension), folded.
    init(_ table: [(String, UnitDimension)]) {
        var byFirstByte = [[(spelling: [UInt8], dimension: UnitDimension, endsInLetter: Bool)]](
            repeating: [], count: 256)
        for (spelling, dimension) in table {
            let folded = UTF8Scalars.folded(spelling)
            guard let first = folded.first, let last = spelling.unicodeScalars.last else { continue }
            byFirstByte[Int(first)].append((folded, dimension, TextFold.isWordLetter(last.value)))
        }
        var bytes: [UInt8] = []
        var entries: [Entry] = []
        var groups: [Int32] = [0]
        for group in byFirstByte {
            for unit in group.sorted(by: { $0.spelling.count > $1.spelling.count }) {
                precondition(!unit.spelling.contains(0), "a unit spelling with a zero byte")
                let (head, headMask) = Self.head(of: unit.spelling)
                entries.append(
                    Entry(
                        head: head, headMask: headMask, start: Int32(bytes.count), count: Int32(unit.spelling.count),
                        dimension: unit.dimension, endsInLetter: unit.endsInLetter))
                bytes += unit.spelling
            }
            groups.append(Int32(entries.count))
        }
        self.bytes = bytes
        self.entries = entries
        self.groups = groups
    }

    /// The first eight bytes of `spelling` (all of a shorter one) as a little-endian word, and the mask of them.
    private static func head(of spelling: [UInt8]) -> (UInt64, UInt64) {
        var head: UInt64 = 0
        var mask: UInt64 = 0
        for (offset, byte) in spelling.prefix(8).enumerated() {
            head |= UInt64(byte) << UInt64(8 * offset)
            mask |= 0xFF << UInt64(8 * offset)
        }
        return (head, mask)
    }

    /// The eight bytes of `text` from `index` as a little-endian word, zero bytes past the text's end.
    @inline(__always)
    private static func word(in text: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt64 {
        if index + 8 <= text.count, let base = text.baseAddress {
            return UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
        }
        var word: UInt64 = 0
        for offset in 0..<(text.count - index) { word |= UInt64(text[index + offset]) << UInt64(8 * offset) }
        return word
    }

    /// The longest unit spelled at `index` of folded `text`, with the offset after it; a spelling that ends in a
    /// letter counts only where a word ends after it. A spelling's first eight bytes match when its head does (no
    /// spelling has a zero byte, so none matches the zeros past the text's end); a longer one's rest is compared
    /// byte by byte.
    @inline(__always)
    func unit(in text: UnsafeBufferPointer<UInt8>, at index: Int) -> (Int, UnitDimension)? {
        guard index < text.count else { return nil }
        let first = Int(text[index])
        let (low, high) = (Int(groups[first]), Int(groups[first + 1]))
        guard low < high else { return nil }
        let word = Self.word(in: text, at: index)
        return bytes.withUnsafeBufferPointer { spellings in
            entries.withUnsafeBufferPointer { entries in
                for entry in entries[low..<high] where word & entry.headMask == entry.head {
                    let end = index + Int(entry.count)
                    if entry.count > 8 {
                        guard end <= text.count else { continue }
                        var offset = 8
                        let start = Int(entry.start)
                        while offset < Int(entry.count), text[index + offset] == spellings[start + offset] {
                            offset += 1
                        }
                        guard offset == Int(entry.count) else { continue }
                    }
                    if entry.endsInLetter, !PhraseBook.isWordEnd(text, at: end) { continue }
                    return (end, entry.dimension)
                }
                return nil
            }
        }
    }
}
