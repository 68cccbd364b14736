/// Word lists compiled into one `PhraseAutomaton`, so each text is scanned once for every list: the one matcher behind
/// every lexicon of the project (listing rules, the category profiler, image addresses, refund reasons).
///
/// Entries and texts go through the same folding (`FoldedText`). Every list follows the same word rule: an entry
/// that starts with a letter or digit must not follow a letter, and one that ends with a letter must not be followed
/// by one (letters of spaced scripts: `pu` is not in `pump`, `belt` is not in `Beltà`; Chinese entries match
/// anywhere). A list may accept a plural `s` / `es` after an entry (`dress` in `dresses`), and says how its hits are
/// chosen: every occurrence, or the longest entry at the leftmost position with no overlaps.
public struct PhraseBook: Sendable {
    /// How the hits of one list are chosen from all occurrences of its entries.
    public enum Selection: Sendable {
        /// Every occurrence, overlapping ones included.
        case every
        /// Left to right, the longest entry at each position; the next hit starts after it ends.
        case longestCover
    }

    /// One list: its entries (each with a value the caller gives it meaning) and how they match.
    public struct List: Sendable {
        public var entries: [(text: String, value: Int32)]
        public var selection: Selection
        /// Whether a plural `s` or `es` may follow an entry ending in a letter.
        public var inflects: Bool
        /// Entries shorter than this many bytes (after folding) are left out.
        public var minimumBytes: Int

        public init(
            _ entries: [(text: String, value: Int32)], selection: Selection, inflects: Bool = false,
            minimumBytes: Int = 1
        ) {
            self.entries = entries
            self.selection = selection
            self.inflects = inflects
            self.minimumBytes = minimumBytes
        }

        /// The entries as they are compiled (`UTF8Scalars.folded` of each text trimmed of whitespace), given by a
        /// caller that folded them already (`List(folded:selection:)`); when set, `entries` is not read.
        var folded: [(bytes: [UInt8], value: Int32)]?

        /// A list of entries folded by the caller (each `UTF8Scalars.folded(text.trimmingWhitespace())`), which
        /// are not folded again: the reason lexicon folds its words to tell them apart, at every audit start.
        init(folded entries: [(bytes: [UInt8], value: Int32)], selection: Selection) {
            self.init([], selection: selection)
            folded = entries
        }

        /// A list whose entries all have value 0.
        public init(words: [String], selection: Selection, inflects: Bool = false, minimumBytes: Int = 1) {
            self.init(words.map { ($0, 0) }, selection: selection, inflects: inflects, minimumBytes: minimumBytes)
        }
    }

    /// Distinct byte strings by their position in insertion order: open addressing with an FNV-1a hash, sized once
    /// (compiling the lexicons runs at every start; a `Dictionary` of byte arrays hashes each key with SipHash and
    /// rehashes as it grows).
    private struct DistinctBytes {
        private var slots: [Int32]
        private var keys: [[UInt8]] = []

        /// A table for at most `capacity` distinct strings.
        init(capacity: Int) {
            var size = 16
            while size < 2 * capacity { size *= 2 }
            slots = [Int32](repeating: -1, count: size)
            keys.reserveCapacity(capacity)
        }

