/// The compiled zh + en lexicon: every word folded once, indexed by its first scalar, longest first, so a scan
/// tries only the words that can start at each position.
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

    /// The entries starting with each ASCII scalar, as a range of `entries`.
    private static let asciiIndex: [Range<Int>] = {
        var index = [Range<Int>](repeating: 0..<0, count: 128)
        for (first, range) in groups where first < 128 { index[Int(first)] = range }
        return index
    }()

    /// The entries starting with each non-ASCII scalar, as a range of `entries`.
    private static let otherIndex: [UInt32: Range<Int>] = {
        var index: [UInt32: Range<Int>] = [:]
        for (first, range) in groups where first >= 128 { index[first] = range }
        return index
    }()

    /// The runs of `entries` that share a first scalar.
    private static var groups: [(UInt32, Range<Int>)] {
        var groups: [(UInt32, Range<Int>)] = []
        var start = 0
        while start < entries.count {
            let first = entries[start].scalars[0]
            var end = start
            while end < entries.count && entries[end].scalars[0] == first { end += 1 }
            groups.append((first, start..<end))
            start = end
        }
        return groups
    }

    /// All entries grouped by first scalar, longest first within a group (so the first that matches at a
    /// position is the longest).
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
            $0.scalars[0] != $1.scalars[0] ? $0.scalars[0] < $1.scalars[0] : $0.scalars.count > $1.scalars.count
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
            let candidates = first < 128 ? asciiIndex[Int(first)] : otherIndex[first] ?? 0..<0
            var matched: LexiconEntry?
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
            if let matched {
                visit(.hit(Hit(role: matched.role, range: position..<position + matched.scalars.count)))
                position += matched.scalars.count
            } else {
                position += 1
            }
        }
    }

    @inline(__always)
    private static func matches(_ word: [UInt32], _ text: [UInt32], at start: Int) -> Bool {
        var index = 1
        while index < word.count {
            if word[index] != text[start + index] { return false }
            index += 1
        }
        return true
    }
}
