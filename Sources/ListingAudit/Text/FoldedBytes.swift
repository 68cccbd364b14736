/// The folded bytes of one text (`FoldedText.bytes`), read with offsets from 0: `count` bytes of a storage array,
/// from `start` on. A listing's title and description are folded into one storage (`FoldedText.pair`), one
/// allocation for both; any other text has a storage of its own, from 0.
///
/// The storage is an array the value holds, so the bytes live as long as any copy of it; nothing writes to them.
public struct FoldedBytes: RandomAccessCollection, Sendable {
    /// The array holding these bytes, perhaps with another text's.
    private let storage: [UInt8]
    /// Where these bytes start in `storage`.
    private let start: Int
    /// How many bytes.
    public let count: Int

    /// `count` bytes of `storage` from `start` on (within it).
    init(_ storage: [UInt8], start: Int, count: Int) {
        precondition(start >= 0 && count >= 0 && start + count <= storage.count, "folded bytes outside their storage")
        self.storage = storage
        self.start = start
        self.count = count
    }

    /// All of `bytes`.
    init(_ bytes: [UInt8]) {
        self.init(bytes, start: 0, count: bytes.count)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }
    public var isEmpty: Bool { count == 0 }

    /// The byte at offset `index` (from 0 to `count`, exclusive).
    @inline(__always)
    public subscript(index: Int) -> UInt8 {
        precondition(UInt(bitPattern: index) < UInt(bitPattern: count), "a folded byte offset out of range")
        return storage[start &+ index]
    }

    /// Calls `body` with the bytes, offset 0 the first.
    @inline(__always)
    public func withUnsafeBufferPointer<Result>(
        _ body: (UnsafeBufferPointer<UInt8>) throws -> Result
    ) rethrows -> Result {
        try storage.withUnsafeBufferPointer { all in
            try body(UnsafeBufferPointer(rebasing: all[start..<(start + count)]))
        }
    }

    public func withContiguousStorageIfAvailable<Result>(
        _ body: (UnsafeBufferPointer<UInt8>) throws -> Result
    ) rethrows -> Result? {
        try withUnsafeBufferPointer(body)
    }

    /// The bytes as an array of their own (the storage itself when it holds only them).
    public var array: [UInt8] {
        start == 0 && count == storage.count ? storage : Array(storage[start..<(start + count)])
    }
}

extension FoldedBytes: Equatable {
    /// Equal bytes, wherever they are held.
    public static func == (left: FoldedBytes, right: FoldedBytes) -> Bool {
        left.count == right.count
            && left.withUnsafeBufferPointer { left in right.withUnsafeBufferPointer { left.elementsEqual($0) } }
    }
}
