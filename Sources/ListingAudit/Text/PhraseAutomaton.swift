/// An Aho–Corasick automaton over bytes: one left-to-right pass over a text reports every occurrence of every
/// pattern, however many patterns there are.
///
/// States are numbered breadth first. The shallow states (up to `tableDepth` bytes deep) are rows of a transition
/// table: one look-up per byte. Bytes that occur in no pattern share one column of the table (byte classes). Deep
/// states, the tails of long phrases, keep only their own edges and their failure state: a byte is looked up among
/// the edges, and when none takes it, again from the failure state, until a shallow state's row answers. So the table
/// holds a row per shallow state, not per state of every phrase, and compiling it (at every start) copies no row for a
/// deep state.
///
/// A table entry is 16 bits: the number of the state it leads to, with the top bit clear when that state is shallow
/// and no pattern ends there or at one of its suffixes (the common case: the scan goes straight on to that state's
/// row), and set otherwise; the patterns ending at a state and its suffixes are then read from one flat range per
/// state, on that rare path only. A row is padded to a power-of-two width, so it starts at the state number shifted.
/// The rows can lead to states one byte deeper than themselves, numbered first; when more of those than 15 bits can
/// number would be in reach (a configuration can add words), the table stops a byte shallower, as often as it takes
/// (at no depth, the root's row leads to at most 257 states), and more of a text is scanned in deep states: slower,
/// never wrong.
///
/// Built once per word-list set and shared between threads. The scan is one dependent table load a byte, so every
/// load that misses a cache is waited for in full: the table (several MiB for the built-in lists) lives in a
/// `HugePageTable`, because in 4 KiB pages most loads missed the address-translation cache, and its entries are half
/// the width of 32-bit ones, so more of the rows texts visit stay in the caches. Measured against 32-bit row offsets
/// (6.5 MiB → 3.3 MiB for the built-in lists; `check` of the 100k shop, on a machine shared with a build): the scan's
/// share of the samples 10.7 % → 10.2 %, 53 % → 47 % of them on the instruction after the table load; a 512 KiB
/// last-level cache simulation counts 10 % fewer of the scan's misses; task-clock within the noise (medians of ten
/// interleaved runs 4,690 / 4,661 ms); instructions +0.5 % (the shift a byte, a bitset of reporting states, since
/// replaced by the flat ranges); a one-listing `check`
/// 29.1 → 26.9 ms (the table built at every start, and its huge pages, are half the size). Rows of 120 entries
/// found by a multiply gave the same times but 12 % more simulated misses than rows aligned to cache lines; columns
/// ordered by how often their byte occurs in the patterns, 20 % more.
struct PhraseAutomaton: Sendable {
    /// Column of each byte value in the transition table; 0 for bytes no pattern contains.
    private let byteClass: [Int32]
    /// The shallow states are `0..<denseCount`; the row of state `s` starts at `s << rowShift`, and its entry in
    /// column `c` is the state it goes to on `c`, ORed with `special` unless that state is shallow and reports no
    /// pattern.
    private let transitions: HugePageTable
    private let rowShift: Int
    private let denseCount: Int
    /// Deep state `denseCount + d` goes to state `edgeTarget[i]` on class `edgeClass[i]`, for `i` in
    /// `edgeStart[d]..<edgeStart[d + 1]`, and falls back to state `failure[d]` on any other class.
    private let edgeStart: [Int32]
    private let edgeClass: [Int32]
    private let edgeTarget: [Int32]
    private let failure: [Int32]
    /// The patterns ending at state `s` and at its suffix states, longest first, are
    /// `reported[reportStart[s]..<reportStart[s + 1]]`: an empty range for the deep states on the way through a
    /// long phrase, where nothing ends.
    private let reportStart: [Int32]
    private let reported: [Int32]
    /// The most patterns one state reports: a scan's room for occurrences holds at least this many more than it
    /// fills before handing them on.
    private let mostReported: Int
    /// The depth of the deepest states with a row (for tests).
    let tableDepth: Int

    /// The top bit of a table entry: set when patterns end at the state it names or the state is deep.
    private static let special: UInt16 = 0x8000

    /// The number of states (for measurements).
    var stateCount: Int { reportStart.count - 1 }

