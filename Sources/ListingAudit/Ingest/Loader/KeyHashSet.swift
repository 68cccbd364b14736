/// A set of key hashes (`String.hashValue`): open addressing with linear probing, indexed by the hash's own low bits,
/// which the standard hasher already spreads evenly. It records the keys of every listing the collector has released,
/// so a look-up in a file of a million listings is one probe into a flat array, not a second hashing pass.
///
/// Hash 0 is stored as 1, so two keys may share a slot's value; as with any hash set of hashes, a collision only
/// makes the loader take a key for released and read the file again with its key index, never lose a row.
struct KeyHashSet {
    /// 0 marks an empty slot.
    private var slots = [UInt64](repeating: 0, count: 1024)
    private(set) var count = 0

    mutating func insert(_ hash: Int) {
        if (count + 1) * 2 > slots.count { grow() }
        if Self.place(Self.stored(hash), in: &slots) { count += 1 }
    }

    func contains(_ hash: Int) -> Bool {
        let value = Self.stored(hash)
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: value) & mask
        while true {
            let slot = slots[index]
            if slot == value { return true }
            if slot == 0 { return false }
            index = (index + 1) & mask
        }
    }

    private static func stored(_ hash: Int) -> UInt64 {
        let value = UInt64(bitPattern: Int64(hash))
        return value == 0 ? 1 : value
    }

    /// Puts `value` in its slot of `slots`; false when it was there already. Static: a method of `self` passed
    /// `&slots` would copy the whole table on every insert (the receiver holds the array while it is modified).
    private static func place(_ value: UInt64, in slots: inout [UInt64]) -> Bool {
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: value) & mask
        while slots[index] != 0 {
            if slots[index] == value { return false }
            index = (index + 1) & mask
        }
        slots[index] = value
        return true
    }

    private mutating func grow() {
        var larger = [UInt64](repeating: 0, count: slots.count * 2)
        for value in slots where value != 0 { _ = Self.place(value, in: &larger) }
        slots = larger
    }
}
