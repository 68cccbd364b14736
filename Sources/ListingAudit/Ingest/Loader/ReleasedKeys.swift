/// The keys of the listings a collector has released (`adjacentRows`), asked, for each key a record names that no
/// open listing has, whether it belonged to one of them.
///
/// Exports mostly list their products in key order. A key above every released key (in `String` order, which agrees
/// with `String` equality) cannot be one of them, and is answered without a look-up; released keys wait in a list
/// and go into the hash table only when a key at or below the largest is asked about. A sorted export of a million
/// listings is then read without a million scattered memory accesses; any other costs what the table alone would.
///
/// Pending hashes beyond `pendingLimit` go to a spool (memory, then a temporary file), so reading a sorted export of
/// ten million listings holds a few megabytes of them, not eighty. The first `scanLimit` look-ups that find hashes
/// spooled read the spool through instead of loading it into the table: an export sorted but for a few keys (a
/// generator's `LST10000000` after `LST9999999`) never builds a table of every key; one out of order throughout
/// builds it at the `scanLimit`-th such look-up.
struct ReleasedKeys {
    private var table = KeyHashSet()
    /// Hashes of released keys not yet in `table` (the latest; earlier ones in `overflow`).
    private var pending: [Int] = []
    /// Earlier pending hashes, in frames of `pendingLimit`.
    private var overflow: ByteSpool?
    private let pendingLimit: Int
    /// How many look-ups may read the spool through before it is loaded into the table.
    private let scanLimit: Int
    /// Look-ups that read the spool through so far.
    private var scans = 0
    /// The largest key released so far.
    private var largest: String?

    init(pendingLimit: Int = 1 << 18, scanLimit: Int = 16) {
        self.pendingLimit = max(1, pendingLimit)
        self.scanLimit = scanLimit
    }

    /// How many hashes the table holds (spooled and pending hashes not counted).
    var tableCount: Int { table.count }

    mutating func insert(_ key: String) {
        pending.append(Self.hash(of: key))
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
        if let overflow, scans < scanLimit {
            scans += 1
            let hash = Self.hash(of: key)
            return table.contains(hash) || pending.contains(hash) || spooled(overflow, contains: hash)
        }
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
        return table.contains(Self.hash(of: key))
    }

    /// Whether `hash` is among the hashes in `spool`, read through once.
    private func spooled(_ spool: ByteSpool, contains hash: Int) -> Bool {
        var found = false
        spool.forEachFrame { reader in
            guard !found else { return }
            reader.remainder.withUnsafeBytes { bytes in
                for offset in stride(from: 0, to: bytes.count, by: MemoryLayout<Int>.stride)
                where bytes.loadUnaligned(fromByteOffset: offset, as: Int.self) == hash {
                    found = true
                    return
                }
            }
        }
        return found
    }
}