    /// The number of states with a row in the transition table (for measurements and tests).
    var shallowStateCount: Int { denseCount }

    /// Compiles `patterns` (byte strings; duplicates allowed, each reported under its own index; empty ones never
    /// match). States up to `denseDepth` bytes deep get a table row, fewer if the rows would lead to more than 2^15
    /// states: at 8, 13,630 of the built-in lists' 31,679 states (at 4, a fifth of a 10k shop's listing bytes were
    /// scanned in deep states and the scan's own instructions doubled).
    init(patterns: [[UInt8]], denseDepth: Int = 8) {
        var classOf = [Int32](repeating: 0, count: 256)
        var classes: Int32 = 1
        for pattern in patterns {
            for byte in pattern where classOf[Int(byte)] == 0 {
                classOf[Int(byte)] = classes
                classes += 1
            }
        }
        let trie = Trie(patterns: patterns, classOf: classOf)
        let depth = Self.rowDepth(asked: denseDepth, trie)
        var shift = 0
        while 1 << shift < classes { shift += 1 }
        let width = 1 << shift
        let count = trie.stateCount
        let dense = trie.states(upToDepth: depth)
        precondition(count < Int(Int32.max), "phrase automaton too large")
        var trieState = [Int32](repeating: 0, count: count)
        var fallbackOf = [Int32](repeating: 0, count: count)
        var link = [Int32](repeating: -1, count: count)
        var edgeStart: [Int32] = [0]
        var edgeClass: [Int32] = []
        var edgeTarget: [Int32] = []
        edgeStart.reserveCapacity(count - dense + 1)
        edgeClass.reserveCapacity(count - dense)
        edgeTarget.reserveCapacity(count - dense)
        var next = 1
        let table = HugePageTable(count: dense << shift) { table in
            /// The state `state` goes to on `column`, its edges and failure states looked up as a scan does.
            func target(_ state: Int, _ column: Int) -> Int {
                var state = state
                while state >= dense {
                    let deep = state - dense
                    for edge in Int(edgeStart[deep])..<Int(edgeStart[deep + 1]) where edgeClass[edge] == column {
                        return Int(edgeTarget[edge])
                    }
                    state = Int(fallbackOf[state])
                }
                return Int(table[state << shift + column] & ~Self.special)
            }
            // Breadth first over the trie: a state's failure state is shallower, so a shallow state's row is final
            // when the state's own row starts as a copy of it; the state's edges then replace the copied entries.
            for state in 0..<count {
                let row = state << shift
                if state == 0 {
                    table.baseAddress!.initialize(repeating: 0, count: width)
                } else if state < dense {
                    let from = table.baseAddress! + Int(fallbackOf[state]) << shift
                    (table.baseAddress! + row).initialize(from: from, count: width)
                }
                for edge in trie.edges(of: Int(trieState[state])) {
                    let (column, child) = trie.edge(edge)
                    let number = next
                    next += 1
                    trieState[number] = child
                    let fallback = state == 0 ? 0 : target(Int(fallbackOf[state]), column)
                    fallbackOf[number] = Int32(fallback)
                    link[number] = trie.endsPattern(Int(trieState[fallback])) ? Int32(fallback) : link[fallback]
                    let reporting = trie.endsPattern(Int(child)) || link[number] >= 0
                    if state < dense {
                        let plain = number < dense && !reporting
                        table[row + column] = UInt16(number) | (plain ? 0 : Self.special)
                    } else {
                        edgeClass.append(Int32(column))
                        edgeTarget.append(Int32(number))
                    }
                }
                if state >= dense { edgeStart.append(Int32(edgeClass.count)) }
            }
        }
        // Each state's patterns, then its longest reporting suffix's (numbered before it, being shallower).
        var starts = [Int32](repeating: 0, count: count + 1)
        var reported: [Int32] = []
        reported.reserveCapacity(patterns.count)
        var most = 0
        for state in 0..<count {
            starts[state] = Int32(reported.count)
            for pattern in trie.patternsEnding(at: Int(trieState[state])) { reported.append(pattern) }
            let suffix = Int(link[state])
            if suffix >= 0 {
                for output in Int(starts[suffix])..<Int(starts[suffix + 1]) { reported.append(reported[output]) }
            }
            most = max(most, reported.count - Int(starts[state]))
        }
        starts[count] = Int32(reported.count)
        byteClass = classOf
        transitions = table
        rowShift = shift
        denseCount = dense
        tableDepth = depth
        self.edgeStart = edgeStart
        self.edgeClass = edgeClass
        self.edgeTarget = edgeTarget
        failure = Array(fallbackOf[dense...])
        reportStart = starts
        self.reported = reported
        mostReported = most
    }