        /// The position of `bytes` among the strings inserted so far, inserting it at the end if new.
        mutating func insert(_ bytes: [UInt8]) -> (position: Int, isNew: Bool) {
            precondition(2 * keys.count < slots.count, "more strings than the table was made for")
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: hash ^ hash >> 32) & mask
            while true {
                let known = Int(slots[slot])
                if known < 0 {
                    slots[slot] = Int32(keys.count)
                    keys.append(bytes)
                    return (keys.count - 1, true)
                }
                if keys[known] == bytes { return (known, false) }
                slot = (slot + 1) & mask
            }
        }
    }

    /// One list entry a pattern stands for.
    private struct Member: Sendable {
        let list: UInt16
        let value: Int32
        /// Whether its list accepts a plural after it (`List.inflects`).
        let inflects: Bool
    }

    /// What a scan reads of one pattern when the automaton reports it, in one place.
    private struct Pattern: Sendable {
        /// The byte length.
        let length: Int32
        /// The entries it stands for: `members[members.lowerBound..<members.upperBound]` of the book's members.
        let members: Range<Int32>
        /// Whether its first scalar is a letter or digit, and whether its last is a letter.
        let needsStartBoundary: Bool
        let needsEndBoundary: Bool
        /// Whether one of its entries accepts a plural after it (`Member.inflects`).
        let inflects: Bool
    }

    /// The compiled lists, behind one reference: a book is handed to every text scanned (and kept by each listing's
    /// facts), and a copy is then one retain, not one per table.
    private let tables: Tables

    /// Compiles `lists`; hits name a list by its index in `lists`. Within a list a later entry with the same folded
    /// spelling replaces an earlier one.
    public init(_ lists: [List]) { tables = Tables(lists) }

    /// What a book compiles its lists to.
    private final class Tables: Sendable {
        let automaton: PhraseAutomaton
        /// Each pattern, by its index in the automaton.
        let patterns: [Pattern]
        /// The list entries of every pattern, grouped by pattern, in list order within each.
        let members: [Member]
        let selections: [Selection]
        /// The folded text of each list's entries, by list, for `entries(of:)`.
        let entryTexts: [[(bytes: [UInt8], value: Int32)]]

        init(_ lists: [List]) {
            var distinct = DistinctBytes(capacity: lists.reduce(0) { $0 + ($1.folded?.count ?? $1.entries.count) })
            var patterns: [[UInt8]] = []
            // Each list entry's pattern, in list order (so each pattern's members come in list order).
            var patternOf: [Int32] = []
            var listMembers: [Member] = []
            var texts: [[(bytes: [UInt8], value: Int32)]] = []
            for (listIndex, list) in lists.enumerated() {
                // Distinct folded spellings in order of their first entry, each with the value of its last.
                var spellings = DistinctBytes(capacity: list.folded?.count ?? list.entries.count)
                var order: [(bytes: [UInt8], value: Int32)] = []
                func add(_ bytes: [UInt8], _ value: Int32) {
                    guard bytes.count >= max(1, list.minimumBytes) else { return }
                    let (known, isNew) = spellings.insert(bytes)
                    if isNew {
                        order.append((bytes, value))
                    } else {
                        order[known].value = value
                    }
                }
                if let folded = list.folded {
                    for (bytes, value) in folded { add(bytes, value) }
                } else {
                    for (text, value) in list.entries { add(UTF8Scalars.folded(text.trimmingWhitespace()), value) }
                }
                texts.append(order)
                for (bytes, value) in order {
                    let (pattern, isNew) = distinct.insert(bytes)
                    if isNew { patterns.append(bytes) }
                    patternOf.append(Int32(pattern))
                    listMembers.append(Member(list: UInt16(listIndex), value: value, inflects: list.inflects))
                }
            }
            automaton = PhraseAutomaton(patterns: patterns)
            // Members grouped by pattern, in list order within each.
            var starts = [Int32](repeating: 0, count: patterns.count + 1)
            for pattern in patternOf { starts[Int(pattern) + 1] += 1 }
            for pattern in patterns.indices { starts[pattern + 1] += starts[pattern] }
            var fill = starts
            var grouped = listMembers
            var inflects = [Bool](repeating: false, count: patterns.count)
            for (pattern, member) in zip(patternOf, listMembers) {
                grouped[Int(fill[Int(pattern)])] = member
                fill[Int(pattern)] += 1
                if member.inflects { inflects[Int(pattern)] = true }
            }
            members = grouped
            self.patterns = patterns.indices.map { index in
                let pattern = patterns[index]
                let first = pattern.withUnsafeBufferPointer { UTF8Scalars.decode($0, at: 0).value }
                var lastStart = pattern.count - 1
                while lastStart > 0, pattern[lastStart] & 0xC0 == 0x80 { lastStart -= 1 }
                let last = pattern.withUnsafeBufferPointer { UTF8Scalars.decode($0, at: lastStart).value }
                return Pattern(
                    length: Int32(pattern.count), members: starts[index]..<starts[index + 1],
                    needsStartBoundary: TextFold.isWordLetter(first) || TextFold.isDigit(first),
                    needsEndBoundary: TextFold.isWordLetter(last), inflects: inflects[index])
            }
            selections = lists.map(\.selection)
            entryTexts = texts
        }
    }

    /// The number of lists.
    public var listCount: Int { tables.selections.count }

    /// The automaton's size, for measurements.
    public var stateCount: Int { tables.automaton.stateCount }

    /// The folded entries of list `list` with their values, in the order given.
    public func entries(of list: Int) -> [(bytes: [UInt8], value: Int32)] { tables.entryTexts[list] }

    /// Every list's hits in `text`, in one pass. The hits are gathered in room for `roomHits` on the stack (more go
    /// on into an array), ordered and selected there, and the kept ones copied into an array of their own size.
    public func scan(_ text: FoldedText) -> PhraseHits {
        guard !text.isEmpty else { return .none }
        return withUnsafeTemporaryAllocation(of: PhraseHit.self, capacity: Self.roomHits) { room in
            hits(gather(text, into: room), room: room)
        }
    }

    /// Every list's hits in each of two texts (a listing's title and description), as `scan` finds them, the kept
    /// hits of both held in one array when each has some and all fit the room on the stack.
    public func scan(_ first: FoldedText, _ second: FoldedText) -> (PhraseHits, PhraseHits) {
        // Two rooms of `roomHits`: more than that in one is allocated on the heap.
        withUnsafeTemporaryAllocation(of: PhraseHit.self, capacity: Self.roomHits) { firstRoom in
            withUnsafeTemporaryAllocation(of: PhraseHit.self, capacity: Self.roomHits) { secondRoom in
                let (firstGathered, secondGathered) = (gather(first, into: firstRoom), gather(second, into: secondRoom))
                guard case .inRoom(let firstCount) = firstGathered, case .inRoom(let secondCount) = secondGathered
                else { return (hits(firstGathered, room: firstRoom), hits(secondGathered, room: secondRoom)) }
                return PhraseHits.pair(
                    UnsafeMutableBufferPointer(rebasing: firstRoom[..<firstCount]),
                    UnsafeMutableBufferPointer(rebasing: secondRoom[..<secondCount]), room: firstRoom,
                    selections: tables.selections)
            }
        }
    }

    /// Where a text's occurrences were gathered (`gather`).
    private enum Gathered {
        /// The first `count` places of the room.
        case inRoom(count: Int)
        /// More than the room holds: all of them, in order, in an array.
        case all([PhraseHit])
    }

    /// Every occurrence in `text` (`forEachOccurrence`), in `room` while it has space, else all in an array.
    private func gather(_ text: FoldedText, into room: UnsafeMutableBufferPointer<PhraseHit>) -> Gathered {
        guard !text.isEmpty else { return .inRoom(count: 0) }
        var count = 0
        var more: [PhraseHit] = []
        text.bytes.withUnsafeBufferPointer { bytes in
            forEachOccurrence(in: bytes) { hit in
                if count < room.count {
                    room[count] = hit
                    count += 1
                } else {
                    more.append(hit)
                }
            }
        }
        guard more.isEmpty else { return .all(Array(room[..<count]) + more) }
        return .inRoom(count: count)
    }

    /// The hits of one text's occurrences, `gathered` into `room` or an array of their own.
    private func hits(_ gathered: Gathered, room: UnsafeMutableBufferPointer<PhraseHit>) -> PhraseHits {
        switch gathered {
        case .inRoom(let count):
            guard count > 0 else { return .none }
            return PhraseHits(
                selecting: UnsafeMutableBufferPointer(rebasing: room[..<count]), selections: tables.selections)
        case .all(var all):
            return all.withUnsafeMutableBufferPointer { PhraseHits(selecting: $0, selections: tables.selections) }
        }
    }

    /// The hits `scan` holds on the stack for a text (16 bytes each): nearly every listing text has fewer.
    static var roomHits: Int { 64 }

    /// Calls `visit` with every occurrence of every list's entries in the folded `bytes` that the word rule admits,
    /// before any list's selection, in order of the end offset (at one end, the longest first): for a reader that
    /// selects its hits itself as it goes (`ReasonLexicon.scan`), with no array of hits, and for `scan`: one word
    /// rule for every reader of the book.
    @inline(__always)
    func forEachOccurrence(in bytes: UnsafeBufferPointer<UInt8>, _ visit: (PhraseHit) -> Void) {
        // Every offset below is at most the text's length, so it is an `Int32` as it stands.
        precondition(bytes.count <= Int(Int32.max), "a text longer than a hit's offsets reach")
        let tables = tables
        tables.patterns.withUnsafeBufferPointer { patterns in
            tables.members.withUnsafeBufferPointer { members in
                tables.automaton.scan(bytes) { index, end in
                    let pattern = patterns[Int(index)]
                    let start = end - Int(pattern.length)
                    guard !pattern.needsStartBoundary || Self.isWordStart(bytes, at: start) else { return }
                    // Not at a word's end, only the entries that accept a plural may match, and only before one.
                    let endsWord = !pattern.needsEndBoundary || Self.isWordEnd(bytes, at: end)
                    guard endsWord || pattern.inflects && Self.isPluralEnd(bytes, at: end) else { return }
                    for member in members[Int(pattern.members.lowerBound)..<Int(pattern.members.upperBound)]
                    where endsWord || member.inflects {
                        visit(
                            PhraseHit(
                                list: member.list, value: member.value, start: Int32(truncatingIfNeeded: start),
                                end: Int32(truncatingIfNeeded: end)))
                    }
                }
            }
        }
    }

    /// Whether no letter comes right before byte `index`.
    @inline(__always)
    static func isWordStart(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index > 0 else { return true }
        let last = bytes[index - 1]
        if last < 0x80 { return last | 0x20 &- 0x61 >= 26 }
        var start = index - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return !TextFold.isWordLetter(UTF8Scalars.decode(bytes, at: start).value)
    }

    /// Whether no letter starts at byte `index`.
    @inline(__always)
    static func isWordEnd(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index < bytes.count else { return true }
        let next = bytes[index]
        if next < 0x80 { return next | 0x20 &- 0x61 >= 26 }
        return !TextFold.isWordLetter(UTF8Scalars.decode(bytes, at: index).value)
    }

    /// Whether a plural `s` or `es` and then a word end follow at byte `index`.
    @inline(__always)
    private static func isPluralEnd(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index < bytes.count else { return false }
        if bytes[index] == 0x73 { return isWordEnd(bytes, at: index + 1) }
        return bytes[index] == 0x65 && index + 1 < bytes.count && bytes[index + 1] == 0x73
            && isWordEnd(bytes, at: index + 2)
    }
}
