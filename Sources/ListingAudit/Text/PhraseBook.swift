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

        /// A list whose entries all have value 0.
        public init(words: [String], selection: Selection, inflects: Bool = false, minimumBytes: Int = 1) {
            self.init(words.map { ($0, 0) }, selection: selection, inflects: inflects, minimumBytes: minimumBytes)
        }
    }

    /// Folded bytes as a dictionary key, hashed in one call rather than byte by byte (compiling the lexicons runs
    /// at every start).
    private struct ByteString: Hashable {
        let bytes: [UInt8]

        func hash(into hasher: inout Hasher) {
            bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        }
    }

    /// One list entry a pattern stands for.
    private struct Member: Sendable {
        let list: UInt16
        let value: Int32
    }

    private let automaton: PhraseAutomaton
    /// The lists each pattern belongs to: `members[memberStart[p]..<memberStart[p + 1]]`.
    private let memberStart: [Int32]
    private let members: [Member]
    /// Per pattern: whether its first scalar is a letter or digit, and whether its last is a letter.
    private let needsStartBoundary: [Bool]
    private let needsEndBoundary: [Bool]
    private let selections: [Selection]
    private let inflecting: [Bool]
    /// The folded text of each list's entries, by list, for `entries(of:)`.
    private let entryTexts: [[(bytes: [UInt8], value: Int32)]]

    /// Compiles `lists`; hits name a list by its index in `lists`. Within a list a later entry with the same folded
    /// spelling replaces an earlier one.
    public init(_ lists: [List]) {
        var patternOf: [ByteString: Int] = [:]
        var patterns: [[UInt8]] = []
        var membership: [[Member]] = []
        var texts: [[(bytes: [UInt8], value: Int32)]] = []
        for (listIndex, list) in lists.enumerated() {
            // Each folded spelling's place in `order`, which keeps the value of its last entry.
            var place: [ByteString: Int] = [:]
            var order: [(bytes: [UInt8], value: Int32)] = []
            for (text, value) in list.entries {
                let bytes = UTF8Scalars.folded(text.trimmingWhitespace())
                guard bytes.count >= max(1, list.minimumBytes) else { continue }
                if let known = place[ByteString(bytes: bytes)] {
                    order[known].value = value
                } else {
                    place[ByteString(bytes: bytes)] = order.count
                    order.append((bytes, value))
                }
            }
            texts.append(order)
            for (bytes, value) in order {
                let pattern: Int
                if let known = patternOf[ByteString(bytes: bytes)] {
                    pattern = known
                } else {
                    pattern = patterns.count
                    patternOf[ByteString(bytes: bytes)] = pattern
                    patterns.append(bytes)
                    membership.append([])
                }
                membership[pattern].append(Member(list: UInt16(listIndex), value: value))
            }
        }
        automaton = PhraseAutomaton(patterns: patterns)
        var starts: [Int32] = [0]
        var flat: [Member] = []
        for list in membership {
            flat += list
            starts.append(Int32(flat.count))
        }
        memberStart = starts
        members = flat
        needsStartBoundary = patterns.map { pattern in
            let value = pattern.withUnsafeBufferPointer { UTF8Scalars.decode($0, at: 0).value }
            return TextFold.isWordLetter(value) || TextFold.isDigit(value)
        }
        needsEndBoundary = patterns.map { pattern in
            var start = pattern.count - 1
            while start > 0, pattern[start] & 0xC0 == 0x80 { start -= 1 }
            return TextFold.isWordLetter(pattern.withUnsafeBufferPointer { UTF8Scalars.decode($0, at: start).value })
        }
        selections = lists.map(\.selection)
        inflecting = lists.map(\.inflects)
        entryTexts = texts
    }

    /// The number of lists.
    public var listCount: Int { selections.count }

    /// The automaton's size, for measurements.
    public var stateCount: Int { automaton.stateCount }

    /// The folded entries of list `list` with their values, in the order given.
    public func entries(of list: Int) -> [(bytes: [UInt8], value: Int32)] { entryTexts[list] }

    /// Every list's hits in `text`, in one pass.
    public func scan(_ text: FoldedText) -> PhraseHits {
        guard !text.isEmpty else { return .none }
        var raw: [PhraseHit] = []
        text.bytes.withUnsafeBufferPointer { bytes in
            automaton.scan(bytes) { pattern, end in
                let start = end - Int(automaton.lengths[Int(pattern)])
                let startsWord = !needsStartBoundary[Int(pattern)] || Self.isWordStart(bytes, at: start)
                guard startsWord else { return }
                let endsWord = !needsEndBoundary[Int(pattern)] || Self.isWordEnd(bytes, at: end)
                for index in Int(memberStart[Int(pattern)])..<Int(memberStart[Int(pattern) + 1]) {
                    let member = members[index]
                    guard endsWord || inflecting[Int(member.list)] && Self.isPluralEnd(bytes, at: end) else { continue }
                    if raw.isEmpty { raw.reserveCapacity(16) }
                    raw.append(
                        PhraseHit(list: member.list, value: member.value, start: Int32(start), end: Int32(end)))
                }
            }
        }
        return raw.isEmpty ? .none : PhraseHits(raw, selections: selections)
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
