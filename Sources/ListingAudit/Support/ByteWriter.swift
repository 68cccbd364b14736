import Foundation

/// Writes values into a byte array in the compact form `ByteReader` reads back.
///
/// The bytes are written into room made ahead (`storage`, grown by at least doubling, the room not zeroed): every
/// write first makes room for the most it can write (`withRoom`), then writes through a pointer, so a text is one
/// `memcpy` and a number a few stores, where appending to an array checked its capacity and uniqueness per byte.
struct ByteWriter {
    /// The written bytes, then room; only the first `count` are written, and no byte past them is read.
    private var storage: [UInt8] = []
    /// How many bytes have been written.
    private(set) var count = 0

    /// An empty writer with room for `capacity` bytes.
    init(capacity: Int = 0) {
        if capacity > 0 { storage = Self.room(capacity) }
    }

    /// The bytes written.
    var bytes: [UInt8] { Array(storage[..<count]) }

    /// The bytes written, without a copy: the writer hands over its storage and is empty afterwards.
    mutating func takeBytes() -> [UInt8] {
        storage.removeLast(storage.count - count)
        defer { self = ByteWriter() }
        return storage
    }

    @inline(__always)
    mutating func write(_ value: UInt8) {
        withRoom(1) { output in
            output[0] = value
            return 1
        }
    }

    /// A non-negative integer in 7-bit groups, the lowest first, each but the last with its high bit set (small
    /// numbers take one byte; any `Int` at most ten).
    @inline(__always)
    mutating func write(_ value: Int) {
        withRoom(10) { output in
            var rest = UInt64(bitPattern: Int64(value))
            var written = 0
            while rest >= 0x80 {
                output[written] = UInt8(truncatingIfNeeded: rest) | 0x80
                rest >>= 7
                written += 1
            }
            output[written] = UInt8(truncatingIfNeeded: rest)
            return written + 1
        }
    }

    /// Eight bytes, the lowest first.
    mutating func write(_ value: UInt64) {
        withRoom(8) { output in
            UnsafeMutableRawPointer(output).storeBytes(of: value.littleEndian, as: UInt64.self)
            return 8
        }
    }

    /// The text's UTF-8 length, then its bytes (copied from its storage at once). The bytes are read where the text
    /// holds them (a copy of the text to call `withUTF8` on was retained and released for every text written).
    mutating func write(_ text: String) {
        let written: Void? = text.utf8.withContiguousStorageIfAvailable { utf8 in
            write(utf8.count)
            append(utf8)
        }
        guard written == nil else { return }
        var text = text
        text.withUTF8 { utf8 in
            write(utf8.count)
            append(utf8)
        }
    }

    /// Appends `source`'s bytes with one copy.
    private mutating func append(_ source: UnsafeBufferPointer<UInt8>) {
        guard let start = source.baseAddress, !source.isEmpty else { return }
        withRoom(source.count) { output in
            output.update(from: start, count: source.count)
            return source.count
        }
    }

    /// Calls `body` with room for `maximum` bytes after those written (made first when there is less); `body`
    /// writes at most `maximum` and returns how many it wrote.
    @inline(__always)
    private mutating func withRoom(_ maximum: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        if storage.count - count < maximum { grow(by: max(maximum, storage.count, 256)) }
        let start = count
        count += storage.withUnsafeMutableBufferPointer { body($0.baseAddress! + start) }
    }

    /// Adds `room` bytes of room: the written bytes copied into new storage.
    @inline(never)
    private mutating func grow(by room: Int) {
        let written = count
        storage = storage.withUnsafeBufferPointer { old in
            var new = Self.room(old.count + room)
            if written > 0 {
                new.withUnsafeMutableBufferPointer { $0.baseAddress!.update(from: old.baseAddress!, count: written) }
            }
            return new
        }
    }

