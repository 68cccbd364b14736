import Foundation
import Testing

@testable import ListingAudit

/// The fast fixed-decimal writer must print exactly what `printf` prints.
@Suite struct AuditNumbersTests {
    @Test func fixedDecimalsMatchPrintf() {
        var values: [Double] = [0, -0.0, 0.005, 0.125, 0.375, 1.005, 2.675, 89.9, -12.5, 1e14 + 0.01, 1e20, .nan,
                                .infinity, -.infinity, 1.0 / 3, 2.0 / 3, 0.00005, 123_456.789]
        for cents in stride(from: -2_000, through: 200_000, by: 7) { values.append(Double(cents) / 100) }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 { values.append(Double.random(in: -1_000...1_000_000, using: &generator)) }
        for value in values {
            #expect(AuditNumbers.fixed(value, digits: 2) == String(format: "%.2f", value))
            #expect(AuditNumbers.fixed(value, digits: 4) == String(format: "%.4f", value))
        }
    }

    @Test func quotedCellsDoubleTheirQuotes() {
        #expect(CSVWriter.cell("say \"hi\", then go") == "\"say \"\"hi\"\", then go\"")
        #expect(CSVWriter.cell("多行\r\n文本") == "\"多行\r\n文本\"")
        #expect(CSVWriter.cell("plain") == "plain")
    }
}
