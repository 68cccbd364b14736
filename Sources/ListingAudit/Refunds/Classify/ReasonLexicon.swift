/// The zh + en reason lexicon compiled into one `PhraseBook` list: the longest word at each position, found in one
/// pass of the automaton over the folded text, with the shared word rule, and one walk over its bytes; clause breaks
/// come from the folded scalars.
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

    /// Every word's role and its length in scalars, by entry value. A word listed twice keeps its first role.
    private static let compiled: (book: PhraseBook, roles: [LexiconRole], scalarCounts: [Int32]) = {
        var roles: [LexiconRole] = []
        var scalarCounts: [Int32] = []
        var entries: [(bytes: [UInt8], value: Int32)] = []
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
                entries.append((folded, Int32(roles.count)))
                roles.append(group.role)
                // Its scalars, as its lead bytes: a plain loop (`count(where:)` cost 0.35M more over the lexicon).
                var scalars: Int32 = 0
                for byte in folded where byte & 0xC0 != 0x80 { scalars += 1 }
                scalarCounts.append(scalars)
            }
        }
        // The words are compiled as folded here, not folded again.
        return (PhraseBook([PhraseBook.List(folded: entries, selection: .longestCover)]), roles, scalarCounts)
    }()

    /// Every group of words, in the order their words are compiled (an earlier group's role wins).
    static var groups: [LexiconGroup] {
        accuracy + wear + context + turns + verdicts + readings + idioms + structure + description + chinese + english
            + morphology + vocabulary + families + circumstances + shapes + goods + use + returns + failures
    }

    /// How many words the compiled lexicon holds (spelling variants included): it is built at every audit start,
    /// so its size is watched.
    static var entryCount: Int { compiled.roles.count }

    /// Scans `text`, calling `visit` with each longest lexicon word and each clause break, left to right.
    ///
    /// The book's one list is selected here as it would select it (`longestCover`: left to right, the longest word
    /// at each position, the next after it ends), in one walk over the bytes that also counts the scalars and finds
    /// the clause breaks: the automaton's occurrences are kept as the longest per start byte, in room on the stack
    /// for a short text, so a text makes no array of hits, sorts none, and is walked once.
    static func scan(_ text: FoldedText, _ visit: (Event) -> Void) {
        guard !text.isEmpty else { return }
        let (book, roles, scalarCounts) = compiled
        text.bytes.withUnsafeBufferPointer { bytes in
            // Per start byte, the longest word starting there: its end (low half, 0 for none: a word ends past its
            // start) and its entry value (high half).
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: bytes.count) { longest in
                longest.initialize(repeating: 0)
                book.forEachOccurrence(in: bytes) { hit in
                    let start = Int(hit.start)
                    // Whole words inside the text, as the automaton reports them: checked, since the room is
                    // written without bounds checks.
                    precondition(start >= 0 && start < Int(hit.end) && Int(hit.end) <= bytes.count)
                    if UInt32(truncatingIfNeeded: longest[start]) < UInt32(hit.end) {
                        longest[start] = UInt64(UInt32(hit.value)) << 32 | UInt64(hit.end)
                    }
                }
                var index = 0
                var scalar = 0
                while index < bytes.count {
                    let word = longest[index]
                    if word != 0 {
                        // A word's bytes are those of its entry, so its length in scalars is the entry's.
                        let end = Int(UInt32(truncatingIfNeeded: word))
                        let entry = Int(word >> 32)
                        let length = Int(scalarCounts[entry])
                        let range = scalar..<(scalar + length)
                        visit(.hit(Hit(role: roles[entry], range: range, bytes: index..<end)))
                        scalar += length
                        index = end
                        continue
                    }
                    let (value, width) = UTF8Scalars.decode(bytes, at: index)
                    if isClauseBreak(value) { visit(.clauseBreak) }
                    scalar += 1
                    index += width
                }
            }
        }
    }

    /// Whether `value` ends a clause: sentence and clause punctuation in both languages (full-width forms are
    /// folded to ASCII), line breaks, and a hyphen or tilde used as a dash. It is asked of every scalar outside a
    /// word, so an ASCII scalar is tested as one bit of a mask.
    @inline(__always)
    static func isClauseBreak(_ value: UInt32) -> Bool {
        if value < 0x40 { return asciiBreaks >> UInt64(value) & 1 != 0 }
        return value == 0x7E || value == 0x3001 || value == 0x3002 || value == 0x2026  // ~ 、 。 …
    }

    /// The clause breaks below U+0040, bit n for U+00nn: `, . ; ! ? LF CR : -`.
    @inline(__always)
    private static var asciiBreaks: UInt64 {
        1 << 0x2C | 1 << 0x2E | 1 << 0x3B | 1 << 0x21 | 1 << 0x3F | 1 << 0x0A | 1 << 0x0D | 1 << 0x3A | 1 << 0x2D
    }
}
