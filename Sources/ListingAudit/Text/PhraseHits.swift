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
/// then position (longer first at one position). A text holds few hits, so a list's are found by a short search.
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
        let key = UInt16(list)
        guard let first = hits.firstIndex(where: { $0.list == key }) else { return hits[0..<0] }
        var end = first + 1
        while end < hits.count, hits[end].list == key { end += 1 }
        return hits[first..<end]
    }

    /// Whether list `list` has a hit.
    public func contains(_ list: Int) -> Bool {
        let key = UInt16(list)
        return hits.contains { $0.list == key }
    }

    /// Whether no list has a hit.
    public var isEmpty: Bool { hits.isEmpty }
}
