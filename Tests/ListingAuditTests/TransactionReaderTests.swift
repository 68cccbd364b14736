import Foundation
import Testing
@testable import ListingAudit

@Suite struct TransactionReaderTests {
    private func file(_ text: String) throws -> String {
        let path = HistoryFixtures.temporaryFolder().appendingPathComponent("export.csv").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// Every row of `reader`, read in chunks of `rows`: each refusal's line, or each row's text in `fields`.
    private func rows<Kind: TransactionKind>(
        _ reader: TransactionReader<Kind>, _ fields: [Kind.Field], chunk rows: Int
    ) throws -> [String] {
        var seen: [String] = []
        while let chunk = try reader.nextRows(maximumRows: rows) {
            chunk.forEach { row in
                switch row {
                case .refused(let skip): seen.append("refused \(skip.location.line)")
                case .fields(let cells):
                    let texts = fields.map { String(decoding: cells.text($0), as: UTF8.self) }
                    seen.append("\(cells.line): " + texts.joined(separator: "|"))
                }
            }
        }
        return seen
    }

    @Test func refundsAndOrdersShareTheRowChecksAndKeepFileOrder() throws {
        let refunds = try file(
            "refund_id,order_id,listing_id,reason,amount,date\n"
                + "R1,O1, L1 ,too small,12,2026-01-01\n"
                + "R2,O2,L2,too big,12,2026-01-01,surplus\n"
                + "R3,O3,L3,other,12,2026-01-01,\n"
                + "R4,O4,L4,\"never closed,12")
        let orders = try file(
            "order_id,listing_id,sku,title,quantity,amount,date\n"
                + "O1,L1,,,2,10,2026-01-01\n"
                + "O2,L2,,,1,10,2026-01-01,extra\n"
                + "O3,,S3,\t,3,10,2026-01-01\n")
        for chunk in [1, 2, 100] {
            let refundReader = try TransactionReader<RefundExport>(path: refunds)
            #expect(try rows(refundReader, [.id, .listingID, .reason], chunk: chunk) == [
                "2: R1|L1|too small", "refused 3", "4: R3|L3|other", "refused 5",
            ])
            #expect(refundReader.report.rowsRead == 4)
            #expect(refundReader.report.format == "generic")
            let orderReader = try TransactionReader<OrderExport>(path: orders)
            #expect(try rows(orderReader, [.orderID, .sku, .title, .quantity], chunk: chunk) == [
                "2: O1|||2", "refused 3", "4: O3|S3||3",
            ])
            #expect(orderReader.report.rowsRead == 3)
            #expect(orderReader.report.columns.map(\.field) == OrderField.allCases.map(\.rawValue))
        }
    }

    /// The rows of `reader` read through `nextChunk` (records read into rows where the chunk is worked on), counted
    /// as the refund and order stages count them.
    private func chunkRows<Kind: TransactionKind>(_ reader: TransactionReader<Kind>, _ fields: [Kind.Field]) throws
        -> [String]
    {
        var seen: [String] = []
        while let chunk = try reader.nextChunk() {
            let rows = chunk.rows()
            reader.count(read: rows.count, repaired: rows.repairedCount)
            rows.forEach { row in
                switch row {
                case .refused(let skip): seen.append("refused \(skip.location.line):\(skip.location.column ?? 0)")
                case .fields(let cells):
                    let texts = fields.map { String(decoding: cells.text($0), as: UTF8.self) }
                    seen.append("\(cells.line): " + texts.joined(separator: "|"))
                }
            }
        }
        return seen
    }

    @Test func chunksOfRecordsGiveTheRowsLinesAndCountsOfRowsReadOnTheReadingThread() throws {
        let refunds = try file(
            "refund_id,order_id,listing_id,reason,amount,date\r\n"
                + "R1,O1, L1 ,\"too\nsmall\",12,2026-01-01\r\n"
                + "R2,O2,L2,too big,12,2026-01-01,surplus\r\n\r\n"
                + "R3,O3,L3,\"say \"\"hi\"\"\" now,12,2026-01-01,\r\n"
                + "R4,O4,L4,\"never closed,12")
        let reference = try TransactionReader<RefundExport>(path: refunds)
        let expected = try rows(reference, [.id, .listingID, .reason], chunk: 100)
        #expect(expected == ["2: R1|L1|too\nsmall", "refused 4", "6: R3|L3|say \"hi\" now", "refused 7"])
        let reader = try TransactionReader<RefundExport>(path: refunds)
        let refusals = try chunkRows(reader, [.id, .listingID, .reason])
        #expect(refusals == [
            "2: R1|L1|too\nsmall", "refused 4:7", "6: R3|L3|say \"hi\" now", "refused 7:4",
        ])
        #expect(reader.report.rowsRead == reference.report.rowsRead)
        #expect(reader.report.rowsRead == 4)
        #expect(reader.report.repairedRows == reference.report.repairedRows)
        #expect(reader.report.repairedRows == 1)
    }

    @Test func onlyTheFieldsAskedForAreRead() throws {
        let path = try file("refund_id,order_id,listing_id,reason,amount,date\nR1,O1,L1,too small,12,2026-01-01\n")
        let reader = try TransactionReader<RefundExport>(path: path, reading: [.listingID, .reason])
        #expect(try rows(reader, [.id, .listingID, .reason, .date], chunk: 10) == ["2: |L1|too small|"])
    }

    @Test func exportsOfTheOtherKindOrWithoutNeededColumnsAreRefused() throws {
        let orders = try file("order_id,listing_id,sku,title,quantity,amount,date\nO1,L1,,,2,10,2026-01-01\n")
        #expect {
            try TransactionReader<RefundExport>(path: orders)
        } throws: { error in
            guard case IngestError.unusableInput(let location, let reason) = error else { return false }
            return location.line == 1 && reason == RefundExport.notThisKind
        }
        let noProduct = try file("refund_id,order_id,reason\nR1,O1,too small\n")
        #expect(throws: IngestError.self) { try TransactionReader<RefundExport>(path: noProduct) }
    }
}

