import Foundation
import Testing

@testable import ListingAudit

/// The fast fixed-decimal writer must print exactly what `printf` prints.
@Suite struct AuditNumbersTests {
    @Test func fixedDecimalsMatchPrintf() {
        var values: [Double] = [0, -0.0, 0.005, 0.125, 0.375, 1.005, 2.675, 89.9, -12.5, 1e14 + 0.01, 1e20, .nan,
                                .infinity, -.infinity, 1.0 / 3, 2.0 / 3, 0.00005, 123_456.789]
        for cents in stride(from: -2_000, through: 200_000, by: 7) { values.append(Double(cents) / 100) }
        var generator = SeededGenerator(seed: 20261206)
        for _ in 0..<2_000 { values.append(Double.random(in: -1_000...1_000_000, using: &generator)) }
        for value in values {
            #expect(AuditNumbers.fixed(value, digits: 2) == String(format: "%.2f", value))
            #expect(AuditNumbers.fixed(value, digits: 4) == String(format: "%.4f", value))
        }
    }

    /// Every number of decimals, values exactly halfway between two outputs (printf rounds those to even), values
    /// a unit of the last place either side of them, and values of every magnitude up to where printf takes over.
    @Test func fixedDecimalsMatchPrintfAtTiesAndEveryMagnitude() {
        var values: [Double] = [.leastNonzeroMagnitude, .leastNormalMagnitude, 0.5, 1.5, 2.5, 0.05, 0.25, 0.45,
                                999_999_999_999_999.9, 1e15, 4.35, 0.015625, 1e-5, 5e-5]
        for numerator in 0..<2_048 {
            let tie = Double(numerator) / 64
            values += [tie, tie.nextUp, tie.nextDown, -tie]
        }
        var generator = SeededGenerator(seed: 20261207)
        for _ in 0..<3_000 {
            let magnitude = Double.random(in: -12...15, using: &generator)
            let value = Double.random(in: 1..<10, using: &generator) * Double(sign: .plus, exponent: 0, significand: 1)
                * pow(10, magnitude.rounded(.down))
            values += [value, -value, (value * 1_000).rounded() / 1_000]
        }
        var cell = CSVByteBuffer()
        for value in values {
            for digits in 0...4 {
                let printed = String(format: "%.\(digits)f", value)
                #expect(AuditNumbers.fixed(value, digits: digits) == printed, "\(value) with \(digits) decimals")
                cell.removeAll()
                cell.appendFixed(value, digits: digits)
                #expect(String(decoding: cell.bytes, as: UTF8.self) == CSVWriter.cell(printed), "cell of \(value)")
            }
            #expect(ListingPriority.percent(value) == String(format: "%.1f%%", value * 100))
        }
    }

    @Test func quotedCellsDoubleTheirQuotes() {
        #expect(CSVWriter.cell("say \"hi\", then go") == "\"say \"\"hi\"\", then go\"")
        #expect(CSVWriter.cell("多行\r\n文本") == "\"多行\r\n文本\"")
        #expect(CSVWriter.cell("plain") == "plain")
    }
}
