import Foundation
import Testing
@testable import ListingAudit

@Suite struct CSVByteBufferTests {
    static let trickyCells = CSVOutputTests.hostileCells.map(\.written) + [
        "\"", "\"\"", "a\"b", "\"quoted\"", "multi\nline\n", "\r", "\n", ",", "end,", "-", "+", "-.", "-1.2.3",
        "--1", "-1e5", "+٣", "-１２", "-12,5", "- 12", "=", "@", "\t", "-\u{301}1", "1-2", "'=x", "价格=99",
        "退款原因：质量问题，\"很差\"", "🙂,🙂", "e\u{301}", "\u{FEFF}bom", " leading", "trailing ", "12.50",
    ]

    private func written(_ cells: [String]) -> String {
        var buffer = CSVByteBuffer()
        for cell in cells { buffer.appendCell(cell) }
        buffer.endRow()
        return String(decoding: buffer.bytes, as: UTF8.self)
    }

    @Test func cellsAreWrittenAsTheStringWriterWritesThem() {
        for cell in Self.trickyCells {
            #expect(written([cell]) == CSVWriter.row([cell]), "cell \(String(reflecting: cell))")
            #expect(written([cell, "x", cell]) == CSVWriter.row([cell, "x", cell]))
        }
        #expect(written([]) == "\r\n")
    }

