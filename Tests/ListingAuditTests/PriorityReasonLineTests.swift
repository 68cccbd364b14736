import Testing

@testable import ListingAudit

/// `PriorityReason.line` writes the reason of every `priorities.csv` row as UTF-8 through `ReasonLine`, a string
/// literal with interpolations: its bytes must be those the same literal makes as a `String`. (When `ReasonLine` was
/// introduced, every reason of every Corpus shop and of the 100k synthetic shop was compared byte for byte with the
/// `String` version; the reasons' wording is tested where it is decided, e.g. `HonestHeadlineTests`.)
@Suite struct PriorityReasonLineTests {
    @Test func interpolationsAndJoinsAreThoseOfTheSameStringLiteral() {
        for (text, count) in [("尺码不合适", 3), ("Size & fit", -12), ("", 0), ("café 🎉", 1_000_000)] {
            let line: ReasonLine = "\(count)单中\(text)；" + "rate \(count)% of \(text)."
            let string: String = "\(count)单中\(text)；" + "rate \(count)% of \(text)."
            #expect(line.bytes == Array(string.utf8), "\(string)")
            let plain: ReasonLine = "未发现问题（新品）"
            #expect(plain.bytes == Array("未发现问题（新品）".utf8))
        }
    }

    @Test func wholeNumbersAreWrittenAsStringWritesThem() {
        for value in [0, 1, 9, 10, 99, 100, 12_345, -1, -120, Int.max, Int.min] {
            let line: ReasonLine = "(\(value))"
            #expect(String(decoding: line.bytes, as: UTF8.self) == "(\(String(value)))")
        }
    }
}
