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

    /// The walk hands its occurrences over a batch at a time and goes on where it stopped: in a shallow state or a
    /// deep one, after a state reporting more patterns than a batch (a pattern given 150 times, its suffixes too), and
    /// at the text's end. Texts of thousands of occurrences, at every depth of table: the hits are a naive search's.
    @Test func occurrencesHandedOverBatchByBatchMatchANaiveSearch() {
        var random = SeededGenerator(seed: 20_261_206)
        func below(_ bound: Int) -> Int { Int(random.next() % UInt64(bound)) }
        let letters: [UInt8] = [0x61, 0x62, 0x20]
        var patterns = [[UInt8]](repeating: [0x61], count: 150)
        patterns += [[0x62, 0x61], [0x61, 0x61], Array("abaabaaab".utf8), Array("aaaaaaaaaaab".utf8), [0x62]]
        patterns += (0..<30).map { _ in (0...below(11)).map { _ in letters[below(2)] } }
        let automata = [Int.max, 0, 1, 3].map { PhraseAutomaton(patterns: patterns, denseDepth: $0) }
        for round in 0..<12 {
            let text = (0..<(round * 40 + below(40))).map { _ in letters[below(letters.count)] }
            let expected = naive(patterns, text)
            if round > 0 { #expect(expected.count > 3 * PhraseAutomaton.batch) }
            for automaton in automata { #expect(scanned(automaton, text) == expected) }
        }
    }

    /// Texts spliced from pieces of `patterns` (most of them whole) with a stray byte now and then, so that hits are
    /// many and states of every depth are visited.
    private func splicedTexts(
        of patterns: [[UInt8]], count: Int, length: Int, _ random: inout SeededGenerator
    ) -> [[UInt8]] {
        func below(_ bound: Int) -> Int { Int(random.next() % UInt64(bound)) }
        return (0..<count).map { _ in
            var text: [UInt8] = []
            while text.count < length {
                let piece = patterns[below(patterns.count)]
                let start = below(3) == 0 ? below(piece.count) : 0
                text += piece[start..<(start + 1 + below(piece.count - start))]
                if below(4) == 0 { text.append(below(2) == 0 ? 0x20 : 0xE4) }
            }
            return text
        }
    }

    /// Table entries are 16 bits: while the rows lead to no more than 2^15 states, the last of them (entry 0xFFFF)
    /// a reporting one, the table is as deep as asked; one state more and it stops a byte shallower than the
    /// deepest states it would lead to, the rest of them deep states numbered past 2^15. Either way the hits are a
    /// naive search's.
    @Test func tablesLeadingToAtMostTwoToTheFifteenStatesAndTablesMadeShallowerMatchANaiveSearch() {
        // Every 2-byte string over 32 letters and the first 31,711 3-byte ones: with the root and the 32 one-byte
        // states, exactly 2^15 states, every 2- and 3-byte one reporting.
        let letters = (0..<32).map { UInt8(0x41 + $0) }
        let pairs = letters.flatMap { first in letters.map { [first, $0] } }
        let triples = pairs.flatMap { pair in letters.map { pair + [$0] } }
        let atTheLimit = pairs + triples[..<31_711]
        let beyondIt = atTheLimit + [triples[31_711]]
        var random = SeededGenerator(seed: 20_261_205)
        for (patterns, states, depth, rows) in [(atTheLimit, 32_768, 3, 32_768), (beyondIt, 32_769, 1, 33)] {
            let automaton = PhraseAutomaton(patterns: patterns)
            #expect(automaton.stateCount == states)
            #expect(automaton.tableDepth == depth)
            #expect(automaton.shallowStateCount == rows)
            // Random letters: nearly every 3-byte window is a pattern.
            for _ in 0..<20 {
                let text = (0..<200).map { _ in random.next() % 9 == 0 ? 0x20 : letters[Int(random.next() % 32)] }
                let expected = naive(patterns, text)
                #expect(expected.count > 200)
                #expect(scanned(automaton, text) == expected)
            }
        }
    }

    /// Random pattern sets of phrases up to 14 letters, one small enough for the table to be as deep as asked (8, the
    /// default) and one whose states up to nine bytes deep number more than 2^15, so that its table is shallower, and
    /// both with no rows but the root's and rows 3 bytes deep: the hits are a naive search's.
    @Test func randomPatternSetsBelowAndAboveTheSixteenBitLimitMatchANaiveSearch() {
        var random = SeededGenerator(seed: 16)
        func below(_ bound: Int) -> Int { Int(random.next() % UInt64(bound)) }
        let alphabet: [[UInt8]] = (0..<11).map { [UInt8(0x61 + $0)] } + [Array("色".utf8)]
        for (patternCount, fitsDepth) in [(2_000, true), (12_000, false)] {
            let patterns = (0..<patternCount).map { _ in (0...below(14)).flatMap { _ in alphabet[below(12)] } }
            let automaton = PhraseAutomaton(patterns: patterns)
            #expect((automaton.tableDepth == 8) == fitsDepth)
            #expect(automaton.shallowStateCount < automaton.stateCount)
            let automata = [automaton] + [0, 3].map { PhraseAutomaton(patterns: patterns, denseDepth: $0) }
            for text in splicedTexts(of: patterns, count: 12, length: 400, &random) {
                let expected = naive(patterns, text)
                #expect(expected.count > 100)
                for automaton in automata { #expect(scanned(automaton, text) == expected) }
            }
        }
    }

    /// The built-in lists' patterns: most states are deep (no table row), the table is as deep as asked, and the
    /// automaton finds what a naive search finds in texts spliced from pieces of them.
    @Test func theBuiltInPatternsAreFoundAsANaiveSearchFindsThem() {
        let book = ListingPhrase.standardBook
        var patterns: [[UInt8]] = []
        var seen: Set<[UInt8]> = []
        for list in 0..<book.listCount {
            for (bytes, _) in book.entries(of: list) where seen.insert(bytes).inserted { patterns.append(bytes) }
        }
        let automaton = PhraseAutomaton(patterns: patterns)
        #expect(automaton.shallowStateCount * 2 < automaton.stateCount)
        // The table they were measured with: rows up to 8 bytes deep.
        #expect(automaton.tableDepth == 8)
        var random = SeededGenerator(seed: 9)
        for text in splicedTexts(of: patterns, count: 40, length: 300, &random) {
            #expect(scanned(automaton, text) == naive(patterns, text))
        }
    }
}