    @Test func numbersAreWrittenAsTheAuditNumbersWriteThem() {
        var amounts: [Double] = [
            0, -0.0, 0.005, 0.015, 1, 89.9, 1299, 12.345, -12.5, 99_999_999.99, 1e13, 9.99e12, 1e15, 1e16, 0.1 + 0.2,
            .nan, .infinity, -.infinity, .ulpOfOne, .leastNonzeroMagnitude, 1.005, 2.675,
        ]
        var generator = SeededGenerator(seed: 20261205)
        for _ in 0..<5_000 {
            amounts.append(Double(Int.random(in: -10_000_000...10_000_000, using: &generator)) / 100)
            amounts.append(Double.random(in: -1e9...1e9, using: &generator))
        }
        for amount in amounts {
            var buffer = CSVByteBuffer()
            buffer.appendAmount(amount)
            #expect(String(decoding: buffer.bytes, as: UTF8.self) == CSVWriter.cell(AuditNumbers.amount(amount)),
                    "amount \(amount)")
        }
        for value in [0, 7, 10, 123_456_789, -42, Int.max, Int.min] {
            var buffer = CSVByteBuffer()
            buffer.appendCell(value)
            #expect(String(decoding: buffer.bytes, as: UTF8.self) == CSVWriter.cell(String(value)))
        }
    }

    @Test(arguments: Language.allCases)
    func refundsCSVIsByteForByteWhatTheStringWriterWrote(_ language: Language) throws {
        let path = HistoryFixtures.temporaryFolder().appendingPathComponent("refunds.csv").path
        let csv = try AuditRefundsCSV(path: path, language: language)
        var expected = CSVWriter(columns: AuditRefundsCSV.columns, language: language)
        for (index, cell) in Self.trickyCells.enumerated() {
            let refund = ClassifiedRefund(
                refund: Refund(
                    id: cell, orderID: cell, sku: index % 2 == 0 ? cell : nil, reason: cell, comment: cell,
                    amount: index % 3 == 0 ? nil : -Double(index) * 1.25, type: .refundOnly, status: .pending,
                    statusText: cell, location: SourceLocation(file: "after-sales.csv", line: index + 2)),
                category: .sizeFit, evidence: [cell, "太小"], listingID: index % 2 == 0 ? "L\(index)" : nil,
                matchedBy: index % 2 == 0 ? .sku : .unmatched)
            try csv.append(refund)
            let source = refund.refund
            expected.appendRow([
                source.id, source.orderID, refund.listingID ?? "", source.sku ?? "",
                CSVValue.matchMethod(refund.matchedBy, language), refund.category.rawValue,
                refund.evidence.joined(separator: "; "), CSVValue.refundType(source.type, language),
                CSVValue.refundStatus(source.status, language), source.statusText,
                source.amount.map(AuditNumbers.amount) ?? "", source.reason, source.comment,
                String(source.location.line),
            ])
        }
        try csv.finish()
        #expect(try CSVOutputTests.fileText(path) == expected.text)
    }

    /// A refunds.csv row written in one go from bytes (`AuditRefundsCSV.appendRow(to:bytes:)`, as the refund
    /// stage writes it into a `CSVRowRoom`) is byte for byte the row written cell by cell, for random hostile
    /// cells, amounts written as read or worked out (huge ones by `printf`), blank amounts, lines that follow each
    /// other or jump, and many rows in a room that starts small and grows.
    @Test func aRefundRowWrittenFromBytesIsTheRowWrittenCellByCell() {
        var random = SeededGenerator(seed: 0x00C5_B0FF)
        let cells = Self.trickyCells.map { Array($0.utf8) } + [[], Array("LST0000131".utf8), Array("质量问题".utf8)]
        let amounts: [(Double?, String)] = [
            (nil, ""), (12.5, "12.50"), (12.5, "12.5"), (1_000, "1e3"), (3, "-3"), (1e300, "1e300"), (0, "0.00"),
            (0.1, "0.10"), (449.68, "449.68"), (7, "007.00"), (-2.5, "-2.50"),
        ]
        var cellByCell = CSVByteBuffer()
        var line = 0
        let fromBytes = CSVRowRoom.withRoom(capacity: 0) { room in
            for _ in 0..<3_000 {
                let picked = (0..<12).map { _ in cells[random.below(cells.count)] }
                let (value, source) = amounts[random.below(amounts.count)]
                switch random.below(4) {
                case 0: line = Int.max - random.below(9)
                case 1: line = random.below(100_000)
                default: line = line == Int.max ? 1 : line + 1
                }
                let sourceBytes = Array(source.utf8)
                picked.withUnsafeBufferPointers { texts in
                    sourceBytes.withUnsafeBufferPointer { sourceCell in
                        let amount = AmountCell(value: value, source: sourceCell)
                        AuditRefundsCSV.appendRow(
                            to: &cellByCell, id: texts[0], orderID: texts[1], listingID: texts[2], sku: texts[3],
                            matchedBy: WrittenCSVCell(bytes: texts[4]), category: WrittenCSVCell(bytes: texts[5]),
                            evidence: WrittenCSVCell(bytes: texts[6]), type: WrittenCSVCell(bytes: texts[7]),
                            status: WrittenCSVCell(bytes: texts[8]), statusText: texts[9], amount: amount,
                            reason: texts[10], comment: texts[11], line: line)
                        // The category and evidence, and the type and status, as the runs of two cells a chunk copies.
                        let categoryAndEvidence = Array(texts[5]) + [UInt8(ascii: ",")] + Array(texts[6])
                        let typeAndStatus = Array(texts[7]) + [UInt8(ascii: ",")] + Array(texts[8])
                        categoryAndEvidence.withUnsafeBufferPointer { categoryAndEvidence in
                            typeAndStatus.withUnsafeBufferPointer { typeAndStatus in
                                let row = AuditRefundsCSV.ByteRow(
                                    id: texts[0], orderID: texts[1], listingID: texts[2], sku: texts[3],
                                    matchedBy: WrittenCSVCell(bytes: texts[4]),
                                    categoryAndEvidence: WrittenCSVCell(bytes: categoryAndEvidence),
                                    typeAndStatus: WrittenCSVCell(bytes: typeAndStatus), statusText: texts[9],
                                    amount: amount, reason: texts[10], comment: texts[11], line: line)
                                AuditRefundsCSV.appendRow(to: &room, bytes: row)
                            }
                        }
                    }
                }
            }
        }
        #expect(fromBytes.count > 100_000)
        #expect(fromBytes.withBytes { Array($0) } == cellByCell.bytes)
    }
}

private extension Array where Element == [UInt8] {
    /// Calls `body` with pointers to every element's bytes.
    func withUnsafeBufferPointers<Result>(_ body: ([UnsafeBufferPointer<UInt8>]) -> Result) -> Result {
        var pointers: [UnsafeBufferPointer<UInt8>] = []
        func next(_ index: Int) -> Result {
            guard index < count else { return body(pointers) }
            return self[index].withUnsafeBufferPointer { pointer in
                pointers.append(pointer)
                return next(index + 1)
            }
        }
        return next(0)
    }
}