    /// `capacity` bytes of room, not zeroed: each is written before it counts as written.
    private static func room(_ capacity: Int) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: capacity) { _, initialized in initialized = capacity }
    }

    /// The texts written in full by `writeInterned(_: String)`, by number.
    private var texts = InternedBytes()
    /// The values written in full by `writeInterned(_:)` with an encoder, by number.
    private var values = InternedBytes()

    /// A text that repeats (a phrase, a file): in full the first time (after a 0), then as the number of its first
    /// writing plus `base`, so a batch's thousand `详情见图` cost one text and a thousand small numbers. A `base` above
    /// 1 leaves the numbers `1..<base` to the caller, for texts it marks itself (`ByteReader.interned(mark:base:)`).
    ///
    /// A caller that holds a hash of the text's bytes already (a shared-description candidate's evidence is the
    /// description, whose key `ShopKeys.description` is) passes it as `hash`, and the text is not hashed again. Texts
    /// are found equal by their bytes, never by a hash alone, so any hash serves: the same text looked up once by
    /// one hash and once by another is written twice (and reads back the same), never taken for another.
    mutating func writeInterned(_ text: String, base: Int, hash: UInt64? = nil) {
        if let number = text.utf8.withContiguousStorageIfAvailable({ internedNumber(of: $0, hash: hash) }) ?? {
            var text = text
            return text.withUTF8 { internedNumber(of: $0, hash: hash) }
        }() {
            write(number + base)
        } else {
            write(0)
            write(text)
        }
    }

    /// The number of the text `text` when it was written in full before; otherwise `nil`, the text taking the next
    /// number (the caller writes it in full right away, after its length).
    private mutating func internedNumber(of text: UnsafeBufferPointer<UInt8>, hash: UInt64?) -> Int? {
        // The text follows the 0 that marks it new and its length, which `write(_: String)` writes first.
        var length = text.count
        var start = count + 2
        while length >= 0x80 {
            length >>= 7
            start += 1
        }
        // `storage` and `texts` named apart (a method of `self` here would copy it, and each table with it).
        let written = count
        return storage.withUnsafeBufferPointer {
            texts.number(
                of: text, hash: hash ?? Self.byteHash(text), in: UnsafeBufferPointer(rebasing: $0[..<written]),
                start: start)
        }
    }

    /// A value that repeats (a finding's message), as `encode` writes it: in full after a 0 the first time, then as
    /// the number of its first writing plus one, values numbered apart from texts. The bytes `encode` wrote are taken
    /// back when they repeat earlier ones; a reader decodes a value in full, so it needs no length. Returns the
    /// value's number, for `writeInterned(value:)`.
    @discardableResult
    mutating func writeInterned(_ encode: (inout ByteWriter) -> Void) -> Int {
        let mark = count
        write(UInt8(0))
        encode(&self)
        let end = count
        let number = storage.withUnsafeBufferPointer { storage in
            let written = UnsafeBufferPointer(rebasing: storage[..<end])
            let value = UnsafeBufferPointer(rebasing: written[(mark + 1)...])
            return values.number(of: value, hash: ByteWriter.byteHash(value), in: written, start: mark + 1)
        }
        guard let number else { return values.count - 1 }
        count = mark
        write(number + 1)
        return number
    }

    /// The value numbered `number` by `writeInterned(_:)` again, as what that writes for a repeat: for a caller that
    /// knows the value repeats one written before, without encoding it again.
    mutating func writeInterned(value number: Int) {
        write(number + 1)
    }

    /// A hash of `bytes`, mixed eight bytes at a time (then the rest one by one, then the length): texts that hash
    /// alike are compared byte for byte, so the hash only needs to tell most texts apart cheaply.
    static func byteHash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        var index = 0
        if let base = bytes.baseAddress {
            while index + 8 <= bytes.count {
                hash = (hash ^ UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
                hash ^= hash >> 29
                index += 8
            }
        }
        while index < bytes.count {
            hash = (hash ^ UInt64(bytes[index])) &* 0x100_0000_01B3
            index += 1
        }
        return (hash ^ UInt64(bytes.count)) &* 0x9E37_79B9_7F4A_7C15
    }
}

/// Byte strings written into a `ByteWriter`'s bytes, numbered in the order they were first written: each one's hash
/// (`ByteWriter.byteHash`, or one its writer had already) and where its bytes lie, so a repeat is compared with the
/// bytes already written (no copy is kept). A byte hash: `String` hashing normalises Unicode, which costs more than
/// the text.
private struct InternedBytes {
    private var entries: [(hash: UInt64, start: Int, count: Int)] = []
    /// An open-addressing table of those numbers plus one (0: empty), by hash; its size a power of two at least
    /// twice `entries.count`.
    private var slots: [Int] = []

    /// How many byte strings have been numbered.
    var count: Int { entries.count }

    /// The number of the bytes `candidate`, whose hash is `hash`, when equal bytes were numbered before with that
    /// hash (they lie in `written`); otherwise `nil`, and the candidate takes the next number: its bytes are (or
    /// will be) at `start` in `written`.
    mutating func number(
        of candidate: UnsafeBufferPointer<UInt8>, hash: UInt64, in written: UnsafeBufferPointer<UInt8>, start: Int
    ) -> Int? {
        if slots.count < 2 * (entries.count + 1) { grow() }
        let mask = slots.count - 1
        var slot = Self.slot(of: hash, mask: mask)
        while slots[slot] != 0 {
            let number = slots[slot] - 1
            let entry = entries[number]
            if entry.hash == hash, entry.count == candidate.count,
                candidate.isEmpty
                    || memcmp(written.baseAddress! + entry.start, candidate.baseAddress!, candidate.count) == 0
            {
                return number
            }
            slot = (slot + 1) & mask
        }
        slots[slot] = entries.count + 1
        entries.append((hash, start, candidate.count))
        return nil
    }

    /// Doubles the table (at least 64 slots) and puts every number back by its hash.
    private mutating func grow() {
        slots = [Int](repeating: 0, count: max(64, 2 * slots.count))
        let mask = slots.count - 1
        for (number, entry) in entries.enumerated() {
            var slot = Self.slot(of: entry.hash, mask: mask)
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = number + 1
        }
    }

    /// The first slot to try for `hash` (its high bits folded onto the low ones the mask keeps).
    private static func slot(of hash: UInt64, mask: Int) -> Int { Int(truncatingIfNeeded: hash ^ hash >> 31) & mask }
}
