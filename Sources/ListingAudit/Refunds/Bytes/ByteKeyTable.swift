import Foundation

/// A hash set of byte strings that numbers its keys densely in insertion order: the lookup tables of refund
/// matching and of the reason classification cache, probed with the bytes of a CSV cell so that no `String` is
/// built or hashed per row.
///
/// Keys lie back to back in one byte array. Open addressing with linear probing over a power-of-two slot array;
/// each slot holds an entry index (or -1), and each entry keeps 32 bits of its hash, which both skip most byte
/// comparisons and rehash on growth without reading the keys.
struct ByteKeyTable: Sendable {
    private var keyBytes: [UInt8] = []
    /// `keyEnds[i]` is where key `i` ends in `keyBytes`; it starts where key `i - 1` ends.
    private var keyEnds: [Int] = []
    private var hashes: [UInt32] = []
    private var slots: [Int32]

    /// An empty table with room for `capacity` keys before it grows.
    init(capacity: Int = 8) {
        var size = 16
        while size * 7 < max(capacity, 1) * 10 { size <<= 1 }
        slots = Array(repeating: -1, count: size)
    }

    /// The number of keys.
    var count: Int { keyEnds.count }

    /// The hash to probe with for `key` (seeded per process, like `Hasher`).
    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var hasher = Hasher()
        hasher.combine(bytes: UnsafeRawBufferPointer(key))
        let value = UInt64(bitPattern: Int64(hasher.finalize()))
        return UInt32(truncatingIfNeeded: value ^ (value >> 32))
    }

    /// The hash key `index` was stored with.
    func hash(at index: Int) -> UInt32 { hashes[index] }

    /// The index of `key`, whose hash is `hash`, or `nil`.
    func index(of key: UnsafeBufferPointer<UInt8>, hash: UInt32) -> Int? {
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while true {
            let entry = Int(slots[slot])
            if entry < 0 { return nil }
            if hashes[entry] == hash && equals(entry, key) { return entry }
            slot = (slot + 1) & mask
        }
    }

    /// The index of `key`.
    func index(of key: UnsafeBufferPointer<UInt8>) -> Int? { index(of: key, hash: Self.hash(key)) }

    /// Adds `key` (hash `hash`) unless present; returns its index and whether it was added.
    @discardableResult
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, hash: UInt32) -> (index: Int, inserted: Bool) {
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while true {
            let entry = Int(slots[slot])
            if entry < 0 { break }
            if hashes[entry] == hash && equals(entry, key) { return (entry, false) }
            slot = (slot + 1) & mask
        }
        let index = keyEnds.count
        keyBytes.append(contentsOf: key)
        keyEnds.append(keyBytes.count)
        hashes.append(hash)
        slots[slot] = Int32(index)
        if keyEnds.count * 10 > slots.count * 7 { grow() }
        return (index, true)
    }

    /// Adds `key` unless present; returns its index and whether it was added.
    @discardableResult
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>) -> (index: Int, inserted: Bool) {
        insert(key, hash: Self.hash(key))
    }

    /// Calls `body` with the bytes of key `index`.
    func withKey<Result>(at index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        let range = (index == 0 ? 0 : keyEnds[index - 1])..<keyEnds[index]
        return try keyBytes.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    @inline(__always)
    private func equals(_ entry: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = entry == 0 ? 0 : keyEnds[entry - 1]
        guard keyEnds[entry] - start == key.count else { return false }
        guard key.count > 0, let base = key.baseAddress else { return true }
        return keyBytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + start, base, key.count) == 0 }
    }

    private mutating func grow() {
        var grown = [Int32](repeating: -1, count: slots.count * 2)
        let mask = grown.count - 1
        for (index, hash) in hashes.enumerated() {
            var slot = Int(hash) & mask
            while grown[slot] >= 0 { slot = (slot + 1) & mask }
            grown[slot] = Int32(index)
        }
        slots = grown
    }
}
