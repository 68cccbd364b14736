import Testing

@testable import ListingAudit

/// `refunds.csv` copies an amount cell as it was read when it already is the text `CSVByteBuffer.appendAmount`
/// writes (`AmountCell`, told by `PlainDecimal.read` as the amount is read); the row must be the same as when the
/// amount is written from its value, for every cell.
@Suite struct AmountCellTests {
    private func written(_ cell: AmountCell) -> [UInt8] {
        var buffer = CSVByteBuffer()
        buffer.appendCell(0)
        cell.appendCell(to: &buffer)
        return buffer.bytes
    }

    private func check(_ text: String) {
        var text = text
        text.withUTF8 { cell in
            // The reader's scan tells the cells to copy as `isWrittenAsRead` does (the row is built from its answer).
            let told = PlainDecimal.read(cell)?.isAmountText ?? false
            #expect(told == AmountCell.isWrittenAsRead(cell), "\(String(decoding: cell, as: UTF8.self))")
            let value: Double?
            switch FieldText.amount(cell) {
            case .value(let read): value = read
            case .blank: value = nil
            case .invalid, .outOfRange: return
            }
            let copied = written(AmountCell(value: value, source: cell))
            let computed = written(AmountCell(value: value))
            #expect(copied == computed, "\(String(decoding: cell, as: UTF8.self))")
            #expect(written(AmountCell(value: value, source: cell, sourceIsWritten: told)) == computed)
        }
    }

    @Test func copiedCellsAreTheCellsTheirValuesWrite() {
        let edges = [
            "0.00", "0.05", "0.10", "1.00", "12.50", "54.94", "999.99", "00.50", "012.50", "-3.00", "+3.00", "3.0",
            "3.000", "3", ".50", "1,299.00", "¥12.00", " 12.00", "12.00 ", "1e2.00", "", "999999999999.99",
            "9999999999999.99", "99999999999999.99", "4503599627370.49", "0.015", "12.5a", "1.2.34",
        ]
        for text in edges { check(text) }
        var generator = SeededGenerator(seed: 20261208)
        let alphabet = Array("0123456789.-,")
        for _ in 0..<2_000 {
            let whole = String(UInt64.random(in: 0...UInt64(1e14), using: &generator))
            let cents = String(Int.random(in: 0...99, using: &generator))
            check(whole + "." + (cents.count == 1 ? "0" + cents : cents))
            let length = Int.random(in: 1...18, using: &generator)
            check(String((0..<length).map { _ in alphabet.randomElement(using: &generator)! }))
        }
    }

    @Test func onlyTwoDecimalDigitsWithoutLeadingZerosAreCopied() {
        for (text, copied) in [
            ("0.05", true), ("12.50", true), ("012.50", false), ("12.5", false), ("-1.00", false), ("1,2.00", false),
            ("123456789012345.00", false), ("1234567890123.45", true),
        ] {
            var text = text
            #expect(text.withUTF8 { AmountCell.isWrittenAsRead($0) } == copied, "\(text)")
        }
    }
}
