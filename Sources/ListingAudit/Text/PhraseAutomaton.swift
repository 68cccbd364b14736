/// An Aho–Corasick automaton over bytes, compiled to a table: one left-to-right pass over a text reports every
/// occurrence of every pattern, however many patterns there are, at one table look-up per byte.
///
/// Bytes that occur in no pattern share one column of the table (byte classes), so a few thousand Chinese and
/// English phrases make a table of a few megabytes. States are numbered breadth first, so the shallow states a scan
/// spends most of its time in share the first rows of the table (and the processor's cache). A table entry is the
/// next state's row offset, negative when patterns end in that state, so a byte without a match costs one look-up.
/// Built once per word-list set and shared between threads.
struct PhraseAutomaton: Sendable {
    /// Column of each byte value in the transition table; 0 for bytes no pattern contains.
    private let byteClass: [Int32]
    private let classCount: Int
    /// `transitions[row + class]`: the next state's row (`state * classCount`), with the sign bit set when a pattern
    /// ends in that state.
    private let transitions: [Int32]
    /// The patterns ending at state `s` itself are `outputs[outputStart[s]..<outputStart[s + 1]]`; those of its
    /// suffixes are found through `outputLink[s]`, the longest proper suffix state where a pattern ends (or -1).
    private let outputStart: [Int32]
    private let outputs: [Int32]
    private let outputLink: [Int32]
    /// The byte length of each pattern.
    let lengths: [Int32]

    /// The number of states (for measurements).
    var stateCount: Int { outputLink.count }

    /// The transition table's size in bytes (for measurements).
    var tableBytes: Int { transitions.count * MemoryLayout<Int32>.stride }

    /// Compiles `patterns` (non-empty byte strings; duplicates allowed, each reported under its own index).
    init(patterns: [[UInt8]]) {
        var classOf = [Int32](repeating: 0, count: 256)
        var classes: Int32 = 1
        for pattern in patterns {
            for byte in pattern where classOf[Int(byte)] == 0 {
                classOf[Int(byte)] = classes
                classes += 1
            }
        }
        let trie = Trie(patterns: patterns, classOf: classOf)
        let width = Int(classes)
        let count = trie.stateCount
        precondition(count * width < Int(Int32.max), "phrase automaton too large")
        // Breadth first over the trie: a state's failure state is shallower, so its row is final when the state's
        // own row starts as a copy of it; the state's edges then replace the copied entries.
        var newNumber = [Int32](repeating: 0, count: count)
        var trieState = [Int32](repeating: 0, count: count)
        var failure = [Int32](repeating: 0, count: count)
        var link = [Int32](repeating: -1, count: count)
        var hasOutput = [Bool](repeating: false, count: count)
        var next = 1
        let table = [Int32](unsafeUninitializedCapacity: count * width) { table, initialized in
            for state in 0..<count {
                let row = state * width
                if state == 0 {
                    table.baseAddress!.initialize(repeating: 0, count: width)
                } else {
                    let from = table.baseAddress! + Int(failure[state]) * width
                    (table.baseAddress! + row).initialize(from: from, count: width)
                }
                trie.forEachEdge(of: Int(trieState[state])) { column, child in
                    let number = next
                    next += 1
                    newNumber[Int(child)] = Int32(number)
                    trieState[number] = child
                    let fallback = state == 0 ? 0 : Int(table[Int(failure[state]) * width + column] & Int32.max) / width
                    failure[number] = Int32(fallback)
                    link[number] = trie.endsPattern(Int(trieState[fallback])) ? Int32(fallback) : link[fallback]
                    hasOutput[number] = trie.endsPattern(Int(child)) || link[number] >= 0
                    table[row + column] = Int32(number * width) | (hasOutput[number] ? Int32.min : 0)
                }
            }
            initialized = count * width
        }
        var starts = [Int32](repeating: 0, count: count + 1)
        var outputs: [Int32] = []
        outputs.reserveCapacity(patterns.count)
        for state in 0..<count {
            starts[state] = Int32(outputs.count)
            outputs += trie.patternsEnding(at: Int(trieState[state]))
        }
        starts[count] = Int32(outputs.count)
        byteClass = classOf
        classCount = width
        transitions = table
        outputStart = starts
        self.outputs = outputs
        outputLink = link
        lengths = patterns.map { Int32($0.count) }
    }

