/// One entry of a `SnapshotDigest`, read from its bytes: the score's 8 bytes, then variable-length integers (7 bits
/// a byte, low first; signed counts zigzag-coded, so a count of any size, even a negative one a damaged snapshot
/// holds, round-trips): the interned id, the rule marks (rule, categories) in rule order, a flags byte, the
/// finding, refund and linked-refund counts, the orders when known, and the non-zero refunds per category
/// (how many, then taxonomy ordinal and count for each).
struct DigestRecord {
    private let bytes: [UInt8]
    private let start: Int
    private let markCount: Int

    /// The record starting at `start` in `bytes`, which has `marks` rule marks.
    init(_ bytes: [UInt8], from start: Int, marks: Int) {
        self.bytes = bytes
        self.start = start
        markCount = marks
    }

    private static let hasCounts: UInt8 = 1
    private static let hasOrders: UInt8 = 2

    /// The listing's interned id.
    var id: Int32 {
        var position = start + 8
        return Int32(truncatingIfNeeded: Self.unsigned(bytes, &position))
    }

    /// The listing's score.
    var score: Double {
        var bits: UInt64 = 0
        for offset in 0..<8 { bits |= UInt64(bytes[start + offset]) << (8 * offset) }
        return Double(bitPattern: bits)
    }

    /// The listing's rule marks, in rule order.
    var marks: Marks {
        var position = start + 8
        _ = Self.unsigned(bytes, &position)
        return Marks(bytes: bytes, start: position, count: markCount)
    }

    /// The listing's counts.
    var numbers: SnapshotDigest.Numbers { tail.numbers }

    /// The listing's refunds in the categories of `mask` (taxonomy ordinals as bits), or `nil` when it has refunds
    /// but no per-category counts (or `mask` is empty): the whole tail read once, the counts summed as they are read.
    func refunds(in mask: UInt16) -> Int? {
        var (position, flags, numbers) = tail
        if numbers.refunds == 0 { return 0 }
        guard flags & Self.hasCounts != 0, mask != 0 else { return nil }
        var total = 0
        for _ in 0..<Self.unsigned(bytes, &position) {
            let ordinal = bytes[position]
            position += 1
            let count = Self.signed(bytes, &position)
            if mask & (1 << UInt16(ordinal)) != 0 { total += count }
        }
        return total
    }

    /// The flags, the numbers, and where the category counts start.
    private var tail: (countsStart: Int, flags: UInt8, numbers: SnapshotDigest.Numbers) {
        var position = marks.end
        let flags = bytes[position]
        position += 1
        let findings = Self.signed(bytes, &position)
        let refunds = Self.signed(bytes, &position)
        let linked = Self.signed(bytes, &position)
        let orders = flags & Self.hasOrders != 0 ? Self.signed(bytes, &position) : nil
        return (
            position, flags,
            SnapshotDigest.Numbers(findings: findings, refunds: refunds, linkedRefunds: linked, orders: orders)
        )
    }

    /// Appends the record of a listing to `bytes`.
    static func write(
        id: Int32, score: Double, numbers: SnapshotDigest.Numbers, hasCounts: Bool,
        marks: [SnapshotDigest.RuleMark], counts: [(UInt8, Int)], to bytes: inout [UInt8]
    ) {
        let bits = score.bitPattern
        for offset in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: bits >> (8 * offset))) }
        append(UInt64(UInt32(bitPattern: id)), to: &bytes)
        for mark in marks {
            append(UInt64(UInt32(bitPattern: mark.rule)), to: &bytes)
            append(UInt64(mark.categories), to: &bytes)
        }
        bytes.append((hasCounts ? Self.hasCounts : 0) | (numbers.orders == nil ? 0 : Self.hasOrders))
        for value in [numbers.findings, numbers.refunds, numbers.linkedRefunds] { append(signed: value, to: &bytes) }
        if let orders = numbers.orders { append(signed: orders, to: &bytes) }
        append(UInt64(counts.count), to: &bytes)
        for (ordinal, count) in counts {
            bytes.append(ordinal)
            append(signed: count, to: &bytes)
        }
    }

    /// A listing's rule marks, decoded as they are iterated.
    struct Marks: Sequence {
        fileprivate let bytes: [UInt8]
        fileprivate let start: Int
        /// How many marks there are.
        let count: Int

        /// Whether the listing has no rule marks.
        var isEmpty: Bool { count == 0 }

        var underestimatedCount: Int { count }

        /// Where the marks end in the record's bytes.
        fileprivate var end: Int {
            var position = start
            for _ in 0..<count {
                _ = DigestRecord.unsigned(bytes, &position)
                _ = DigestRecord.unsigned(bytes, &position)
            }
            return position
        }

        func makeIterator() -> Iterator { Iterator(bytes: bytes, position: start, left: count) }

        /// Decodes one mark at a time.
        struct Iterator: IteratorProtocol {
            fileprivate let bytes: [UInt8]
            fileprivate var position: Int
            fileprivate var left: Int

            mutating func next() -> SnapshotDigest.RuleMark? {
                guard left > 0 else { return nil }
                left -= 1
                let rule = Int32(truncatingIfNeeded: DigestRecord.unsigned(bytes, &position))
                let categories = UInt16(truncatingIfNeeded: DigestRecord.unsigned(bytes, &position))
                return SnapshotDigest.RuleMark(rule: rule, categories: categories)
            }
        }
    }

    private static func append(_ value: UInt64, to bytes: inout [UInt8]) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    private static func append(signed value: Int, to bytes: inout [UInt8]) {
        let wide = Int64(value)
        append(UInt64(bitPattern: (wide << 1) ^ (wide >> 63)), to: &bytes)
    }

    fileprivate static func unsigned(_ bytes: [UInt8], _ position: inout Int) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let byte = bytes[position]
            position += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    private static func signed(_ bytes: [UInt8], _ position: inout Int) -> Int {
        let raw = unsigned(bytes, &position)
        return Int(truncatingIfNeeded: Int64(bitPattern: raw >> 1) ^ -Int64(bitPattern: raw & 1))
    }
}