    /// The depth of the deepest rows: `asked`, or less, so that the rows lead to no more than 2^15 states, the most
    /// a 16-bit entry numbers (at depth 0, the root's row leads to at most 257).
    private static func rowDepth(asked: Int, _ trie: Trie) -> Int {
        var depth = min(asked, trie.height)
        while trie.states(upToDepth: depth + 1) > Int(special) { depth -= 1 }
        return depth
    }

    /// One occurrence as a scan gathers it: the pattern, and its end offset from where the gathering started.
    private struct Occurrence {
        var pattern: Int32
        var end: Int32
    }

    /// Where a scan goes on: the state it is in (whose patterns were gathered) and the next byte's offset.
    private struct Cursor {
        var state = 0
        var index = 0
    }

    /// The occurrences a scan gathers before handing them to its caller (the room holds `mostReported` more, so
    /// its 8-byte entries stay on the stack for the built-in lists).
    static var batch: Int { 64 }

    /// Calls `visit(pattern, end)` for every occurrence of every pattern in `text`, in order of the end offset
    /// (at one end, the longest pattern first). The automaton's walk (`gather`) fills a room on the stack with a
    /// batch of occurrences at a time, and `visit` is called on them after it: the walk, a function of its own, keeps
    /// its loop's values in registers instead of sharing them with the caller's code inlined into it.
    @inline(__always)
    func scan(_ text: UnsafeBufferPointer<UInt8>, _ visit: (Int32, Int) -> Void) {
        withUnsafeTemporaryAllocation(of: Occurrence.self, capacity: Self.batch + mostReported) { room in
            var cursor = Cursor()
            repeat {
                let base = cursor.index
                let found = gather(text, into: room, from: &cursor)
                for occurrence in room[..<found] { visit(occurrence.pattern, base &+ Int(occurrence.end)) }
            } while cursor.index < text.count
        }
    }

