/// The UTF-8 bytes of a text of 1 to `longest` bytes as two little-endian words, zero past its last byte, and its
/// length: a key compared in three words and hashed in two multiplies, with no byte buffer and no `memcmp`. Equal
/// keys are equal bytes (a text's bytes, not its `String` equality: `"e\u{301}"` and `"\u{E9}"` have two keys).
struct ShortTextKey: Equatable {
    /// The longest text that has a key, in bytes.
    static let longest = 16

    /// The first eight bytes.
    let head: UInt64
    /// Bytes 9 to 16, zero past the last.
    let tail: UInt64
    /// The number of bytes, 1 to `longest`.
    let length: Int

    /// The key of `bytes`; `nil` when they are empty or longer than `longest`.
    @inline(__always)
    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, !bytes.isEmpty, bytes.count <= Self.longest else { return nil }
        (head, tail) = Self.words(base, bytes.count)
        length = bytes.count
    }

    /// The key of the UTF-8 bytes of `text`; `nil` when it has none (empty, or longer than `longest`).
    @inline(__always)
    init?(_ text: String) {
        guard text.utf8.count <= Self.longest,
            let key = text.utf8.withContiguousStorageIfAvailable({ ShortTextKey($0) }) ?? nil
        else { return nil }
        self = key
    }

    /// A hash of the key, mixed so that its high bits depend on every byte.
    var hash: UInt64 { (head ^ (tail &* 0x9E37_79B9_7F4A_7C15) ^ UInt64(length)) &* 0xBF58_476D_1CE4_E5B9 }

    /// The `count` (1–16) bytes at `base` as two little-endian words, zero past the last byte; no byte outside them
    /// is read.
    @inline(__always)
    private static func words(_ base: UnsafePointer<UInt8>, _ count: Int) -> (UInt64, UInt64) {
        let raw = UnsafeRawPointer(base)
        if count >= 8 {
            let head = raw.loadUnaligned(as: UInt64.self)
            guard count > 8 else { return (head, 0) }
            // The last eight bytes, shifted down past the ones `head` holds.
            let last = raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
            return (head, last >> UInt64(8 * (16 - count)))
        }
        if count >= 4 {
            let low = UInt64(raw.loadUnaligned(as: UInt32.self))
            let last = UInt64(raw.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self))
            return (low | (last >> UInt64(8 * (8 - count))) << 32, 0)
        }
        var head: UInt64 = 0
        for index in 0..<count { head |= UInt64(base[index]) << UInt64(8 * index) }
        return (head, 0)
    }
}
