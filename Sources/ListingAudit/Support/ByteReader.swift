/// Bytes that do not hold what `ByteWriter` wrote: a spool frame cut short or damaged (a read past the end, a
/// length longer than what is left, a number that names nothing).
struct SpoolDamage: Error, Equatable {}

/// Reads what `ByteWriter` wrote. Every read checks what is left: bytes cut short or damaged throw `SpoolDamage`,
/// never read past the end.
struct ByteReader {
    private let bytes: ArraySlice<UInt8>
    private var position: Int

    init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        position = bytes.startIndex
    }

    /// Whether everything has been read.
    var isAtEnd: Bool { position >= bytes.endIndex }

    /// How many bytes are left to read.
    var remainingCount: Int { bytes.endIndex - position }

    @inline(__always)
    mutating func readByte() throws(SpoolDamage) -> UInt8 {
        guard position < bytes.endIndex else { throw SpoolDamage() }
        defer { position += 1 }
        return bytes[position]
    }

    /// Reads what `ByteWriter.write(_: Int)` wrote; inlined for a one-byte number.
    @inline(__always)
    mutating func readInt() throws(SpoolDamage) -> Int {
        let first = try readByte()
        return first < 0x80 ? Int(first) : try readGroups(first)
    }

    /// The rest of a number of several 7-bit groups whose first byte was `first`: at most ten groups in all.
    @inline(never)
    private mutating func readGroups(_ first: UInt8) throws(SpoolDamage) -> Int {
        var value = UInt64(first & 0x7F)
        var shift: UInt64 = 7
        while true {
            guard shift < 64 else { throw SpoolDamage() }
            let byte = try readByte()
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        return Int(Int64(bitPattern: value))
    }

    mutating func readUInt64() throws(SpoolDamage) -> UInt64 {
        guard remainingCount >= 8 else { throw SpoolDamage() }
        var value: UInt64 = 0
        for shift in stride(from: 0 as UInt64, to: 64, by: 8) {
            value |= UInt64(bytes[position]) << shift
            position += 1
        }
        return value
    }

    /// Where the texts read with `interned(mark:base:)` lie, by number.
    private var interned: [Range<Int>] = []

    /// The text that `mark`, a number already read, stands for when `ByteWriter.writeInterned(_:base:)` wrote it with
    /// `base` (the caller has dealt with `1..<base`): 0, the text in full, read now; else a text read before. Returns
    /// the text's number (its first writing's, counted from 0) and where its bytes lie, so a repeated text is made
    /// into a `String` (or escaped) once, if at all.
    mutating func interned(mark: Int, base: Int) throws(SpoolDamage) -> (number: Int, range: Range<Int>) {
        guard mark == 0 else {
            let number = mark &- base
            guard number >= 0, number < interned.count else { throw SpoolDamage() }
            return (number, interned[number])
        }
        interned.append(try readTextRange())
        return (interned.count - 1, interned[interned.count - 1])
    }

    /// The bytes not read yet, as an array of their own.
    var remainder: [UInt8] { Array(bytes[position...]) }

    mutating func readString() throws(SpoolDamage) -> String {
        String(decoding: bytes[try readTextRange()], as: UTF8.self)
    }

    /// Reads what `ByteWriter.write(_: String)` wrote without making a `String`: where its UTF-8 bytes lie (indices
    /// of the bytes this reader reads).
    mutating func readTextRange() throws(SpoolDamage) -> Range<Int> {
        let count = try readInt()
        guard count >= 0, count <= remainingCount else { throw SpoolDamage() }
        defer { position += count }
        return position..<(position + count)
    }
}
