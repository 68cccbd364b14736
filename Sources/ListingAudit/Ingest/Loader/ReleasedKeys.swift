/// The keys of the listings a collector has released (`adjacentRows`), asked, for each key a record names that no
/// open listing has, whether it belonged to one of them.
///
/// Exports mostly list their products in key order. A key above every released key (in `String` order, which agrees
/// with `String` equality) cannot be one of them, and is answered without a look-up; released keys wait in a list
/// and go into the hash table only when a key at or below the largest is asked about. A sorted export of a million
/// listings is then read without a million scattered memory accesses; any other costs what the table alone would.
struct ReleasedKeys {
    private var table = KeyHashSet()
    /// Hashes of released keys not yet in `table`.
    private var pending: [Int] = []
    /// The largest key released so far.
    private var largest: String?

    mutating func insert(_ key: String) {
        pending.append(key.hashValue)
        if largest.map({ key > $0 }) ?? true { largest = key }
    }

    /// Whether `key` was released (or shares its hash with a released key).
    mutating func contains(_ key: String) -> Bool {
        guard let largest, key <= largest else { return false }
        for hash in pending { table.insert(hash) }
        pending.removeAll(keepingCapacity: true)
        return table.contains(key.hashValue)
    }
}
