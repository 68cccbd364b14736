/// A listing text folded and scanned once for every listing word list (`ListingPhrase`); rules read its hits instead
/// of searching the text again.
public struct ScannedText: Sendable {
    /// The folded text.
    public let folded: FoldedText
    /// Every list's hits.
    public let hits: PhraseHits

    /// Folds and scans `text` with `book` (the listing book of the run's configuration).
    public init(_ text: String, book: PhraseBook) {
        folded = FoldedText(text)
        hits = book.scan(folded)
    }

    /// `folded` with the hits `book.scan` found in it (a book's scan of two texts at once).
    init(folded: FoldedText, hits: PhraseHits) {
        self.folded = folded
        self.hits = hits
    }

    /// The text as written.
    public var source: String { folded.source }

    /// Whether `list` has a hit.
    public func contains(_ list: ListingPhrase) -> Bool { hits.contains(list.rawValue) }

    /// The hits of `list`, quoted, in text order.
    public func matches(_ list: ListingPhrase) -> [TextMatch] {
        hits[list.rawValue].map { TextMatch(hit: $0, in: folded) }
    }

    /// The entries of `list` found, as the list spells them (folded), in text order.
    public func entries(_ list: ListingPhrase) -> [String] {
        hits[list.rawValue].map { String(decoding: folded.bytes[$0.range], as: UTF8.self) }
    }

    /// The first entry of `list` found, as the list spells it (folded); `nil` when there is none.
    public func firstEntry(_ list: ListingPhrase) -> String? {
        hits[list.rawValue].first.map { String(decoding: folded.bytes[$0.range], as: UTF8.self) }
    }

    /// The hits of `list` that are not negated: one pass, into one array, only these quoted (all quoted and then
    /// filtered, the hits made two arrays and a text for each negated one).
    public func affirmed(_ list: ListingPhrase) -> [TextMatch] {
        let listHits = hits[list.rawValue]
        guard !listHits.isEmpty else { return [] }
        var kept: [TextMatch] = []
        kept.reserveCapacity(listHits.count)
        for hit in listHits where !folded.isNegated(at: hit.range.lowerBound) {
            kept.append(TextMatch(affirmed: hit, in: folded))
        }
        return kept
    }

    /// The texts, as written, of the hits of `list` that are not negated, in text order (`affirmed(list)`'s texts,
    /// with no match made for each). A false friend (an entry of negative value, `限量版` among the promotions)
    /// covers the words inside it and is itself left out.
    public func affirmedTexts(_ list: ListingPhrase) -> [String] {
        let listHits = hits[list.rawValue]
        guard !listHits.isEmpty else { return [] }
        var texts: [String] = []
        texts.reserveCapacity(listHits.count)
        for hit in listHits where hit.value >= 0 && !folded.isNegated(at: hit.range.lowerBound) {
            texts.append(folded.quote(hit.range))
        }
        return texts
    }

    /// Whether `list` has a hit that is not negated (nothing quoted).
    public func hasAffirmed(_ list: ListingPhrase) -> Bool {
        hits[list.rawValue].contains { !folded.isNegated(at: $0.range.lowerBound) }
    }
}

/// One list entry found in a text, quoted as written.
public struct TextMatch: Sendable, Hashable {
    /// The entry's value in its list.
    public let value: Int32
    /// The text as the listing wrote it.
    public let text: String
    /// Byte offsets in the folded text.
    public let range: Range<Int>
    /// Whether a negation (`不`, `无`, `没有`, `no`, `not`, `without`, …) comes right before it: `不起球`, `无色差`.
    public let isNegated: Bool

    init(hit: PhraseHit, in folded: FoldedText) {
        value = hit.value
        range = hit.range
        text = folded.quote(hit.range)
        isNegated = folded.isNegated(at: hit.range.lowerBound)
    }

    /// The match of `hit`, known not to be negated.
    fileprivate init(affirmed hit: PhraseHit, in folded: FoldedText) {
        value = hit.value
        range = hit.range
        text = folded.quote(hit.range)
        isNegated = false
    }
}
