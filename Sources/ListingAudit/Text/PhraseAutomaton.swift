/// An Aho–Corasick automaton over bytes, compiled to a table: one left-to-right pass over a text reports every
/// occurrence of every pattern, however many patterns there are, at one table look-up per byte.
///
/// Bytes that occur in no pattern share one column of the table (byte classes), so a few thousand Chinese and
/// English phrases make a table of a few megabytes. Built once per word-list set and shared between threads.
struct PhraseAutomaton: Sendable {
    /// Column of each byte value in the transition table; 0 for bytes no pattern contains.
    private let byteClass: [UInt16]
    private let classCount: Int
    /// `transitions[state * classCount + class]` is the next state.
    private let transitions: [Int32]
    /// The patterns ending at state `s` (its own and its suffixes') are `outputs[outputStart[s]..<outputStart[s + 1]]`.
    private let outputStart: [Int32]
    private let outputs: [Int32]
    /// The byte length of each pattern.
    let lengths: [Int32]

    /// The number of states (for measurements).
    var stateCount: Int { outputStart.count - 1 }

    /// Compiles `patterns` (non-empty byte strings; duplicates allowed, each reported under its own index).
    init(patterns: [[UInt8]]) {
        var classOf = [UInt16](repeating: 0, count: 256)
        var classes = 1
        for pattern in patterns {
            for byte in pattern where classOf[Int(byte)] == 0 {
                classOf[Int(byte)] = UInt16(classes)
                classes += 1
            }
        }
        // The trie: goto[state * classes + class], -1 where there is no edge; room for every pattern byte's state.
        let capacity = patterns.reduce(1) { $0 + $1.count }
        var goto = [Int32](repeating: -1, count: capacity * classes)
        var own: [[Int32]] = [[]]
        for (index, pattern) in patterns.enumerated() where !pattern.isEmpty {
            var state = 0
            for byte in pattern {
                let slot = state * classes + Int(classOf[Int(byte)])
                if goto[slot] < 0 {
                    goto[slot] = Int32(own.count)
                    own.append([])
                }
                state = Int(goto[slot])
            }
            own[state].append(Int32(index))
        }
        // Breadth first: each state's failure state is done before it, so missing edges copy the failure's edges.
        let stateCount = own.count
        goto.removeLast((capacity - stateCount) * classes)
        var failure = [Int32](repeating: 0, count: stateCount)
        var order: [Int] = [0]
        order.reserveCapacity(stateCount)
        goto.withUnsafeMutableBufferPointer { table in
            for column in 0..<classes where table[column] >= 0 { order.append(Int(table[column])) }
            for column in 0..<classes where table[column] < 0 { table[column] = 0 }
            var head = 1
            while head < order.count {
                let state = order[head]
                head += 1
                let row = state * classes
                let fallbackRow = Int(failure[state]) * classes
                for column in 0..<classes {
                    let target = table[row + column]
                    if target >= 0 {
                        failure[Int(target)] = table[fallbackRow + column]
                        order.append(Int(target))
                    } else {
                        table[row + column] = table[fallbackRow + column]
                    }
                }
            }
        }
        var starts = [Int32](repeating: 0, count: stateCount + 1)
        var outputs: [Int32] = []
        var merged = [[Int32]](repeating: [], count: stateCount)
        for state in order {
            merged[state] = own[state] + (state == 0 ? [] : merged[Int(failure[state])])
        }
        for state in 0..<stateCount {
            starts[state] = Int32(outputs.count)
            outputs += merged[state]
        }
        starts[stateCount] = Int32(outputs.count)
        byteClass = classOf
        classCount = classes
        transitions = goto
        outputStart = starts
        self.outputs = outputs
        lengths = patterns.map { Int32($0.count) }
    }

    /// Calls `visit(pattern, end)` for every occurrence of every pattern in `text`, in order of the end offset.
    @inline(__always)
    func scan(_ text: UnsafeBufferPointer<UInt8>, _ visit: (Int32, Int) -> Void) {
        transitions.withUnsafeBufferPointer { table in
            byteClass.withUnsafeBufferPointer { classes in
                outputStart.withUnsafeBufferPointer { starts in
                    var state = 0
                    for index in 0..<text.count {
                        state = Int(table[state &* classCount &+ Int(classes[Int(text[index])])])
                        let first = starts[state]
                        let last = starts[state &+ 1]
                        if first == last { continue }
                        for output in Int(first)..<Int(last) { visit(outputs[output], index + 1) }
                    }
                }
            }
        }
    }
}
