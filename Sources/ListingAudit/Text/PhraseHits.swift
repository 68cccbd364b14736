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

    /// No hits (no allocation).
    static let none = PhraseHits(sorted: [])

    private init(sorted: [PhraseHit]) { hits = sorted }

    /// Orders `raw` and applies each list's selection.
    init(_ raw: consuming [PhraseHit], selections: [PhraseBook.Selection]) {
        var sorted = raw
        if sorted.count > 1 {
            sorted.sort { ($0.list, $0.start, $1.end) < ($1.list, $1.start, $0.end) }
        }
        // The kept hits move to the front, in place.
        var kept = 0
        var after: Int32 = -1
        var list: UInt16 = .max
        for index in sorted.indices {
            let hit = sorted[index]
            if hit.list != list {
                list = hit.list
                after = -1
            }
            if selections[Int(list)] == .longestCover {
                guard hit.start >= after else { continue }
                after = hit.end
            }
            sorted[kept] = hit
            kept += 1
        }
        sorted.removeLast(sorted.count - kept)
        hits = sorted
    }

    /// The hits of list `list`, in text order (longer first at one position).
    public subscript(list: Int) -> ArraySlice<PhraseHit> {
        let first = firstIndex(ofListAtLeast: list)
        guard first < hits.count, Int(hits[first].list) == list else { return hits[0..<0] }
        return hits[first..<firstIndex(ofListAtLeast: list + 1, from: first)]
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
        let first = firstIndex(ofListAtLeast: list)
        return first < hits.count && Int(hits[first].list) == list
    }

    /// Whether no list has a hit.
    public var isEmpty: Bool { hits.isEmpty }
}
