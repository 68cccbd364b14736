import Foundation
import Testing
@testable import ListingAudit

/// `NumberText` writes its digits itself for up to four decimals below 10^15: the texts must be those its `printf`
/// form gave, grouped the same way, for every value and sign.
@Suite struct NumberTextBytesTests {
    /// What `NumberText.decimal` wrote through `printf` (`%.<digits>f`, a `-` dropped when only zeros follow it,
    /// the whole digits grouped by threes): the oracle.
    private func printed(_ value: Double, digits: Int) -> String {
        guard value.isFinite else { return "–" }
        let formatted = String(format: "%.\(max(0, digits))f", value)
        let negative = formatted.hasPrefix("-")
        let unsigned = negative ? String(formatted.dropFirst()) : formatted
        let parts = unsigned.split(separator: ".", maxSplits: 1)
        var whole = ""
        let digitsOfWhole = Array(parts.first ?? "0")
        for (index, digit) in digitsOfWhole.enumerated() {
            if index > 0, (digitsOfWhole.count - index) % 3 == 0 { whole.append(",") }
            whole.append(digit)
        }
        if parts.count == 2 { whole += "." + parts[1] }
        let isZero = !unsigned.contains { $0 != "0" && $0 != "." }
        return (negative && !isZero ? "-" : "") + whole
    }

    @Test func decimalsAreThePrintedDigitsGrouped() {
        var generator = SeededGenerator(seed: 0x48C)
        var values: [Double] = [
            0, -0.0, 0.005, 0.015, 0.025, -0.004, -0.05, 0.5, 1.5, 2.5, 999.995, 999_999.5, 1_234_567.891,
            99_999_999_999_999.9, 999_999_999_999_999, 1e15, -1e15, 1e16, .leastNonzeroMagnitude,
            -.leastNonzeroMagnitude, .infinity, -.infinity, .nan, .greatestFiniteMagnitude, 0.125, 0.375, 12.345, 1_000,
            100, 10,
        ]
        for _ in 0..<3_000 {
            let magnitude = pow(10, Double.random(in: -6...16, using: &generator))
            let value = Double.random(in: 0...magnitude, using: &generator)
            values.append(Bool.random(using: &generator) ? -value : value)
            // Values on a grid of cents and halves of the last digit, where rounding ties live.
            let cents = Double(Int.random(in: -10_000_000...10_000_000, using: &generator))
            values.append(cents / 100)
            values.append((cents + 0.5) / 1_000)
        }
        for value in values {
            for digits in -1...6 {
                #expect(NumberText.decimal(value, digits: digits) == printed(value, digits: digits),
                        "\(value) with \(digits) decimals")
            }
            #expect(NumberText.money(value) == printed(value, digits: 2))
            #expect(NumberText.percent(value) == printed(value * 100, digits: 1) + "%")
        }
    }

    @Test func countsAreGroupedByThrees() {
        var generator = SeededGenerator(seed: 0x48D)
        var values = [0, 1, -1, 12, 123, 1_234, -12_345, 999_999, 1_000_000, Int.max, Int.min]
        for _ in 0..<2_000 {
            let digits = Int.random(in: 0...18, using: &generator)
            let bound = digits == 18 ? Int.max : Int(pow(10, Double(digits)))
            values.append(Int.random(in: -bound...bound, using: &generator))
        }
        for value in values {
            let digits = Array(String(value.magnitude))
            var grouped = value < 0 ? "-" : ""
            for (index, digit) in digits.enumerated() {
                if index > 0, (digits.count - index) % 3 == 0 { grouped.append(",") }
                grouped.append(digit)
            }
            #expect(NumberText.count(value) == grouped)
        }
    }
}
