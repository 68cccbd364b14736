/// The zh + en reason lexicon compiled into one `PhraseBook` list: the longest word at each position, scanned in
/// one pass over the folded text, with the shared word rule; clause breaks come from the folded scalars.
enum ReasonLexicon {
    /// One lexicon word found in a text.
    struct Hit {
        let role: LexiconRole
        /// Scalar offsets in the text (clauses are measured in characters).
        let range: Range<Int>
        /// Byte offsets in the folded text (for quoting the evidence).
        let bytes: Range<Int>
    }

    /// What a scan sees, in text order: lexicon words and clause breaks.
    enum Event {
        case hit(Hit)
        case clauseBreak
    }

    /// Every word's role, by entry value. A word listed twice keeps its first role.
    private static let compiled: (book: PhraseBook, roles: [LexiconRole]) = {
        var roles: [LexiconRole] = []
        var entries: [(text: String, value: Int32)] = []
        // Folded spellings seen, as bytes: hashing arrays of bytes element by element cost more than the rest.
        var seen = ByteKeyTable(capacity: 16_384)
        for group in groups {
            for word in group.words + SpellingVariants.of(group.words) {
                let folded = UTF8Scalars.folded(word.trimmingWhitespace())
                // A word starting with a clause break could never be reached by the scan.
                guard let first = folded.first, !isClauseBreak(UInt32(first)),
                    folded.withUnsafeBufferPointer({ seen.insert($0).inserted })
                else {
                    continue
                }
                entries.append((word, Int32(roles.count)))
                roles.append(group.role)
            }
        }
        return (PhraseBook([PhraseBook.List(entries, selection: .longestCover)]), roles)
    }()

    /// Every group of words, in the order their words are compiled (an earlier group's role wins).
    static var groups: [LexiconGroup] {
        accuracy + context + turns + verdicts + readings + structure + description + chinese + english + morphology + vocabulary + families
            + circumstances + shapes + goods + use + returns + failures
    }

    /// How many words the compiled lexicon holds (spelling variants included): it is built at every audit start,
    /// so its size is watched.
    static var entryCount: Int { compiled.roles.count }

    /// Scans `text`, calling `visit` with each longest lexicon word and each clause break, left to right.
    static func scan(_ text: FoldedText, _ visit: (Event) -> Void) {
        let (book, roles) = compiled
        let hits = book.scan(text)[0]
        var next = hits.startIndex
        var scalar = 0
        var skipUntil = 0
        text.forEachScalar { value, start, _ in
            defer { scalar += 1 }
            if start < skipUntil { return }
            if next < hits.endIndex, Int(hits[next].start) == start {
                let hit = hits[next]
                next += 1
                skipUntil = hit.range.upperBound
                let length = text.bytes[hit.range].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
                visit(.hit(Hit(role: roles[Int(hit.value)], range: scalar..<(scalar + length), bytes: hit.range)))
                return
            }
            if isClauseBreak(value) { visit(.clauseBreak) }
        }
    }

    /// Whether `value` ends a clause: sentence and clause punctuation in both languages (full-width forms are
    /// folded to ASCII), line breaks, and a hyphen or tilde used as a dash.
    @inline(__always)
    static func isClauseBreak(_ value: UInt32) -> Bool {
        switch value {
        case 0x2C, 0x2E, 0x3B, 0x21, 0x3F, 0x0A, 0x0D, 0x3A, 0x2D,  // , . ; ! ? LF CR : -
            0x3001, 0x3002, 0x2026, 0x7E:  // 、 。 … ~
            return true
        default:
            return false
        }
    }
}
