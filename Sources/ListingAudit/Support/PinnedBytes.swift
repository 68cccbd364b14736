/// Bytes that stay where they were written, unchanged, until the store is freed: the written `refunds.csv` cells
/// of the reason cache's answers, which every refund row copies. A row reads its answer's cells through the bounds
/// `append` gave, with no reference to count (an array's bytes, read from another array's element, are retained and
/// released around each use: two calls a refund row).
///
/// Append-only pages: a page is never moved nor freed while the store lives, so bounds into it stay valid as long as
/// the store does; whoever keeps bounds keeps the store. Not thread-safe: its owner appends under a lock, and the
/// bounds reach other threads through that lock.
final class PinnedBytes: @unchecked Sendable {
    private var pages: [UnsafeMutableBufferPointer<UInt8>] = []
    /// Bytes written in the last page.
    private var used = 0

    /// The size of a page; a longer run gets a page of its own.
    static let pageSize = 1 << 16

    init() {}

    /// Copies `bytes` into the store; returns where the copy lies, valid while the store lives.
    func append(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        if pages.last.map({ $0.count - used < bytes.count }) ?? true {
            pages.append(.allocate(capacity: max(Self.pageSize, bytes.count)))
            used = 0
        }
        // The page was made above or by an earlier call, and is freed only by `deinit`.
        let start = pages[pages.count - 1].baseAddress! + used
        if let source = bytes.baseAddress { start.initialize(from: source, count: bytes.count) }
        used += bytes.count
        return UnsafeBufferPointer(start: start, count: bytes.count)
    }

    deinit {
        for page in pages { page.deallocate() }
    }
}
