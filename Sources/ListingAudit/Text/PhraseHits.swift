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

/// The hits of every list of a `PhraseBook` in one text, chosen by each list's selection: ordered by list, then
/// position (longer first at one position), so a list's hits are found by a binary search.
public struct PhraseHits: Sendable {
    /// The hits: an array of the text's own, or one that holds the hits of two texts (`pair`: a listing's title and
    /// description, one allocation for both), of which `start..<end` are this text's.
    private let hits: [PhraseHit]
    private let start: Int32
    private let end: Int32
    /// Bit `list` set for each list below `maskedLists` with a hit: most look-ups are of a list with none, answered
    /// by the bit with no search.
    private let listed: UInt64

    /// The lists whose hits `listed` tells (a book of more lists searches for the others).
    private static var maskedLists: Int { 64 }

    /// No hits (no allocation).
    static let none = PhraseHits(sorted: [], listed: 0)

    /// The hits `sorted[part]` (all of them by default).
    private init(sorted: [PhraseHit], part: Range<Int>? = nil, listed: UInt64) {
        hits = sorted
        let part = part ?? 0..<sorted.count
        (start, end) = (Int32(part.lowerBound), Int32(part.upperBound))
        self.listed = listed
    }

    /// Orders `hits` and applies each list's selection, in place; the kept hits are copied into an array of their
    /// own size.
    init(selecting hits: UnsafeMutableBufferPointer<PhraseHit>, selections: [PhraseBook.Selection]) {
        let (kept, listed) = Self.orderAndSelect(hits, selections)
        self.init(sorted: Array(UnsafeBufferPointer(rebasing: hits[..<kept])), listed: listed)
    }

    /// The hits of two texts, gathered in `first` (the start of `room`) and `second` (elsewhere): each ordered and
    /// selected in place, and the kept hits of both copied into one array when both have some and `room` holds
    /// them all, each text's hits a part of it (one allocation for the two, where each had its own).
    static func pair(
        _ first: UnsafeMutableBufferPointer<PhraseHit>, _ second: UnsafeMutableBufferPointer<PhraseHit>,
        room: UnsafeMutableBufferPointer<PhraseHit>, selections: [PhraseBook.Selection]
    ) -> (PhraseHits, PhraseHits) {
        let (firstKept, firstListed) = orderAndSelect(first, selections)
        let (secondKept, secondListed) = orderAndSelect(second, selections)
        guard firstKept > 0, secondKept > 0, firstKept + secondKept <= room.count else {
            func alone(_ hits: UnsafeMutableBufferPointer<PhraseHit>, _ kept: Int, _ listed: UInt64) -> PhraseHits {
                guard kept > 0 else { return .none }
                return PhraseHits(sorted: Array(UnsafeBufferPointer(rebasing: hits[..<kept])), listed: listed)
            }
            return (alone(first, firstKept, firstListed), alone(second, secondKept, secondListed))
        }
        // The second's kept hits copied in after the first's (`second` is not in `room`).
        let (from, to) = (second.baseAddress!, room.baseAddress! + firstKept)
        for index in 0..<secondKept { to[index] = from[index] }
        let all = Array(UnsafeBufferPointer(rebasing: room[..<(firstKept + secondKept)]))
        return (
            PhraseHits(sorted: all, part: 0..<firstKept, listed: firstListed),
            PhraseHits(sorted: all, part: firstKept..<all.count, listed: secondListed))
    }

    /// Orders `hits` and applies each list's selection, in place: how many are kept (at the front), and which lists
    /// have one (`listed`).
    private static func orderAndSelect(
        _ hits: UnsafeMutableBufferPointer<PhraseHit>, _ selections: [PhraseBook.Selection]
    ) -> (kept: Int, listed: UInt64) {
        var hits = hits
        order(&hits)
        return select(hits, selections)
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
        let first = firstIndex(ofListAtLeast: list, from: Int(start))
        guard first < Int(end), Int(hits[first].list) == list else { return hits[0..<0] }
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
        let first = firstIndex(ofListAtLeast: lists.lowerBound, from: Int(start))
        return hits[first..<firstIndex(ofListAtLeast: lists.upperBound, from: first)]
    }

    /// The index of the first hit whose list is `list` or later (`hits` is ordered by list): a binary search, so a
    /// look-up costs the same however many hits other lists have.
    private func firstIndex(ofListAtLeast list: Int, from start: Int) -> Int {
        var low = start
        var high = Int(end)
        while low < high {
            let middle = (low + high) / 2
            if Int(hits[middle].list) < list { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Whether list `list` has a hit.
    public func contains(_ list: Int) -> Bool {
        if list < Self.maskedLists { return listed & 1 << UInt64(list) != 0 }
        let first = firstIndex(ofListAtLeast: list, from: Int(start))
        return first < Int(end) && Int(hits[first].list) == list
    }

    /// Whether list `list` may have a hit: false only when `listed` tells it has none.
    @inline(__always)
    private func mayHave(_ list: Int) -> Bool {
        list >= Self.maskedLists || listed & 1 << UInt64(list) != 0
    }

    /// Whether no list has a hit.
    public var isEmpty: Bool { start == end }
}