    /// Walks `text` from `cursor` on, writing every occurrence into `room` (its end as an offset from where the walk
    /// started), until the text ends, the offsets would pass `Int32.max`, or `batch` or more are written; returns
    /// how many, and leaves `cursor` where the walk stopped. The writes need no check: a state's patterns are written
    /// only while fewer than `batch` are, and no state reports more than `mostReported`, so they stay in `room`.
    @inline(never)
    private func gather(
        _ text: UnsafeBufferPointer<UInt8>, into room: UnsafeMutableBufferPointer<Occurrence>, from cursor: inout Cursor
    ) -> Int {
        precondition(room.count >= Self.batch + mostReported, "a room too small for the scan's occurrences")
        // The table's memory belongs to `transitions`: kept alive until the walk ends.
        defer { withExtendedLifetime(transitions) {} }
        let table = transitions.entries
        let base = cursor.index
        let stop = min(text.count, base + Int(Int32.max))
        guard let first = text.baseAddress, base < stop else { return 0 }
        // The bytes are read through a pointer from `first + base` to `first + stop`: one induction variable.
        let end = first + stop
        var byte = first + base
        var state = cursor.state
        var found = 0
        return byteClass.withUnsafeBufferPointer { classes in
            reportStart.withUnsafeBufferPointer { starts in
                reported.withUnsafeBufferPointer { reported in
                    deepEdges { deep in
                        while true {
                            if state < denseCount {
                                // Shallow: one table load a byte, until an entry names a state that reports or is deep.
                                var row = state &<< rowShift
                                var entry: UInt16 = 0
                                shallow: do {
                                    // Four bytes a step while four are left: one end check for four loads.
                                    while byte.distance(to: end) >= 4 {
                                        entry = table[row &+ Int(classes[Int(byte[0])])]
                                        if entry >= Self.special {
                                            byte += 1
                                            break shallow
                                        }
                                        row = Int(entry) &<< rowShift
                                        entry = table[row &+ Int(classes[Int(byte[1])])]
                                        if entry >= Self.special {
                                            byte += 2
                                            break shallow
                                        }
                                        row = Int(entry) &<< rowShift
                                        entry = table[row &+ Int(classes[Int(byte[2])])]
                                        if entry >= Self.special {
                                            byte += 3
                                            break shallow
                                        }
                                        row = Int(entry) &<< rowShift
                                        entry = table[row &+ Int(classes[Int(byte[3])])]
                                        byte += 4
                                        if entry >= Self.special { break shallow }
                                        row = Int(entry) &<< rowShift
                                    }
                                    while true {
                                        guard byte < end else {
                                            cursor = Cursor(state: row &>> rowShift, index: byte - first)
                                            return found
                                        }
                                        entry = table[row &+ Int(classes[Int(byte.pointee)])]
                                        byte += 1
                                        if entry >= Self.special { break shallow }
                                        row = Int(entry) &<< rowShift
                                    }
                                }
                                state = Int(entry ^ Self.special)
                            } else {
                                guard byte < end else {
                                    cursor = Cursor(state: state, index: byte - first)
                                    return found
                                }
                                state = deep.target(state, classes[Int(byte.pointee)], table, rowShift: rowShift)
                                byte += 1
                            }
                            let (from, to) = (Int(starts[state]), Int(starts[state &+ 1]))
                            guard from < to else { continue }
                            let offset = Int32(truncatingIfNeeded: byte - first &- base)
                            // Most states report one pattern: it is written with no loop set up for more.
                            room[found] = Occurrence(pattern: reported[from], end: offset)
                            found &+= 1
                            var output = from &+ 1
                            while output < to {
                                room[found] = Occurrence(pattern: reported[output], end: offset)
                                found &+= 1
                                output &+= 1
                            }
                            if found >= Self.batch {
                                cursor = Cursor(state: state, index: byte - first)
                                return found
                            }
                        }
                    }
                }
            }
        }
    }

    /// The deep states' edges and failure states as buffers, for one walk.
    private struct DeepEdges {
        let denseCount: Int
        let edgeStart: UnsafeBufferPointer<Int32>
        let edgeClass: UnsafeBufferPointer<Int32>
        let edgeTarget: UnsafeBufferPointer<Int32>
        let failure: UnsafeBufferPointer<Int32>

        /// The state deep state `state` goes to on `column`: its own edges, else its failure state's, until a
        /// shallow state's row in `table` answers.
        @inline(__always)
        func target(_ state: Int, _ column: Int32, _ table: UnsafeBufferPointer<UInt16>, rowShift: Int) -> Int {
            var state = state
            while state >= denseCount {
                let deep = state &- denseCount
                for edge in Int(edgeStart[deep])..<Int(edgeStart[deep &+ 1]) where edgeClass[edge] == column {
                    return Int(edgeTarget[edge])
                }
                state = Int(failure[deep])
            }
            return Int(table[state &<< rowShift &+ Int(column)] & ~PhraseAutomaton.special)
        }
    }

    /// Calls `body` with the deep states' edges as buffers.
    @inline(__always)
    private func deepEdges<Result>(_ body: (DeepEdges) -> Result) -> Result {
        edgeStart.withUnsafeBufferPointer { starts in
            edgeClass.withUnsafeBufferPointer { classes in
                edgeTarget.withUnsafeBufferPointer { targets in
                    failure.withUnsafeBufferPointer { failure in
                        body(
                            DeepEdges(
                                denseCount: denseCount, edgeStart: starts, edgeClass: classes, edgeTarget: targets,
                                failure: failure))
                    }
                }
            }
        }
    }
}

/// The keyword trie an automaton is built from, made by inserting the patterns one by one.
private struct Trie {
    /// Edges of state `s`: `edgeColumn[i]`, `edgeChild[i]` for `i` in `edgeStart[s]..<edgeStart[s + 1]`.
    private var edgeStart: [Int32] = []
    private var edgeColumn: [Int32] = []
    private var edgeChild: [Int32] = []
    /// Patterns ending at state `s`: `ending[endingStart[s]..<endingStart[s + 1]]`, in pattern order.
    private var endingStart: [Int32] = []
    private var ending: [Int32] = []

