/// The compiled zh + en lexicon: every word folded once, indexed by its first two scalars, longest first, so a
/// scan tries only the words that can start at each position.
enum ReasonLexicon {
    /// One lexicon word found in a text.
    struct Hit {
        let role: LexiconRole
        let range: Range<Int>
    }

    /// What a scan sees, in text order: lexicon words and clause breaks.
    enum Event {
        case hit(Hit)
        case clauseBreak
    }

    /// The entries of two or more scalars starting with each pair of scalars, as a range of `entries`: a scan
    /// tries only the few words sharing the text's next two scalars, however large the lexicon grows.
    private static let pairIndex: [UInt64: Range<Int>] = {
        var index: [UInt64: Range<Int>] = [:]
        var start = 0
        while start < entries.count {
            let key = pairKey(entries[start].scalars)
            var end = start
            while end < entries.count && pairKey(entries[end].scalars) == key { end += 1 }
            if entries[start].scalars.count > 1 { index[key] = start..<end }
            start = end
        }
        return index
    }()

    /// The one-scalar entry for each scalar (`勒`, `紧`), as an index of `entries`.
    private static let singleIndex: [UInt32: Int] = {
        var index: [UInt32: Int] = [:]
        for (position, entry) in entries.enumerated() where entry.scalars.count == 1 {
            index[entry.scalars[0]] = position
        }
        return index
    }()

    /// The first two scalars of `scalars` as one key (the second is 0 for a one-scalar word).
    @inline(__always)
    private static func pairKey(_ scalars: [UInt32]) -> UInt64 {
        UInt64(scalars[0]) << 32 | UInt64(scalars.count > 1 ? scalars[1] : 0)
    }

    /// All entries grouped by their first two scalars, longest first within a group (so the first that matches at
    /// a position is the longest).
    private static let entries: [LexiconEntry] = {
        var entries: [LexiconEntry] = []
        var seen = Set<[UInt32]>()
        for group in chinese + english + morphology + vocabulary + families {
                for word in group.words + SpellingVariants.of(group.words) {
                let scalars = ReasonText(word).scalars
                guard let first = scalars.first, let last = scalars.last, seen.insert(scalars).inserted else {
                    continue
                }
                entries.append(
                    LexiconEntry(
                        scalars: scalars, role: group.role, needsLeftBoundary: ReasonText.isWordScalar(first),
                        needsRightBoundary: ReasonText.isWordScalar(last)))
            }
        }
        return entries.sorted {
            let (left, right) = (pairKey($0.scalars), pairKey($1.scalars))
            return left != right ? left < right : $0.scalars.count > $1.scalars.count
        }
    }()

    /// Scans `text`, calling `visit` with each longest lexicon match and each clause break, left to right.
    static func scan(_ text: ReasonText, _ visit: (Event) -> Void) {
        let scalars = text.scalars
        let count = scalars.count
        var position = 0
        while position < count {
            let first = scalars[position]
            if ReasonText.isClauseBreak(first) {
                visit(.clauseBreak)
                position += 1
                continue
            }
            let atWordStart = position == 0 || !ReasonText.isWordScalar(scalars[position - 1])
            var matched: LexiconEntry?
            if position + 1 < count, let candidates = pairIndex[UInt64(first) << 32 | UInt64(scalars[position + 1])] {
                for candidate in candidates {
                    let entry = entries[candidate]
                    if entry.scalars.count > count - position { continue }
                    if entry.needsLeftBoundary && !atWordStart { continue }
                    let end = position + entry.scalars.count
                    if entry.needsRightBoundary && end < count && ReasonText.isWordScalar(scalars[end]) { continue }
                    if matches(entry.scalars, scalars, at: position) {
                        matched = entry
                        break
                    }
                }
            }
            if matched == nil, let single = singleIndex[first] {
                let entry = entries[single]
                let isolated = position + 1 == count || !ReasonText.isWordScalar(scalars[position + 1])
                if (!entry.needsLeftBoundary || atWordStart) && (!entry.needsRightBoundary || isolated) {
                    matched = entry
                }
            }
            if let matched {
                visit(.hit(Hit(role: matched.role, range: position..<position + matched.scalars.count)))
                position += matched.scalars.count
            } else {
                position += 1
            }
        }
    }

    /// Whether `word` is at `start` of `text`; its first two scalars are already known to match.
    @inline(__always)
    private static func matches(_ word: [UInt32], _ text: [UInt32], at start: Int) -> Bool {
        var index = 2
        while index < word.count {
            if word[index] != text[start + index] { return false }
            index += 1
        }
        return true
    }
}