@Suite struct FieldTextBytesTests {
    /// The text the loaders read before cells were read as bytes: blank as empty, cells whose edge scalars are
    /// not white space as they are, else trimmed of white-space Characters.
    private func referenceText(_ cell: String) -> String {
        if cell.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return "" }
        guard let first = cell.unicodeScalars.first, let last = cell.unicodeScalars.last,
            !first.isWhitespace, !last.isWhitespace
        else { return cell.trimmingWhitespace() }
        return cell
    }

    private func bytes<Result>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        var text = text
        return text.withUTF8(body)
    }

    private func describe(_ value: FieldText.Parsed<Double>) -> String {
        switch value {
        case .blank: "blank"
        case .invalid: "invalid"
        case .outOfRange: "out of range"
        case .value(let number): "\(number.bitPattern)"
        }
    }

    private func describe(_ value: FieldText.Parsed<Int>) -> String {
        switch value {
        case .blank: "blank"
        case .invalid: "invalid"
        case .outOfRange: "out of range"
        case .value(let number): "\(number)"
        }
    }

    static let cells = [
        "", " ", "\t", "  \t ", "plain", " padded ", "\u{3000}全角空格\u{3000}", "A \u{301}", " \u{301}B", "x\r\n",
        "\u{00A0}nbsp", "中文", " 中文", "中文 ", "\u{3000}", "a\u{3000}b", "e\u{301}", "🙂", " 🙂 ", "\n",
    ]

    @Test(arguments: cells)
    func trimmedCellsReadAsTheirStringsDid(_ cell: String) {
        #expect(bytes(cell) { String(decoding: FieldText.trimmed($0), as: UTF8.self) } == referenceText(cell))
        #expect(bytes(cell) { String(decoding: FieldText.characterTrimmed($0), as: UTF8.self) }
            == cell.trimmingWhitespace())
    }

    /// Every scalar above ASCII (the whole Basic Multilingual Plane, every 97th beyond it) alone, first, last and at
    /// both edges of a cell: the lead-byte test for scalars from U+4000 on answers as decoding the scalar did, and
    /// U+3000 and the other white space below it are still trimmed.
    @Test func cellsEdgedByEveryScalarAreTrimmedAsTheirStringsWere() {
        var mismatches: [String] = []
        for value in Array(0x80...0xFFFF) + Array(stride(from: 0x10000, through: 0x10FFFF, by: 97)) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let edge = String(scalar)
            for cell in [edge, edge + "k", "k" + edge, edge + "中" + edge] {
                let trimmed = bytes(cell) { String(decoding: FieldText.trimmed($0), as: UTF8.self) }
                if trimmed != referenceText(cell) { mismatches.append(cell) }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }

    @Test func amountsAndQuantitiesReadAsTheirStringsDid() {
        var amounts = [
            "0", "-0", "12", "-12.50", "51.65", "007.10", "1.", ".5", "-", "+5", "1e5", "1E-2", "0x1p3", "inf", "nan",
            "999999999999999", "9999999999999999", "123456789.123456", "0.000000000000001", "1,299.00", "¥59.9",
            "89,50 €", "twelve", "1.2.3", "--1", "12-", "3 ", " 3", "١٢",
        ]
        var generator = SeededGenerator(seed: 20261209)
        for _ in 0..<2_000 {
            let whole = String(UInt64.random(in: 0...999_999_999_999, using: &generator))
            let fraction = String(UInt64.random(in: 0...99_999, using: &generator))
            amounts.append((Bool.random(using: &generator) ? "-" : "") + whole + "." + fraction)
        }
        for amount in amounts {
            #expect(bytes(amount) { describe(FieldText.amount($0)) } == describe(FieldText.amount(amount)), "\(amount)")
        }
        let quantities = ["", "0", "2", "007", "2件", "2.0", "-1", "+3", "1234567890123456789", "x", "3 pcs", "٣"]
        for quantity in quantities {
            #expect(bytes(quantity) { describe(FieldText.quantity($0)) } == describe(FieldText.quantity(quantity)))
        }
    }
}
