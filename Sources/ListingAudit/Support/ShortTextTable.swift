/// Values of texts of 1 to 16 bytes, found by their `ShortTextKey` in a fixed table of `slotCount` slots: a text is
/// looked for in at most `probes` slots from the one its hash names, and one that finds none of them free is not
/// kept. Put in front of a `ByteKeyedTable` (a seeded hash of the bytes and a `memcmp` a look-up), it answers the
/// short texts that recur row after row (option values: `Black`, `XL`, `均码`) with a hash of two words and a
/// compare of three; texts that collide, by chance or by design, cost at most `probes` compares before the table
/// behind it answers, and memory stays `slotCount` slots whatever the input.
struct ShortTextTable<Value> {
    /// How many slots the table has (a power of two).
    static var slotCount: Int { 512 }
    /// How many slots a text is looked for in, from the one its hash names.
    static var probes: Int { 4 }

    private struct Slot {
        let key: ShortTextKey
        let value: Value
    }

    /// Empty until the first value is kept: a cache that never meets a short text makes no table.
    private var slots: [Slot?] = []

    /// The value kept for the text whose key is `key`, if any.
    func value(for key: ShortTextKey) -> Value? {
        guard !slots.isEmpty else { return nil }
        var slot = Self.first(key)
        for _ in 0..<Self.probes {
            guard let kept = slots[slot] else { return nil }
            if kept.key == key { return kept.value }
            slot = (slot + 1) & (Self.slotCount - 1)
        }
        return nil
    }

    /// Keeps `value` for the text whose key is `key`, in place of the one kept for it before; not kept when the
    /// slots it may take hold other texts.
    mutating func set(_ value: Value, for key: ShortTextKey) {
        if slots.isEmpty { slots = Array(repeating: nil, count: Self.slotCount) }
        var slot = Self.first(key)
        for _ in 0..<Self.probes {
            if slots[slot] == nil || slots[slot]?.key == key {
                slots[slot] = Slot(key: key, value: value)
                return
            }
            slot = (slot + 1) & (Self.slotCount - 1)
        }
    }

    /// Forgets every value (and the table's storage).
    mutating func removeAll() {
        slots = []
    }

    /// The slot `key` is looked for in first.
    private static func first(_ key: ShortTextKey) -> Int {
        Int(truncatingIfNeeded: key.hash >> 40) & (slotCount - 1)
    }
}
