import Foundation
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

    /// Counts, percentages and numbers written digit by digit are the texts `ListingPriority.count`,
    /// `ListingPriority.percent` and the plain rule below make, over edges and a spread of values.
    @Test func countsPercentagesAndNumbersAreThoseOfTheirStrings() {
        for value in [0, 1, 2, 9, 10, 11, 101, -1, -2, Int.max, Int.min] {
            let line: ReasonLine = "\(count: value, "linked refund")|\(count: value, "order")"
            let expected = ListingPriority.count(value, "linked refund") + "|" + ListingPriority.count(value, "order")
            #expect(String(decoding: line.bytes, as: UTF8.self) == expected)
        }
        var values: [Double] = [
            0, -0.0, 0.05, 0.049999, 0.25, 0.35, 0.45, 1, 1.5, 2.5, -2.5, 0.0005, 0.00049, 0.12345, 1.0 / 3, 2.0 / 3,
            99.95, 999_999.95, 1e13, 1e14 - 0.05, 1e14, 1e15, 1e16, 1e300, -1e300, .nan, .infinity, -.infinity,
            .greatestFiniteMagnitude, .leastNonzeroMagnitude, -.leastNonzeroMagnitude, 4.35, 0.135, 12.25,
        ]
        var generator = SeededGenerator(seed: 20261204)
        for _ in 0..<2_000 {
            values.append(Double.random(in: -1_000...1_000, using: &generator))
            values.append(Double(Int.random(in: 0...10_000, using: &generator)) / 1_000)
            values.append(Double(bitPattern: UInt64.random(in: 0...UInt64.max, using: &generator)))
        }
        for value in values {
            let line: ReasonLine = "\(percent: value) \(number: value)"
            let expected = ListingPriority.percent(value) + " " + Self.number(value)
            #expect(String(decoding: line.bytes, as: UTF8.self) == expected, "\(value)")
        }
    }

    /// `priorities.csv` makes each distinct reason once, found again by the bytes of `PriorityReason.sentenceKey`:
    /// reasons with the same key bytes must have the same line in both languages. Random reasons over few values of
    /// every field (so reasons differing only in fields their sentence does not print share keys), every sentence
    /// made.
    @Test func equalKeysHaveEqualLines() {
        let rules = [
            (
                id: "size.no_measurements",
                title: LocalizedText(zh: "尺码没有具体尺寸", en: "Sizes without measurements")
            ),
            (id: "images.too_few", title: LocalizedText(zh: "图片太少", en: "Too few images")),
        ]
        var generator = SeededGenerator(seed: 20261205)
        var lines: [[UInt8]: (zh: [UInt8], en: [UInt8])] = [:]
        var shared = 0
        var sentences = Set<String>()
        for _ in 0..<20_000 {
            let rule = Int.random(in: -1..<rules.count, using: &generator)
            let doubles: [Double] = [0, -0.0, 0.5, 1, 2.25, 1e16, .nan]
            let reason = PriorityReason(
                findingCount: Int.random(in: 0...2, using: &generator),
                topRuleID: rule < 0 ? nil : rules[rule].id, topRuleTitle: rule < 0 ? nil : rules[rule].title,
                hasHistory: Bool.random(using: &generator),
                maxSeverity: [nil, .advice, .warning, .error].randomElement(using: &generator)!,
                linkedRefunds: Int.random(in: 0...2, using: &generator),
                dominantCategory: [nil, .sizeFit, .changedMind, .deliveryProblem].randomElement(using: &generator)!,
                preventableRefunds: doubles.randomElement(using: &generator)!,
                orders: [nil, 0, 1, 3].randomElement(using: &generator)!,
                expectedLinkedRefunds: doubles.randomElement(using: &generator)!,
                refundsTotal: Int.random(in: 0...2, using: &generator),
                refundExportGiven: Bool.random(using: &generator))
            let key = reason.sentenceKey(rule: Int32(rule)).withBytes { Array($0) }
            let line = (zh: reason.line(.zh).bytes, en: reason.line(.en).bytes)
            let english = String(decoding: line.en, as: UTF8.self)
            sentences.formUnion(Self.sentenceMarks.filter { english.contains($0) })
            if let earlier = lines[key] {
                shared += 1
                #expect(earlier.zh == line.zh && earlier.en == line.en, "\(reason)")
            } else {
                lines[key] = line
            }
        }
        #expect(shared > 10_000)
        #expect(sentences == Set(Self.sentenceMarks))
    }

    /// A piece of each English sentence of `PriorityReason.line`.
    private static let sentenceMarks = [
        "No listing findings;", "No findings, no refunds", "No findings (new product)", "No refund export given",
        "New product (no orders", "but no refunds linked", "similar listings without", "No orders;", "(average listing",
    ]

    /// What `\(number:)` means: whole numbers (to one decimal) without decimals, others with one; a value that is
    /// not finite or beyond 10^15 printed as `String(format:)` prints it.
    private static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        guard abs(rounded) < 1e15 else { return String(format: "%.1f", value) }
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.1f", rounded)
    }
}
