/// Values that stay where they were appended, unchanged, until the store is freed, read by number without a copy
/// of the store: the reason cache's answers, which chunks read while other chunks add new ones. (An array held by a
/// reader is copied whole by the next append: with many distinct answers, that made every chunk's new answers cost
/// a copy of all the answers before them.)
///
/// Append-only pages, each twice the size of the one before (the first holds `firstPageCount` values), whose
/// addresses lie in a directory made once with a place for every page a number can reach: neither a page nor the
/// directory is ever moved, so reading value `n` while another is appended touches no memory the append writes.
/// Not thread-safe for appends: its owner appends under a lock, and a number reaches other threads (which may then
/// read its value without the lock) only through that lock, after its value is written.
final class PinnedValues<Value>: @unchecked Sendable {
    /// The first page's place in the directory holds `firstPageCount` values, page `k` that times `2^k`.
    static var firstPageCount: Int { 1 << firstPageShift }
    private static var firstPageShift: Int { 10 }
    /// Places for every page a count of values can reach.
    private static var pageLimit: Int { Int.bitWidth - firstPageShift }

    private let pages: UnsafeMutablePointer<UnsafeMutablePointer<Value>?>
    /// The number of values appended.
    private(set) var count = 0

    init() {
        pages = .allocate(capacity: Self.pageLimit)
        pages.initialize(repeating: nil, count: Self.pageLimit)
    }

    /// Appends `value`; returns its number.
    func append(_ value: Value) -> Int {
        let number = count
        let (page, offset) = Self.place(of: number)
        if offset == 0 { pages[page] = .allocate(capacity: Self.firstPageCount << page) }
        (pages[page]! + offset).initialize(to: value)
        count += 1
        return number
    }

    /// Where value `number` (a number `append` gave) lies: valid, and unchanged, while the store lives. Reading a
    /// stored property through it copies only that property. `count` is not read (another thread may be appending),
    /// only the page's place, written before any number in the page was given.
    @inline(__always)
    func address(of number: Int) -> UnsafePointer<Value> {
        precondition(number >= 0, "a number the store gave")
        let (page, offset) = Self.place(of: number)
        return UnsafePointer(pages[page]! + offset)
    }

    /// The page value `number` lies in and its place in that page: the number plus the first page's count has its
    /// highest bit at the page's place past the first page's shift.
    @inline(__always)
    private static func place(of number: Int) -> (page: Int, offset: Int) {
        let shifted = UInt(number) &+ UInt(firstPageCount)
        let highest = UInt.bitWidth &- 1 &- shifted.leadingZeroBitCount
        return (highest &- firstPageShift, Int(shifted &- (1 << UInt(highest))))
    }

    deinit {
        for page in 0..<Self.pageLimit {
            guard let start = pages[page] else { break }
            let pageCount = Self.firstPageCount << page
            let written = min(pageCount, count - (pageCount - Self.firstPageCount))
            start.deinitialize(count: written)
            start.deallocate()
        }
        pages.deallocate()
    }
}
