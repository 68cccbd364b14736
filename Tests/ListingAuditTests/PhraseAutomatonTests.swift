import Testing

@testable import ListingAudit

@Suite struct PhraseAutomatonTests {
    /// Every occurrence of every pattern, by end offset, then longest first, then pattern order: found naively.
    private func naive(_ patterns: [[UInt8]], _ text: [UInt8]) -> [[Int]] {
        var found: [[Int]] = []
        for end in 0...text.count {
            let here = patterns.indices.filter { index in
                let pattern = patterns[index]
                return pattern.count <= end && Array(text[(end - pattern.count)..<end]) == pattern
            }
            let ordered = here.sorted {
                (patterns[$0].count, $1) > (patterns[$1].count, $0)
            }
            found += ordered.map { [$0, end] }
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
            let automaton = PhraseAutomaton(patterns: patterns)
            for _ in 0..<5 {
                let text = word(Int(random.next() % 40))
                #expect(scanned(automaton, text) == naive(patterns, text))
            }
        }
    }

    @Test func duplicatePatternsAreEachReportedAndStatesAreCountedOnce() {
        let automaton = PhraseAutomaton(patterns: [Array("he".utf8), Array("she".utf8), Array("he".utf8)])
        #expect(scanned(automaton, Array("ushe".utf8)) == [[1, 4], [0, 4], [2, 4]])
        // Root, s, sh, she, h, he.
        #expect(automaton.stateCount == 6)
    }
}