    /// The number of states, the root included.
    private(set) var stateCount = 1
    /// The number of states `d` bytes deep, by `d`.
    private var statesAtDepth = [1]

    init(patterns: [[UInt8]], classOf: [Int32]) {
        var total = 0
        for pattern in patterns { total += pattern.count }
        // Each state's parent and the byte leading to it; a child is found from its parent and byte through `slots`
        // (open addressing, a multiplicative hash, at most half full).
        var parent: [Int32] = [0]
        var label: [UInt8] = [0]
        parent.reserveCapacity(total + 1)
        label.reserveCapacity(total + 1)
        var bits = 4
        while 1 << bits < 2 * (total + 1) { bits += 1 }
        let mask = (1 << bits) - 1
        var slots = [Int32](repeating: -1, count: 1 << bits)
        var endsAt = [Int32](repeating: -1, count: patterns.count)
        slots.withUnsafeMutableBufferPointer { slots in
            for (index, pattern) in patterns.enumerated() where !pattern.isEmpty {
                var state = 0
                for depth in pattern.indices {
                    let value = pattern[depth]
                    let key = UInt64(state) << 8 | UInt64(value)
                    var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - bits))
                    while true {
                        let child = Int(slots[slot])
                        if child < 0 {
                            slots[slot] = Int32(stateCount)
                            parent.append(Int32(state))
                            label.append(value)
                            if depth + 1 == statesAtDepth.count { statesAtDepth.append(0) }
                            statesAtDepth[depth + 1] += 1
                            state = stateCount
                            stateCount += 1
                            break
                        }
                        if Int(parent[child]) == state, label[child] == value {
                            state = child
                            break
                        }
                        slot = (slot &+ 1) & mask
                    }
                }
                endsAt[index] = Int32(state)
            }
        }
        // Children in the order they were made.
        var childCount = [Int32](repeating: 0, count: stateCount + 1)
        for state in 1..<stateCount { childCount[Int(parent[state]) + 1] += 1 }
        for state in 0..<stateCount { childCount[state + 1] += childCount[state] }
        edgeStart = childCount
        edgeColumn = [Int32](repeating: 0, count: stateCount - 1)
        edgeChild = [Int32](repeating: 0, count: stateCount - 1)
        var fill = childCount
        for state in 1..<stateCount {
            let slot = Int(fill[Int(parent[state])])
            fill[Int(parent[state])] += 1
            edgeColumn[slot] = classOf[Int(label[state])]
            edgeChild[slot] = Int32(state)
        }
        // Patterns by the state they end at, in pattern order.
        var byState = [Int32](repeating: 0, count: stateCount + 1)
        for state in endsAt where state >= 0 { byState[Int(state) + 1] += 1 }
        for state in 0..<stateCount { byState[state + 1] += byState[state] }
        endingStart = byState
        ending = [Int32](repeating: 0, count: Int(byState[stateCount]))
        var next = byState
        for (index, state) in endsAt.enumerated() where state >= 0 {
            ending[Int(next[Int(state)])] = Int32(index)
            next[Int(state)] += 1
        }
    }

    /// The edges of `state`, for `edge(_:)`.
    func edges(of state: Int) -> Range<Int> { Int(edgeStart[state])..<Int(edgeStart[state + 1]) }

    /// The column an edge is taken on and the state it leads to.
    func edge(_ edge: Int) -> (column: Int, child: Int32) { (Int(edgeColumn[edge]), edgeChild[edge]) }

    /// Whether a pattern ends at `state`.
    func endsPattern(_ state: Int) -> Bool { endingStart[state] != endingStart[state + 1] }

    /// The depth of the deepest state.
    var height: Int { statesAtDepth.count - 1 }

    /// The number of states at most `depth` bytes deep, the root included.
    func states(upToDepth depth: Int) -> Int { statesAtDepth[...min(depth, height)].reduce(0, +) }

    /// The patterns ending at `state`, in pattern order.
    func patternsEnding(at state: Int) -> ArraySlice<Int32> {
        ending[Int(endingStart[state])..<Int(endingStart[state + 1])]
    }
}
