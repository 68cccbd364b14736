/// One occurrence of a lexicon term in a text.
public struct TermMatch: Sendable, Hashable {
    /// The lexicon term that matched, in its canonical (folded) spelling.
    public let term: String
    /// The text as the listing wrote it.
    public let text: String
    /// Scalar offsets of the match in the text.
    public let range: Range<Int>
    /// Whether a negation (`不`, `无`, `没有`, `no`, `not`, `without`, …) comes right before it: `不起球`, `无色差`.
    public let isNegated: Bool
}

/// A list of phrases (Chinese and English mixed) found by longest match, case- and width-insensitively. Latin terms
/// match whole words only (`pu` does not match `pump`); Chinese terms match anywhere.
public struct TermList: Sendable {
    /// The terms, folded, in the order given.
    public private(set) var terms: [String]
    private var candidates: [Unicode.Scalar: [[Unicode.Scalar]]] = [:]
    /// Bit `v & 0xFFFF` is set when some term starts with a scalar of value `v`: a cheap test that skips the
    /// dictionary lookup for almost every scalar of a text.
    private var firstScalarBits = [UInt64](repeating: 0, count: 1024)

    public init(_ terms: [String]) {
        self.terms = []
        for term in terms { insert(term) }
    }

    /// Adds `term` (no effect when already present or blank).
    public mutating func insert(_ term: String) {
        let folded = FoldedText(term.trimmingWhitespace()).folded
        guard let first = folded.first else { return }
        let key = Self.string(folded)
        guard !terms.contains(key) else { return }
        terms.append(key)
        var list = candidates[first, default: []]
        list.append(folded)
        list.sort { $0.count > $1.count }
        candidates[first] = list
        let bit = Int(first.value & 0xFFFF)
        firstScalarBits[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    /// Removes `term` (no effect when absent).
    public mutating func remove(_ term: String) {
        let folded = FoldedText(term.trimmingWhitespace()).folded
        guard let first = folded.first else { return }
        terms.removeAll { $0 == Self.string(folded) }
        candidates[first]?.removeAll { $0 == folded }
    }

    /// Whether `term` is in the list.
    public func contains(_ term: String) -> Bool {
        terms.contains(Self.string(FoldedText(term.trimmingWhitespace()).folded))
    }

    /// Every non-overlapping occurrence in `text`, left to right, longest term first at each position.
    public func matches(in text: String) -> [TermMatch] {
        matches(in: FoldedText(text))
    }

    /// Every non-overlapping occurrence in already folded text.
    public func matches(in text: FoldedText) -> [TermMatch] {
        var found: [TermMatch] = []
        let scalars = text.folded
        var index = 0
        while index < scalars.count {
            let bit = Int(scalars[index].value & 0xFFFF)
            guard firstScalarBits[bit >> 6] & (1 << UInt64(bit & 63)) != 0, let list = candidates[scalars[index]],
                let term = list.first(where: { Self.matches($0, in: scalars, at: index) })
            else {
                index += 1
                continue
            }
            let range = index..<(index + term.count)
            found.append(TermMatch(
                term: Self.string(term), text: text.quote(range), range: range,
                isNegated: Negation.precedes(range.lowerBound, in: scalars)))
            index = range.upperBound
        }
        return found
    }

    /// The matches that are not negated.
    public func affirmedMatches(in text: String) -> [TermMatch] {
        matches(in: text).filter { !$0.isNegated }
    }

    private static func matches(_ term: [Unicode.Scalar], in scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + term.count <= scalars.count else { return false }
        for offset in 0..<term.count where scalars[index + offset] != term[offset] { return false }
        if let first = term.first, first.isASCIILetter || first.isASCIIDigit, index > 0 {
            if scalars[index - 1].isASCIILetter { return false }
        }
        if let last = term.last, last.isASCIILetter, index + term.count < scalars.count {
            if scalars[index + term.count].isASCIILetter { return false }
        }
        return true
    }

    static func string(_ scalars: [Unicode.Scalar]) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }
}
