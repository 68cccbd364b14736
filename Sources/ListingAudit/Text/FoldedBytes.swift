/// The folded bytes of one text (`FoldedText.bytes`), read with offsets from 0, or a part of them (its own
/// `SubSequence`, with the offsets of the whole, as an `ArraySlice` keeps its array's indices). A listing's title
/// and description are folded into one storage (`FoldedText.pair`): one allocation for both, with their length
/// changes after their bytes; any other text has a storage of its own.
///
/// `@unchecked Sendable`: what it reads, its storage's bytes, is never written once the storage is made
/// (`FoldedStorage`, which `ManagedBuffer` keeps from being `Sendable` itself).
public struct FoldedBytes: RandomAccessCollection, @unchecked Sendable {
    /// The memory `base` points into, held so that it lives as long as this value.
    private let owner: FoldedStorage
    /// The text's first byte (offset 0) in `owner`'s memory.
    private let base: UnsafePointer<UInt8>
    private let start: Int32
    private let end: Int32

    /// The bytes of `storage` from `start` on, `count` of them.
    init(_ storage: FoldedStorage, start: Int, count: Int) {
        precondition(start >= 0 && count >= 0 && start + count <= storage.count, "folded bytes outside their storage")
        precondition(count <= Int(Int32.max), "a text longer than its offsets reach")
        owner = storage
        base = storage.base + start
        self.start = 0
        end = Int32(count)
    }

    private init(owner: FoldedStorage, base: UnsafePointer<UInt8>, bounds: Range<Int>) {
        self.owner = owner
        self.base = base
        start = Int32(truncatingIfNeeded: bounds.lowerBound)
        end = Int32(truncatingIfNeeded: bounds.upperBound)
    }

    public var startIndex: Int { Int(start) }
    public var endIndex: Int { Int(end) }
    public var count: Int { Int(end &- start) }
    public var isEmpty: Bool { start == end }

    /// The byte at offset `index`.
    @inline(__always)
    public subscript(index: Int) -> UInt8 {
        precondition(index >= Int(start) && index < Int(end), "a folded byte offset out of range")
        return base[index]
    }

    /// The bytes of `bounds`, at the same offsets.
    public subscript(bounds: Range<Int>) -> FoldedBytes {
        precondition(bounds.lowerBound >= Int(start) && bounds.upperBound <= Int(end), "folded bytes out of range")
        return FoldedBytes(owner: owner, base: base, bounds: bounds)
    }

    /// Calls `body` with the bytes, the first at 0 (as `ArraySlice.withUnsafeBufferPointer` does).
    @inline(__always)
    public func withUnsafeBufferPointer<Result>(
        _ body: (UnsafeBufferPointer<UInt8>) throws -> Result
    ) rethrows -> Result {
        try withExtendedLifetime(owner) { try body(UnsafeBufferPointer(start: base + Int(start), count: count)) }
    }

    public func withContiguousStorageIfAvailable<Result>(
        _ body: (UnsafeBufferPointer<UInt8>) throws -> Result
    ) rethrows -> Result? {
        try withUnsafeBufferPointer(body)
    }

    /// Calls `body` with every byte of the storage: these bytes and what else it holds (another text's bytes, and
    /// after the texts' bytes their length changes, which `FoldedText` reads).
    func withStorage<Result>(_ body: (UnsafeRawBufferPointer) -> Result) -> Result {
        owner.withBytes { body(UnsafeRawBufferPointer($0)) }
    }

    /// The bytes as an array of their own.
    public var array: [UInt8] { withUnsafeBufferPointer { Array($0) } }
}

extension FoldedBytes: Equatable {
    /// Equal bytes, wherever they are held.
    public static func == (left: FoldedBytes, right: FoldedBytes) -> Bool {
        left.count == right.count
            && left.withUnsafeBufferPointer { left in right.withUnsafeBufferPointer { left.elementsEqual($0) } }
    }
}

/// The memory of folded texts (`FoldedBytes`): bytes allocated with the object (one allocation, as an array's), its
/// header their count, written as it is made and never changed, moved or freed before the object is.
///
/// Why a `FoldedBytes` may keep `base` past the access that gave it: the bytes are the object's tail-allocated
/// memory, which lives exactly as long as the object, and every `FoldedBytes` holds the object it reads (and reads
/// within `withExtendedLifetime` of it). Nothing writes to the bytes once `make` returns.
final class FoldedStorage: ManagedBuffer<Int, UInt8> {
    /// How many bytes.
    var count: Int { header }

    /// The first byte's address, valid while the storage lives (see the type's comment).
    var base: UnsafePointer<UInt8> { withUnsafeMutablePointerToElements { UnsafePointer($0) } }

    /// A storage with room for `capacity` bytes, of the first ones `write` writes before any is read (it returns
    /// how many, at most `capacity`).
    static func make(capacity: Int, _ write: (UnsafeMutableBufferPointer<UInt8>) -> Int) -> FoldedStorage {
        let storage = unsafeDowncast(create(minimumCapacity: capacity) { _ in 0 }, to: FoldedStorage.self)
        storage.withUnsafeMutablePointers { count, bytes in
            count.pointee = write(UnsafeMutableBufferPointer(start: bytes, count: capacity))
            precondition(count.pointee >= 0 && count.pointee <= capacity, "more bytes written than room")
        }
        return storage
    }

    /// A storage of a copy of `bytes`.
    static func copy(_ bytes: UnsafeBufferPointer<UInt8>) -> FoldedStorage {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return empty }
        return make(capacity: bytes.count) { room in
            room.baseAddress!.initialize(from: source, count: bytes.count)
            return bytes.count
        }
    }

    /// The storage of no bytes, shared: `nonisolated(unsafe)` as it has nothing to write.
    nonisolated(unsafe) static let empty = make(capacity: 0) { _ in 0 }

    /// Calls `body` with the bytes.
    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        withUnsafeMutablePointers { count, bytes in body(UnsafeBufferPointer(start: bytes, count: count.pointee)) }
    }
}
