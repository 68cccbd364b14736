import Testing
@testable import ListingAudit

@Suite struct TextInternTableTests {
    @Test func everyTextGetsOneNumberInFirstSeenOrderAndReadsBack() {
        var table = TextInternTable()
        var texts: [String] = []
        for number in 0..<5_000 {
            texts.append(number % 3 == 0 ? "商品-\(number)" : "LST\(number)")
        }
        texts += ["", "\u{E9}", "e\u{301}", "LST99999", "LST099999"]
        for (number, text) in texts.enumerated() {
            #expect(table.index(of: text) == Int32(number), "\(text)")
        }
        // Asked again after the table grew many times: the same numbers, nothing added.
        for (number, text) in texts.enumerated().reversed() {
            #expect(table.index(of: text) == Int32(number))
            #expect(table[Int32(number)] == text)
        }
        #expect(table.count == texts.count)
    }

    @Test func textsAreComparedByTheirBytesNotByUnicodeEquivalence() {
        var table = TextInternTable()
        // Two spellings of é are equal as `String`s but are different ids in an export.
        let composed = table.index(of: "caf\u{E9}")
        let decomposed = table.index(of: "cafe\u{301}")
        #expect(composed != decomposed)
        #expect(table.count == 2)
    }
}
