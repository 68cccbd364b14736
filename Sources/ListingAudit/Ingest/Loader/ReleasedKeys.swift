/// The keys of the listings a collector has released (`adjacentRows`), asked, for each key a record names that no
/// open listing has, whether it belonged to one of them.
///
/// Exports mostly list their products in key order. A key above every released key (in `String` order, which agrees
/// with `String` equality) cannot be one of them, and is answered without a look-up; released keys wait in a list
/// and go into the hash table only when a key at or below the largest is asked about. A sorted export of a million
/// listings is then read without a million scattered memory accesses; any other costs what the table alone would.
///
/// Pending hashes beyond `pendingLimit` go to a spool (memory, then a temporary file), so reading a sorted export of
/// ten million listings holds a few megabytes of them, not eighty.
struct ReleasedKeys {
    private var table = KeyHashSet()
    /// Hashes of released keys not yet in `table` (the latest; earlier ones in `overflow`).
    private var pending: [Int] = []
    /// Earlier pending hashes, in frames of `pendingLimit`.
    private var overflow: ByteSpool?
    private let pendingLimit: Int
    /// The largest key released so far.
    private var largest: String?

    init(pendingLimit: Int = 1 << 18) {
        self.pendingLimit = max(1, pendingLimit)
    }

    mutating func insert(_ key: String) {
        pending.append(key.hashValue)
        if largest.map({ key > $0 }) ?? true { largest = key }
        if pending.count >= pendingLimit {
            if overflow == nil { overflow = ByteSpool(memoryLimit: 4 << 20) }
            overflow?.append(frame: pending.withUnsafeBytes { Array($0) })
            pending.removeAll(keepingCapacity: true)
        }
    }

    /// Whether `key` was released (or shares its hash with a released key).
    mutating func contains(_ key: String) -> Bool {
        guard let largest, key <= largest else { return false }
        if let overflow {
            overflow.forEachFrame { reader in
                reader.remainder.withUnsafeBytes { bytes in
                    for offset in stride(from: 0, to: bytes.count, by: MemoryLayout<Int>.stride) {
                        table.insert(bytes.loadUnaligned(fromByteOffset: offset, as: Int.self))
                    }
                }
            }
            self.overflow = nil
        }
        for hash in pending { table.insert(hash) }
        pending.removeAll(keepingCapacity: true)
        return table.contains(key.hashValue)
    }
}
