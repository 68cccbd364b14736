import Foundation

/// Values looked up by a text's UTF-8 bytes: a byte hash (`ByteWriter.byteHash`) and a byte comparison, where a
/// `String`-keyed dictionary hashes the text's Unicode normalisation. Texts that are canonically equal but written
/// with different bytes are different keys here; a cache keyed by `String` puts this table in front of its
/// dictionary and only asks the dictionary on a miss.
struct ByteKeyedTable<Value> {
    /// Each key's byte hash and where its bytes lie in `keyBytes`, by entry number.
    private var keys: [(hash: UInt64, start: Int, count: Int)] = []
    private var values: [Value] = []
    /// The keys' bytes, one after another.
    private var keyBytes: [UInt8] = []
    /// Open addressing: entry numbers plus one (0: empty), a power of two at least twice the entries.
    private var slots: [Int] = []

    /// How many keys the table holds.
    var count: Int { keys.count }

    /// The value for the text whose bytes are `key`, if any.
    func value(for key: String) -> Value? {
        guard !slots.isEmpty else { return nil }
        return key.utf8.withContiguousStorageIfAvailable { bytes -> Value? in
            guard let number = find(bytes, hash: ByteWriter.byteHash(bytes)).number else { return nil }
            return values[number]
        } ?? nil
    }

    /// Sets the value for the text whose bytes are `key` (one not in the table yet takes a new entry).
    mutating func set(_ value: Value, for key: String) {
        var key = key
        key.withUTF8 { bytes in
            let hash = ByteWriter.byteHash(bytes)
            if slots.count < 2 * (keys.count + 1) { grow() }
            let (number, slot) = find(bytes, hash: hash)
            if let number {
                values[number] = value
                return
            }
            slots[slot] = keys.count + 1
            keys.append((hash, keyBytes.count, bytes.count))
            values.append(value)
            keyBytes.append(contentsOf: bytes)
        }
    }

    /// Empties the table, keeping its storage.
    mutating func removeAll() {
        keys.removeAll(keepingCapacity: true)
        values.removeAll(keepingCapacity: true)
        keyBytes.removeAll(keepingCapacity: true)
        for index in slots.indices { slots[index] = 0 }
    }

    /// The entry number of `bytes` if present, and the slot it is in or would go in.
    private func find(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (number: Int?, slot: Int) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash ^ hash >> 31) & mask
        while slots[slot] != 0 {
            let number = slots[slot] - 1
            let entry = keys[number]
            if entry.hash == hash, entry.count == bytes.count, keyBytes.withUnsafeBufferPointer({ stored in
                bytes.isEmpty || memcmp(stored.baseAddress! + entry.start, bytes.baseAddress!, bytes.count) == 0
            }) {
                return (number, slot)
            }
            slot = (slot + 1) & mask
        }
        return (nil, slot)
    }

    private mutating func grow() {
        slots = [Int](repeating: 0, count: max(64, 2 * slots.count))
        let mask = slots.count - 1
        for (number, entry) in keys.enumerated() {
            var slot = Int(truncatingIfNeeded: entry.hash ^ entry.hash >> 31) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = number + 1
        }
    }
}

extension ByteKeyedTable: Sendable where Value: Sendable {}
