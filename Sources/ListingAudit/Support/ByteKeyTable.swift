import Foundation

/// A hash set of byte strings that numbers its keys densely in insertion order and keeps a 32-bit value with each:
/// the lookup tables of refund matching and of the reason classification cache, probed with the bytes of a CSV
/// cell so that no `String` is built or hashed per row, and the byte side of `ByteKeyedTable`.
///
/// Keys lie back to back in one byte array. Open addressing with linear probing over a power-of-two slot array;
/// a slot holds the key's 32-bit hash beside its index, so a probe reads the key's bytes only when the hashes
/// agree, and growing rehashes without reading keys. An entry keeps its key's end, its hash and its value
/// together: a hit costs a slot, an entry and the key's bytes.
struct ByteKeyTable: Sendable {
    private struct Entry {
        var end: Int
        var hash: UInt32
        var value: Int32
    }

    /// The keys' bytes back to back, then room: only the first `keyByteCount` are keys (the room is not zeroed, and
    /// no byte past them is read).
    private var keyBytes: [UInt8] = []
    private var keyByteCount = 0
    private var entries: [Entry] = []
    /// 0 for an empty slot, else `hash << 32 | (index + 1)`.
    private var slots: [UInt64]
    /// `seeds`, read once for the table rather than through the static's lazy initialiser at every hash.
    private let hashSeeds = ByteKeyTable.seeds

    /// An empty table with room for `capacity` keys before it grows.
    init(capacity: Int = 8) {
        var size = 16
        while size * 7 < max(capacity, 1) * 10 { size <<= 1 }
        slots = Array(repeating: 0, count: size)
    }

    /// The number of keys.
    var count: Int { entries.count }

    /// The hash to probe with for `key`: eight bytes at a time, each word mixed in by a folded multiply (the high
    /// and low halves of the 128-bit product xored) with a multiplier and a start drawn per process from `Hasher`'s
    /// seed, so colliding keys cannot be written down in advance. SipHash (`Hasher`) cost some 300 instructions for
    /// a listing id and more for a refund reason, on every refund row; this costs a tenth of that.
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt32 { hash(key, seeds: seeds) }

    /// `hash(_:)` with the seeds `seeds`.
    @inline(__always)
    private static func hash(_ key: UnsafeBufferPointer<UInt8>, seeds: Seeds) -> UInt32 {
        let state = mixed(key, into: seeds.start ^ UInt64(key.count), seeds.multiplier)
        return finished(state, seeds.multiplier)
    }

    /// The hash a pair of texts is probed with (`insert(pairOf:_:)`): both texts' words mixed in turn as `hash`
    /// mixes a key's, after both lengths. It is not the `hash` of the joined key, so a table of pairs is probed
    /// only with pairs (or with the hashes its pairs were stored with).
    static func hash(pairOf first: UnsafeBufferPointer<UInt8>, _ second: UnsafeBufferPointer<UInt8>) -> UInt32 {
        hash(pairOf: first, second, seeds: seeds)
    }

    @inline(__always)
    private static func hash(
        pairOf first: UnsafeBufferPointer<UInt8>, _ second: UnsafeBufferPointer<UInt8>, seeds: Seeds
    ) -> UInt32 {
        let lengths = UInt64(truncatingIfNeeded: first.count) | UInt64(truncatingIfNeeded: second.count) << 32
        let state = mixed(second, into: mixed(first, into: seeds.start ^ lengths, seeds.multiplier), seeds.multiplier)
        return finished(state, seeds.multiplier)
    }

