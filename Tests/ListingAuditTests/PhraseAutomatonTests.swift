import Testing

@testable import ListingAudit

@Suite struct PhraseAutomatonTests {
    /// Every occurrence of every pattern, by end offset, then longest first, then pattern order: found naively, by
    /// looking every slice of the text of a pattern's length up among the patterns.
    private func naive(_ patterns: [[UInt8]], _ text: [UInt8]) -> [[Int]] {
        var byBytes: [[UInt8]: [Int]] = [:]
        for (index, pattern) in patterns.enumerated() where !pattern.isEmpty {
            byBytes[pattern, default: []].append(index)
        }
        let lengths = Set(byBytes.keys.map(\.count)).sorted(by: >)
        var found: [[Int]] = []
        for end in 0...text.count {
            for length in lengths where length <= end {
                found += (byBytes[Array(text[(end - length)..<end])] ?? []).map { [$0, end] }
            }
        }
        return found
    }

    private func scanned(_ automaton: PhraseAutomaton, _ text: [UInt8]) -> [[Int]] {
        var found: [[Int]] = []
        text.withUnsafeBufferPointer { bytes in automaton.scan(bytes) { found.append([Int($0), $1]) } }
        return found
    }

    @Test func reportsWhatANaiveSearchFindsOnRandomPatternsAndTexts() {
        var random = SeededGenerator(seed: 11)
        // A small alphabet (with a multi-byte Chinese character) makes overlaps, shared prefixes and suffixes common.
        let alphabet: [[UInt8]] = [[0x61], [0x62], [0x63], [0x20], Array("色".utf8)]
        func word(_ length: Int) -> [UInt8] {
            (0..<length).flatMap { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }
        }
        for _ in 0..<200 {
            let patterns = (0..<(1 + Int(random.next() % 12))).map { _ in word(1 + Int(random.next() % 4)) }
            // Every state in the table, only the root, and the split between them at 1, 2 and 4 bytes deep.
            let automata = [Int.max, 0, 1, 2, 4].map { PhraseAutomaton(patterns: patterns, denseDepth: $0) }
            for _ in 0..<5 {
                let text = word(Int(random.next() % 40))
                let expected = naive(patterns, text)
                for automaton in automata { #expect(scanned(automaton, text) == expected) }
            }
        }
    }

    @Test func duplicatePatternsAreEachReportedAndStatesAreCountedOnce() {
        let automaton = PhraseAutomaton(patterns: [Array("he".utf8), Array("she".utf8), Array("he".utf8)])
        #expect(scanned(automaton, Array("ushe".utf8)) == [[1, 4], [0, 4], [2, 4]])
        // Root, s, sh, she, h, he.
        #expect(automaton.stateCount == 6)
    }

    /// Hostile texts (pieces of the patterns spliced together, with stray bytes: 0x00, 0xFF, halves of Chinese
    /// characters) against patterns whose deep states branch many ways (one long prefix followed by each of 60
    /// bytes), run into one another (a pattern's suffix is another's prefix) or repeat one byte (deep failure
    /// chains): the automaton finds what a naive search finds, whichever states have table rows. Seeded, so a failure
    /// can be replayed.
    @Test func deepStatesWithManyEdgesAndLongFailureChainsMatchANaiveSearch() {
        var random = SeededGenerator(seed: 20_261_203)
        func below(_ bound: Int) -> Int { Int(random.next() % UInt64(bound)) }
        let stray: [UInt8] = [0x00, 0xFF, 0x20, 0x61, 0xE8, 0x89, 0xB2] + Array("色织".utf8)
        for round in 0..<60 {
            let prefix = Array("abcab色".utf8)
            var patterns: [[UInt8]] = (0..<60).map { prefix + [UInt8(0x21 + $0)] }
            patterns += [[UInt8](repeating: 0x61, count: 1 + below(9)), Array("bcab".utf8), Array("ab色x".utf8)]
            patterns += (0..<(5 + below(20))).map { _ in (0..<(1 + below(12))).map { _ in stray[below(stray.count)] } }
            patterns.append(patterns[below(patterns.count)])
            let automata = [Int.max, 0, 1, 3, 6].map { PhraseAutomaton(patterns: patterns, denseDepth: $0) }
            for _ in 0..<8 {
                var text: [UInt8] = []
                while text.count < 20 + round {
                    if below(3) == 0 {
                        text.append(stray[below(stray.count)])
                    } else {
                        let piece = patterns[below(patterns.count)]
                        let start = below(piece.count)
                        text += piece[start..<(start + 1 + below(piece.count - start))]
                    }
                }
                let expected = naive(patterns, text)
                for automaton in automata { #expect(scanned(automaton, text) == expected) }
            }
        }
    }

    /// The built-in lists' patterns: most states are deep (no table row), and the automaton finds what a naive
    /// search finds in texts spliced from pieces of them.
    @Test func theBuiltInPatternsAreFoundAsANaiveSearchFindsThem() {
        let book = ListingPhrase.standardBook
        var patterns: [[UInt8]] = []
        var seen: Set<[UInt8]> = []
        for list in 0..<book.listCount {
            for (bytes, _) in book.entries(of: list) where seen.insert(bytes).inserted { patterns.append(bytes) }
        }
        let automaton = PhraseAutomaton(patterns: patterns)
        #expect(automaton.shallowStateCount * 2 < automaton.stateCount)
        var random = SeededGenerator(seed: 9)
        func below(_ bound: Int) -> Int { Int(random.next() % UInt64(bound)) }
        for _ in 0..<40 {
            var text: [UInt8] = []
            while text.count < 300 {
                let piece = patterns[below(patterns.count)]
                let start = below(3) == 0 ? below(piece.count) : 0
                text += piece[start..<(start + 1 + below(piece.count - start))]
                if below(4) == 0 { text.append(below(2) == 0 ? 0x20 : 0xE4) }
            }
            #expect(scanned(automaton, text) == naive(patterns, text))
        }
    }
}
