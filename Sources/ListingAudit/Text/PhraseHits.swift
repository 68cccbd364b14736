/// One occurrence of a list entry in a folded text.
public struct PhraseHit: Sendable, Equatable {
    /// The list's index in its `PhraseBook`.
    public let list: UInt16
    /// The entry's value.
    public let value: Int32
    /// Byte offsets in the folded text.
    public let start: Int32
    public let end: Int32

    /// The byte range in the folded text.
    public var range: Range<Int> { Int(start)..<Int(end) }
    /// The byte length: the longer, the more specific.
    public var length: Int { Int(end - start) }
}

/// The hits of every list of a `PhraseBook` in one text, chosen by each list's selection: one array ordered by list,
/// then position (longer first at one position), so a list's hits are found by a binary search.
public struct PhraseHits: Sendable {
    private let hits: [PhraseHit]
    /// Bit `list` set for each list below `maskedLists` with a hit: most look-ups are of a list with none, answered
    /// by the bit with no search.
    private let listed: UInt64

    /// The lists whose hits `listed` tells (a book of more lists searches for the others).
    private static var maskedLists: Int { 64 }

    /// No hits (no allocation).
    static let none = PhraseHits(sorted: [], listed: 0)

    private init(sorted: [PhraseHit], listed: UInt64) {
        hits = sorted
        self.listed = listed
    }

    /// Orders `hits` and applies each list's selection, in place; the kept hits are copied into an array of their
    /// own size.
    init(selecting hits: UnsafeMutableBufferPointer<PhraseHit>, selections: [PhraseBook.Selection]) {
        var hits = hits
        Self.order(&hits)
        let (kept, listed) = Self.select(hits, selections)
        self.hits = Array(UnsafeBufferPointer(rebasing: hits[..<kept]))
        self.listed = listed
    }

    /// Moves the hits each list's selection keeps to the front of `hits` (ordered by `precedes`), in order; returns
    /// how many, and the bits of the lists below `maskedLists` that have one (`listed`). On the buffer, not the
    /// array: no uniqueness or bounds check a hit.
    private static func select(_ hits: UnsafeMutableBufferPointer<PhraseHit>, _ selections: [PhraseBook.Selection])
        -> (kept: Int, listed: UInt64)
    {
        var kept = 0
        var listed: UInt64 = 0
        var after: Int32 = -1
        var list: UInt16 = .max
        var covers = false
        for index in hits.indices {
            let hit = hits[index]
            if hit.list != list {
                list = hit.list
                after = -1
                covers = selections[Int(list)] == .longestCover
                // Every selection keeps a list's first hit.
                if Int(list) < maskedLists { listed |= 1 << UInt64(list) }
            }
            if covers {
                guard hit.start >= after else { continue }
                after = hit.end
            }
            hits[kept] = hit
            kept += 1
        }
        return (kept, listed)
    }

    /// The most hits ordered by insertion; more go to the library's sort, so a text with a great many hits costs
    /// n log n, not n².
    private static var insertionLimit: Int { 64 }

    /// Orders `hits` by `precedes`. Most texts have a few dozen hits or fewer: each is moved back past the earlier
    /// ones it precedes, with no closure call per comparison (the library's sort of an array, specialised, costs as
    /// much; of a buffer, by a function, calls it per comparison: 2.4 times as much).
    private static func order(_ hits: inout UnsafeMutableBufferPointer<PhraseHit>) {
        guard hits.count > 1 else { return }
        guard hits.count <= insertionLimit else {
            hits.sort(by: precedes)
            return
        }
        for index in 1..<hits.count {
            let hit = hits[index]
            var slot = index
            while slot > 0, precedes(hit, hits[slot - 1]) {
                hits[slot] = hits[slot - 1]
                slot -= 1
            }
            hits[slot] = hit
        }
    }

    /// Whether `a` comes before `b`: by list, then start, then the longer first (no two hits of one list share a
    /// range, so the order is total).
    @inline(__always)
    private static func precedes(_ a: PhraseHit, _ b: PhraseHit) -> Bool {
        if a.list != b.list { return a.list < b.list }
        if a.start != b.start { return a.start < b.start }
        return a.end > b.end
    }

    /// The hits of list `list`, in text order (longer first at one position).
    public subscript(list: Int) -> ArraySlice<PhraseHit> {
        guard mayHave(list) else { return hits[0..<0] }
        let first = firstIndex(ofListAtLeast: list)
        guard first < hits.count, Int(hits[first].list) == list else { return hits[0..<0] }
        return hits[first..<firstIndex(ofListAtLeast: list + 1, from: first)]
    }

    /// The hits of the lists `lists` (lists next to each other in the book), ordered by list, then position: one
    /// look-up for a reader of several lists.
    public subscript(lists: Range<Int>) -> ArraySlice<PhraseHit> {
        if lists.upperBound <= Self.maskedLists, lists.count < Self.maskedLists,
            listed & ((1 << UInt64(lists.count) - 1) << UInt64(lists.lowerBound)) == 0
        {
            return hits[0..<0]
        }
        let first = firstIndex(ofListAtLeast: lists.lowerBound)
        return hits[first..<firstIndex(ofListAtLeast: lists.upperBound, from: first)]
    }

    /// The index of the first hit whose list is `list` or later (`hits` is ordered by list): a binary search, so a
    /// look-up costs the same however many hits other lists have.
    private func firstIndex(ofListAtLeast list: Int, from start: Int = 0) -> Int {
        var low = start
        var high = hits.count
        while low < high {
            let middle = (low + high) / 2
            if Int(hits[middle].list) < list { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Whether list `list` has a hit.
    public func contains(_ list: Int) -> Bool {
        if list < Self.maskedLists { return listed & 1 << UInt64(list) != 0 }
        let first = firstIndex(ofListAtLeast: list)
        return first < hits.count && Int(hits[first].list) == list
    }

    /// Whether list `list` may have a hit: false only when `listed` tells it has none.
    @inline(__always)
    private func mayHave(_ list: Int) -> Bool {
        list >= Self.maskedLists || listed & 1 << UInt64(list) != 0
    }

    /// Whether no list has a hit.
    public var isEmpty: Bool { hits.isEmpty }
}
