import Testing
@testable import ListingAudit

@Suite struct AbbreviationTests {
    /// `abbreviated(to:)` character by character: the definition the byte reading of simple text must match.
    private func reference(_ text: String, limit: Int) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingWhitespace()
        guard flat.count > limit else { return flat }
        return String(flat.prefix(limit)) + "…"
    }

    @Test func simpleTextIsAbbreviatedAsCharacterByCharacter() {
        let pieces = ["a", "B", " ", "\n", "\r", "\r\n", "中", "，", "é", "\u{3000}", "\u{A0}", "…"]
        // A fixed pseudo-random sequence (a linear congruential generator), so a failure repeats.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<3000 {
            let text = (0..<next(24)).map { _ in pieces[next(pieces.count)] }.joined()
            for limit in [0, 1, 3, 8, 40] {
                #expect(text.abbreviated(to: limit) == reference(text, limit: limit), "\(text.debugDescription)")
            }
        }
    }

    @Test func aLongTextIsCutAtItsLimit() {
        let text = "Soft cotton tee.\n\nMachine wash cold." + String(repeating: " Tumble dry low.", count: 200)
        #expect(text.abbreviated(to: 20) == "Soft cotton tee. Mac…")
        #expect("  一句话\r\n两行  ".abbreviated(to: 40) == "一句话 两行")
    }

    /// `uniqued()` keeps each element's first occurrence in order, whether the list is short (a linear search, the
    /// list itself when it has no repeat) or long (a set).
    @Test func uniquedKeepsFirstOccurrencesInOrder() {
        #expect([String]().uniqued() == [])
        #expect(["a"].uniqued() == ["a"])
        #expect(["b", "a", "c"].uniqued() == ["b", "a", "c"])
        #expect(["b", "a", "b", "c", "a"].uniqued() == ["b", "a", "c"])
        #expect(["a", "a", "a"].uniqued() == ["a"])
        #expect(["x", "y", "z", "z"].uniqued() == ["x", "y", "z"])
        let long = (0..<40).map { "w\($0 % 13)" }
        #expect(long.uniqued() == (0..<13).map { "w\($0)" })
    }
}