    /// `state` with the bytes of `key` mixed in, eight at a time.
    @inline(__always)
    private static func mixed(_ key: UnsafeBufferPointer<UInt8>, into state: UInt64, _ multiplier: UInt64) -> UInt64 {
        var state = state
        if let base = key.baseAddress {
            let bytes = UnsafeRawPointer(base)
            let count = key.count
            var index = 0
            while index + 8 <= count {
                state = folded(state ^ bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self), multiplier)
                index += 8
            }
            // The bytes after the last whole word, in one word (the length is in `state`, so loads may overlap
            // bytes read before): the last eight bytes, or the first and last four, or the first, middle and last.
            if index < count {
                let tail: UInt64
                if count >= 8 {
                    tail = bytes.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
                } else if count >= 4 {
                    tail = UInt64(bytes.loadUnaligned(as: UInt32.self))
                        | UInt64(bytes.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)) << 32
                } else {
                    tail = UInt64(base[0]) | UInt64(base[count / 2]) << 8 | UInt64(base[count - 1]) << 16
                }
                state = folded(state ^ tail, multiplier)
            }
        }
        return state
    }

    /// The 32-bit hash of a mixed `state`.
    @inline(__always)
    private static func finished(_ state: UInt64, _ multiplier: UInt64) -> UInt32 {
        let value = folded(state, multiplier ^ 0x9E37_79B9_7F4A_7C15)
        return UInt32(truncatingIfNeeded: value ^ (value >> 32))
    }

    private typealias Seeds = (start: UInt64, multiplier: UInt64)

    /// The start and the (odd) multiplier of `hash`, random per process.
    private static let seeds: Seeds = {
        var first = Hasher()
        first.combine(0)
        var second = Hasher()
        second.combine(1)
        return (UInt64(bitPattern: Int64(first.finalize())), UInt64(bitPattern: Int64(second.finalize())) | 1)
    }()

    @inline(__always)
    private static func folded(_ value: UInt64, _ multiplier: UInt64) -> UInt64 {
        let (high, low) = value.multipliedFullWidth(by: multiplier)
        return high ^ low
    }

    /// The hash key `index` was stored with.
    func hash(at index: Int) -> UInt32 { entries[index].hash }

    /// The value stored with key `index`.
    func value(at index: Int) -> Int32 { entries[index].value }

    /// Replaces the value stored with key `index`.
    mutating func setValue(_ value: Int32, at index: Int) { entries[index].value = value }

    /// The index of `key`, whose hash is `hash`, or `nil`.
    func index(of key: UnsafeBufferPointer<UInt8>, hash: UInt32) -> Int? {
        let mask = slots.count - 1
        let tag = UInt64(hash) << 32
        var slot = Int(hash) & mask
        while true {
            let content = slots[slot]
            if content == 0 { return nil }
            if content & 0xFFFF_FFFF_0000_0000 == tag {
                let index = Int(truncatingIfNeeded: content & 0xFFFF_FFFF) - 1
                if equals(index, key) { return index }
            }
            slot = (slot + 1) & mask
        }
    }

    /// The index of `key`.
    func index(of key: UnsafeBufferPointer<UInt8>) -> Int? { index(of: key, hash: Self.hash(key, seeds: hashSeeds)) }

    /// The values stored with `keys` (`nil` for absent keys), as `index(of:)` finds them: key by key in a table of
    /// at most `stagedSlots` slots, which the caches hold (a shop of thousands of listings), where no read waits on
    /// memory and the stages of `stagedValues(of:)` cost about twice the instructions of looking each key up whole;
    /// stage by stage in a larger one.
    func values(of keys: [UnsafeBufferPointer<UInt8>]) -> [Int32?] {
        guard slots.count > Self.stagedSlots else { return keys.map { key in index(of: key).map { value(at: $0) } } }
        return stagedValues(of: keys)
    }

    /// The most slots a table looked up key by key has (`values(of:)`): 256 KiB of slots, with the entries and key
    /// bytes of some 23,000 keys.
    static let stagedSlots = 1 << 15

    /// `values(of:)` stage by stage over the whole batch — every key's slots, then every candidate's entry, then its
    /// bytes — so that the cache misses of different keys overlap instead of queueing. For tables far larger than
    /// the caches (a million listing ids), where each lookup is a few misses to memory. The first stage probes on
    /// past slots of other hashes (the next slots mostly share the first one's cache line): only a key whose 32-bit
    /// hash another key has is looked up again whole.
    func stagedValues(of keys: [UnsafeBufferPointer<UInt8>]) -> [Int32?] {
        let hashes = keys.map { Self.hash($0, seeds: hashSeeds) }
        let mask = slots.count - 1
        // A key's candidate: the index in the first slot of its probe with its hash; -1 to look it up whole; -2 absent.
        var candidates = [Int](repeating: -2, count: keys.count)
        for (key, hash) in hashes.enumerated() {
            let tag = UInt64(hash) << 32
            var slot = Int(hash) & mask
            while slots[slot] != 0 {
                if slots[slot] & 0xFFFF_FFFF_0000_0000 == tag {
                    candidates[key] = Int(truncatingIfNeeded: slots[slot] & 0xFFFF_FFFF) - 1
                    break
                }
                slot = (slot + 1) & mask
            }
        }
        var starts = [Int](repeating: 0, count: keys.count)
        for key in keys.indices where candidates[key] >= 0 {
            let index = candidates[key]
            starts[key] = index == 0 ? 0 : entries[index - 1].end
            if entries[index].end - starts[key] != keys[key].count { candidates[key] = -1 }
        }
        keyBytes.withUnsafeBufferPointer { stored in
            for key in keys.indices where candidates[key] >= 0 && keys[key].count > 0 {
                if memcmp(stored.baseAddress! + starts[key], keys[key].baseAddress!, keys[key].count) != 0 {
                    candidates[key] = -1
                }
            }
        }
        return keys.indices.map { key in
            switch candidates[key] {
            case -2: nil
            case -1: index(of: keys[key], hash: hashes[key]).map { entries[$0].value }
            default: entries[candidates[key]].value
            }
        }
    }

    /// Adds `key` (hash `hash`) with `value` unless present; returns its index and whether it was added.
    @discardableResult
    mutating func insert(
        _ key: UnsafeBufferPointer<UInt8>, hash: UInt32, value: Int32 = 0
    ) -> (index: Int, inserted: Bool) {
        insert(key, hash: hash, value: value, first: 0)
    }

    /// Adds the keys of `bytes`, each ending at its entry of `ends` where the next begins (the first at 0), with the
    /// values `values`, in order, as `insert(_:value:)` adds them one by one; returns each key's index. Stage by
    /// stage over the batch, as `values(of:)`: room is made for every key first, then every key is hashed and its
    /// first slot read before any is added, so that in a table far larger than the caches (a million listing ids)
    /// the cache misses of different keys overlap instead of queueing.
    mutating func insert(keys bytes: [UInt8], ends: [Int], values: [Int32]) -> [Int] {
        precondition(ends.count == values.count, "one value for each key")
        // No slot moves while the batch is added (no `grow`), so a first slot read full below still holds what it
        // held when its key is added: slots only fill.
        while (entries.count + ends.count) * 10 > slots.count * 7 { grow() }
        return bytes.withUnsafeBufferPointer { bytes in
            var keys: [UnsafeBufferPointer<UInt8>] = []
            keys.reserveCapacity(ends.count)
            var start = 0
            for end in ends {
                keys.append(UnsafeBufferPointer(rebasing: bytes[start..<end]))
                start = end
            }
            let hashes = keys.map { Self.hash($0, seeds: hashSeeds) }
            let mask = slots.count - 1
            let firsts = hashes.map { slots[Int($0) & mask] }
            return keys.indices.map { insert(keys[$0], hash: hashes[$0], value: values[$0], first: firsts[$0]).index }
        }
    }

    /// `insert(_:hash:value:)`, given what the key's first slot held when read before (0: read it now).
    private mutating func insert(
        _ key: UnsafeBufferPointer<UInt8>, hash: UInt32, value: Int32, first: UInt64
    ) -> (index: Int, inserted: Bool) {
        insert(hash: hash, value: value, first: first, length: key.count) { stored in
            stored.count == key.count && (key.isEmpty || memcmp(stored.baseAddress!, key.baseAddress!, key.count) == 0)
        } write: { room in
            if let source = key.baseAddress { room.initialize(from: source, count: key.count) }
        }
    }

    /// Adds `key` with `value` unless present; returns its index and whether it was added.
    @discardableResult
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, value: Int32 = 0) -> (index: Int, inserted: Bool) {
        insert(key, hash: Self.hash(key, seeds: hashSeeds), value: value)
    }

    /// Adds the key `first`, 0xFF, `second` (two texts, kept apart by a byte UTF-8 never holds) with `value` unless
    /// present, hashed by `hash(pairOf:_:)`; returns its index and whether it was added. The pair is hashed and
    /// compared part by part and copied once, when it is new: it is not joined to be looked up.
    mutating func insert(
        pairOf first: UnsafeBufferPointer<UInt8>, _ second: UnsafeBufferPointer<UInt8>, value: Int32 = 0
    ) -> (index: Int, inserted: Bool) {
        let hash = Self.hash(pairOf: first, second, seeds: hashSeeds)
        let secondStart = first.count + 1
        return insert(hash: hash, value: value, first: 0, length: secondStart + second.count) { stored in
            guard stored.count == secondStart + second.count, stored[first.count] == 0xFF else { return false }
            let base = stored.baseAddress!
            return (first.isEmpty || memcmp(base, first.baseAddress!, first.count) == 0)
                && (second.isEmpty || memcmp(base + secondStart, second.baseAddress!, second.count) == 0)
        } write: { room in
            if let source = first.baseAddress { room.initialize(from: source, count: first.count) }
            room[first.count] = 0xFF
            if let source = second.baseAddress { (room + secondStart).initialize(from: source, count: second.count) }
        }
    }

    /// The index of the key stored with `hash` for whose bytes `matches` holds, probing from `first` (what its first
    /// slot held when read before; 0: read it now); else a new key of `length` bytes, written by `write` into room
    /// made for it, stored with `hash` and `value`.
    @inline(__always)
    private mutating func insert(
        hash: UInt32, value: Int32, first: UInt64, length: Int, matches: (UnsafeBufferPointer<UInt8>) -> Bool,
        write: (UnsafeMutablePointer<UInt8>) -> Void
    ) -> (index: Int, inserted: Bool) {
        let mask = slots.count - 1
        let tag = UInt64(hash) << 32
        var slot = Int(hash) & mask
        var content = first != 0 ? first : slots[slot]
        while content != 0 {
            if content & 0xFFFF_FFFF_0000_0000 == tag {
                let index = Int(truncatingIfNeeded: content & 0xFFFF_FFFF) - 1
                if withKey(at: index, matches) { return (index, false) }
            }
            slot = (slot + 1) & mask
            content = slots[slot]
        }
        let index = entries.count
        let start = reserveKeyBytes(length)
        keyBytes.withUnsafeMutableBufferPointer { write($0.baseAddress! + start) }
        entries.append(Entry(end: keyByteCount, hash: hash, value: value))
        slots[slot] = tag | UInt64(index + 1)
        if entries.count * 10 > slots.count * 7 { grow() }
        return (index, true)
    }

    /// Takes room for `count` more key bytes after the keys (growing it by doubling, its new room not zeroed); returns
    /// where it starts. A copy into it is one `initialize`, where `append(contentsOf:)` of a buffer copied byte by
    /// byte (~160 instructions a refund reason).
    private mutating func reserveKeyBytes(_ count: Int) -> Int {
        if keyBytes.count - keyByteCount < count {
            let (written, capacity) = (keyByteCount, max(keyByteCount + count, 2 * keyBytes.count, 64))
            keyBytes = keyBytes.withUnsafeBufferPointer { old in
                [UInt8](unsafeUninitializedCapacity: capacity) { new, initialized in
                    if written > 0 { new.baseAddress!.initialize(from: old.baseAddress!, count: written) }
                    initialized = capacity
                }
            }
        }
        defer { keyByteCount += count }
        return keyByteCount
    }

    /// Empties the table, keeping its storage.
    mutating func removeAll() {
        keyByteCount = 0
        entries.removeAll(keepingCapacity: true)
        for slot in slots.indices { slots[slot] = 0 }
    }

    /// Calls `body` with the bytes of key `index`.
    func withKey<Result>(at index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        let range = (index == 0 ? 0 : entries[index - 1].end)..<entries[index].end
        return try keyBytes.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    @inline(__always)
    private func equals(_ index: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = index == 0 ? 0 : entries[index - 1].end
        guard entries[index].end - start == key.count else { return false }
        guard key.count > 0, let base = key.baseAddress else { return true }
        return keyBytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + start, base, key.count) == 0 }
    }

    private mutating func grow() {
        var grown = [UInt64](repeating: 0, count: slots.count * 2)
        let mask = grown.count - 1
        for content in slots where content != 0 {
            var slot = Int(truncatingIfNeeded: content >> 32) & mask
            while grown[slot] != 0 { slot = (slot + 1) & mask }
            grown[slot] = content
        }
        slots = grown
    }
}
