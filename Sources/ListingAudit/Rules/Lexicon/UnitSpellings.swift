/// The unit spellings of `MeasurementUnits.table`, folded and laid out flat for the measurement scan: every
/// spelling's bytes in one array, one entry per spelling. The unit after a number is found by reading a few bytes in
/// place, with no array per spelling to retain on the way: the text's next eight bytes are read as one word, and each
/// spelling's first eight (no spelling has a zero byte) are compared with it at once. The spellings of two bytes or
/// more are grouped by their first two bytes (hashed into `pairBuckets` buckets), the spellings of one byte by that
/// byte, each group longest first: the scan tries the few spellings that start with the text's two bytes, then the
/// one-byte spelling of its first (the shortest come last in longest-first order), where grouped by the first byte
/// alone it tried some eight spellings a number (every `c…` spelling before `cm`).
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
    /// The spellings: those of two bytes or more by the bucket of their first two bytes, then those of one byte by
    /// that byte; longest first within a bucket or byte.
    private let entries: [Entry]
    /// The spellings of two bytes or more whose first two bytes hash to bucket `b` (`pairBucket`) are
    /// `entries[pairGroups[b]..<pairGroups[b + 1]]` (`pairBuckets + 1` bounds); a bucket may hold the spellings of
    /// several pairs of bytes, which their heads tell apart.
    private let pairGroups: [Int32]
    /// The spellings of one byte `b` are `entries[singleGroups[b]..<singleGroups[b + 1]]` (257 bounds).
    private let singleGroups: [Int32]

    /// How many buckets the spellings of two bytes or more are hashed into.
    private static var pairBuckets: Int { 512 }

    /// The bucket of the spellings whose first two bytes are the low sixteen bits of `word` (first byte lowest).
    @inline(__always)
    private static func pairBucket(_ word: UInt64) -> Int {
        Int(truncatingIfNeeded: (UInt32(truncatingIfNeeded: word & 0xFFFF) &* 0x9E37_79B1) >> 23)
    }

    /// The spellings of `table` (spelling → dimension), folded.
    init(_ table: [(String, UnitDimension)]) {
        typealias Unit = (spelling: [UInt8], dimension: UnitDimension, endsInLetter: Bool)
        var byFirstByte = [[Unit]](repeating: [], count: 256)
        for (spelling, dimension) in table {
            let folded = UTF8Scalars.folded(spelling)
            guard let first = folded.first, let last = spelling.unicodeScalars.last else { continue }
            byFirstByte[Int(first)].append((folded, dimension, TextFold.isWordLetter(last.value)))
        }
        // Each first byte's spellings longest first, as one list: the order every group keeps.
        let ordered = byFirstByte.flatMap { group in group.sorted(by: { $0.spelling.count > $1.spelling.count }) }
        var byPair = [[Unit]](repeating: [], count: Self.pairBuckets)
        var bySingle = [[Unit]](repeating: [], count: 256)
        for unit in ordered {
            precondition(!unit.spelling.contains(0), "a unit spelling with a zero byte")
            if unit.spelling.count == 1 {
                bySingle[Int(unit.spelling[0])].append(unit)
            } else {
                let pair = UInt64(unit.spelling[0]) | UInt64(unit.spelling[1]) << 8
                byPair[Self.pairBucket(pair)].append(unit)
            }
        }
        var bytes: [UInt8] = []
        var entries: [Entry] = []
        func add(_ groups: [[Unit]]) -> [Int32] {
            var bounds: [Int32] = [Int32(entries.count)]
            for group in groups {
                for unit in group {
                    let (head, headMask) = Self.head(of: unit.spelling)
                    entries.append(
                        Entry(
                            head: head, headMask: headMask, start: Int32(bytes.count),
                            count: Int32(unit.spelling.count), dimension: unit.dimension,
                            endsInLetter: unit.endsInLetter))
                    bytes += unit.spelling
                }
                bounds.append(Int32(entries.count))
            }
            return bounds
        }
        pairGroups = add(byPair)
        singleGroups = add(bySingle)
        self.bytes = bytes
        self.entries = entries
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
    /// byte by byte. The spellings that start with the text's first two bytes are tried first, longest first, then
    /// the one-byte spelling of its first byte: every spelling of two bytes or more is longer than it.
    @inline(__always)
    func unit(in text: UnsafeBufferPointer<UInt8>, at index: Int) -> (Int, UnitDimension)? {
        guard index < text.count else { return nil }
        let word = Self.word(in: text, at: index)
        let (bucket, first) = (Self.pairBucket(word), Int(word & 0xFF))
        return bytes.withUnsafeBufferPointer { spellings in
            entries.withUnsafeBufferPointer { entries in
                // Whether `entry` is spelled at `index`, ending a word there if it ends in a letter.
                func matches(_ entry: Entry) -> Bool {
                    guard word & entry.headMask == entry.head else { return false }
                    let end = index + Int(entry.count)
                    if entry.count > 8 {
                        guard end <= text.count else { return false }
                        var offset = 8
                        let start = Int(entry.start)
                        while offset < Int(entry.count), text[index + offset] == spellings[start + offset] {
                            offset += 1
                        }
                        guard offset == Int(entry.count) else { return false }
                    }
                    return !entry.endsInLetter || PhraseBook.isWordEnd(text, at: end)
                }
                for entry in entries[Int(pairGroups[bucket])..<Int(pairGroups[bucket + 1])] where matches(entry) {
                    return (index + Int(entry.count), entry.dimension)
                }
                for entry in entries[Int(singleGroups[first])..<Int(singleGroups[first + 1])] where matches(entry) {
                    return (index + Int(entry.count), entry.dimension)
                }
                return nil
            }
        }
    }
}
