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

    /// Every word's role and its length in scalars, by entry value; the folded words by entry value (the shorter
    /// word of a split in `scan` is looked up by its bytes); and the entry values of the difference nouns (差别, 差距:
    /// one group, so one run of values). A word listed twice keeps its first role.
    private static let compiled: (
        book: PhraseBook, roles: [LexiconRole], scalarCounts: [Int32], words: ByteKeyTable,
        differenceNouns: Range<Int32>
    ) = {
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
        let first = roles.firstIndex(of: .gap) ?? 0
        let differenceNouns = Int32(first)..<Int32((roles.lastIndex(of: .gap) ?? first - 1) + 1)
        // `scan` tells a difference noun by its value alone, so every value in the run must be one.
        let run = Int(differenceNouns.lowerBound)..<Int(differenceNouns.upperBound)
        precondition(roles[run].allSatisfy { $0 == .gap })
        // The words are compiled as folded here, not folded again.
        let book = PhraseBook([PhraseBook.List(folded: entries, selection: .longestCover)])
        return (book, roles, scalarCounts, seen, differenceNouns)
    }()

    /// Every group of words, in the order their words are compiled (an earlier group's role wins).
    static var groups: [LexiconGroup] {
        accuracy + wear + context + turns + fears + outsideGoods + verdicts + readings + idioms + compounds
            + structure + description + chinese + english + morphology + vocabulary + families + circumstances
            + shapes + goods + use + returns + failures
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
    ///
    /// One exception to the longest word: where its last characters begin a difference noun (差别, 差距, 差异) and a
    /// word running past it, and a shorter word at its start ends just before them, the text is read as those two
    /// words (`split`), so a term is not read inside a longer word (颜色差 in 颜色差别太大 is 颜色 and 差别, not a poor
    /// colour and 太大). Other words running past it leave it whole: split at any of them, the reading of whole
    /// phrases changed too (不是很 + 很好, 没寄 + 寄回来, 颜色差 + 差太多), some rightly and some not. Only a text
    /// holding a difference noun can be split, so the first pass only notes whether one occurred, and only such a
    /// text is passed over again for the lengths of the words at each start (`lengths`, for `split`).
    static func scan(_ text: FoldedText, _ visit: (Event) -> Void) {
        guard !text.isEmpty else { return }
        // The words are looked up by their bytes only for a split, so the table is taken only then (`walk`).
        let (book, roles, scalarCounts) = (compiled.book, compiled.roles, compiled.scalarCounts)
        let differenceNouns = compiled.differenceNouns
        text.bytes.withUnsafeBufferPointer { bytes in
            // Per start byte, the longest word starting there: its end (low half, 0 for none: a word ends past its
            // start) and its entry value (high half).
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: bytes.count) { longest in
                longest.initialize(repeating: 0)
                var namesDifference = false
                book.forEachOccurrence(in: bytes) { hit in
                    let start = Int(hit.start)
                    // Whole words inside the text, as the automaton reports them: checked, since the room is
                    // written without bounds checks.
                    precondition(start >= 0 && start < Int(hit.end) && Int(hit.end) <= bytes.count)
                    if UInt32(truncatingIfNeeded: longest[start]) < UInt32(hit.end) {
                        longest[start] = UInt64(UInt32(hit.value)) << 32 | UInt64(hit.end)
                    }
                    if differenceNouns.contains(hit.value) { namesDifference = true }
                }
                guard namesDifference else { return walk(bytes, longest, roles, scalarCounts, splitting: nil, visit) }
                withUnsafeTemporaryAllocation(of: UInt64.self, capacity: bytes.count) { lengths in
                    lengths.initialize(repeating: 0)
                    book.forEachOccurrence(in: bytes) { hit in
                        let start = Int(hit.start)
                        // Checked as in the first pass: this room too is written without bounds checks.
                        precondition(start >= 0 && start < Int(hit.end) && Int(hit.end) <= bytes.count)
                        let length = Int(hit.end) - start
                        if length <= 63 { lengths[start] |= 1 << UInt64(length - 1) }
                        if differenceNouns.contains(hit.value) { lengths[start] |= differenceNounStarts }
                    }
                    walk(bytes, longest, roles, scalarCounts, splitting: lengths, visit)
                }
            }
        }
    }

    /// `scan`'s walk over `bytes`: the longest word at each position (`longest`, per start byte), the next after it
    /// ends, each word visited as a hit with its role and length in scalars (`roles`, `scalarCounts`, by entry),
    /// and each clause break outside a word. With the `lengths` of the words at each start (a text holding a
    /// difference noun), a word is split where `split` says. Called only inside `scan`'s scopes of the text's bytes
    /// and of its rooms, which keep the memory of every buffer it reads alive for the walk.
    @inline(__always)
    private static func walk(
        _ bytes: UnsafeBufferPointer<UInt8>, _ longest: UnsafeMutableBufferPointer<UInt64>, _ roles: [LexiconRole],
        _ scalarCounts: [Int32], splitting lengths: UnsafeMutableBufferPointer<UInt64>?, _ visit: (Event) -> Void
    ) {
        var index = 0
        var scalar = 0
        while index < bytes.count {
            var word = longest[index]
            if word != 0, let lengths, let first = split(at: index, bytes, longest, lengths, compiled.words) {
                word = first
            }
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

    /// The bit of `scan`'s lengths saying a difference noun starts at that byte.
    private static var differenceNounStarts: UInt64 { 1 << 63 }

    /// The first of two words to read instead of the longest word at `start` (as `longest` holds a word), if one
    /// position inside it begins a difference noun and a word running past its end, and a shorter word at `start`
    /// ends there: the first such position, the shorter word found by its length among the start's `lengths` (bit
    /// n - 1 for a word of n bytes) and by its bytes among the `words`.
    private static func split(
        at start: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ longest: UnsafeMutableBufferPointer<UInt64>,
        _ lengths: UnsafeMutableBufferPointer<UInt64>, _ words: ByteKeyTable
    ) -> UInt64? {
        let end = Int(UInt32(truncatingIfNeeded: longest[start]))
        var inner = start + 1
        while inner < end {
            let length = inner - start
            if Int(UInt32(truncatingIfNeeded: longest[inner])) > end, lengths[inner] & differenceNounStarts != 0,
                length <= 63, lengths[start] >> UInt64(length - 1) & 1 != 0,
                let entry = words.index(of: UnsafeBufferPointer(rebasing: bytes[start..<inner]))
            {
                return UInt64(UInt32(entry)) << 32 | UInt64(inner)
            }
            inner += 1
        }
        return nil
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