    /// Calls `visit(pattern, end)` for every occurrence of every pattern in `text`, in order of the end offset
    /// (at one end, the longest pattern first).
    @inline(__always)
    func scan(_ text: UnsafeBufferPointer<UInt8>, _ visit: (Int32, Int) -> Void) {
        transitions.withUnsafeBufferPointer { table in
            byteClass.withUnsafeBufferPointer { classes in
                var row = 0
                for index in 0..<text.count {
                    let entry = table[row &+ Int(classes[Int(text[index])])]
                    row = Int(entry & Int32.max)
                    if entry >= 0 { continue }
                    var state = row / classCount
                    repeat {
                        for output in Int(outputStart[state])..<Int(outputStart[state + 1]) {
                            visit(outputs[output], index + 1)
                        }
                        state = Int(outputLink[state])
                    } while state >= 0
                }
            }
        }
    }
}

/// The keyword trie an automaton is built from: patterns sorted, so each shares its path with the one before.
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

    init(patterns: [[UInt8]], classOf: [Int32]) {
        let order = patterns.indices.filter { !patterns[$0].isEmpty }.sorted {
            patterns[$0].lexicographicallyPrecedes(patterns[$1]) || patterns[$0] == patterns[$1] && $0 < $1
        }
        // States are made in depth-first order; each state's parent and the column leading to it.
        var parent: [Int32] = [0]
        var column: [Int32] = [0]
        var endsAt: [Int32] = []
        endsAt.reserveCapacity(order.count)
        var path: [Int32] = [0]
        var previous: [UInt8] = []
        for index in order {
            let pattern = patterns[index]
            var shared = 0
            while shared < min(pattern.count, previous.count), pattern[shared] == previous[shared] { shared += 1 }
            path.removeLast(path.count - 1 - shared)
            for byte in pattern[shared...] {
                parent.append(path.last!)
                column.append(classOf[Int(byte)])
                path.append(Int32(stateCount))
                stateCount += 1
            }
            endsAt.append(path.last!)
            previous = pattern
        }
        // Children in the order they were made (a state's children are consecutive in no particular order).
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
            edgeColumn[slot] = column[state]
            edgeChild[slot] = Int32(state)
        }
        // Patterns by the state they end at, in pattern order.
        var byState = [Int32](repeating: 0, count: stateCount + 1)
        for state in endsAt { byState[Int(state) + 1] += 1 }
        for state in 0..<stateCount { byState[state + 1] += byState[state] }
        endingStart = byState
        ending = [Int32](repeating: 0, count: endsAt.count)
        var next = byState
        for (state, index) in zip(endsAt, order).sorted(by: { $0.1 < $1.1 }) {
            ending[Int(next[Int(state)])] = Int32(index)
            next[Int(state)] += 1
        }
    }

    /// Calls `body(column, child)` for each edge of `state`.
    func forEachEdge(of state: Int, _ body: (Int, Int32) -> Void) {
        for edge in Int(edgeStart[state])..<Int(edgeStart[state + 1]) { body(Int(edgeColumn[edge]), edgeChild[edge]) }
    }

    /// Whether a pattern ends at `state`.
    func endsPattern(_ state: Int) -> Bool { endingStart[state] != endingStart[state + 1] }

    /// The patterns ending at `state`, in pattern order.
    func patternsEnding(at state: Int) -> ArraySlice<Int32> {
        ending[Int(endingStart[state])..<Int(endingStart[state + 1])]
    }
}
