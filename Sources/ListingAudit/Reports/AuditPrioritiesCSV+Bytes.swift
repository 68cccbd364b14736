extension AuditPrioritiesCSV {
    /// The cells of a ranked row (`RankedRows`): the texts as the ledger holds them, the severity, fix, flag and
    /// reason cells already written, and the numbers.
    struct ByteRow {
        var rank: Int
        var listingID: UnsafeBufferPointer<UInt8>
        var title: UnsafeBufferPointer<UInt8>
        var score: Double
        var findingCount: Int
        var ruleIDs: UnsafeBufferPointer<UInt8>
        var severity: UnsafeBufferPointer<UInt8>
        var linkedRefunds: Int
        var refundsTotal: Int
        var orders: Int?
        var refundRate: Double?
        var preventableRefunds: Double
        var preventableAmount: Double
        var topFix: UnsafeBufferPointer<UInt8>
        var hasHistory: UnsafeBufferPointer<UInt8>
        var why: UnsafeBufferPointer<UInt8>
    }

    /// Appends the row of `row` with the bytes `appendRow` writes for the same cells, into room made once for the
    /// row (`CSVByteBuffer.appendRow`): it runs for every listing of a shop of millions. A row with a number
    /// `printf` must write, or a negative rate (a text cell that gets an apostrophe), goes through `appendRow`.
    static func appendRow(to rows: inout CSVByteBuffer, bytes row: ByteRow) {
        var rate: UInt64?
        if let value = row.refundRate {
            rate = (value * 100).sign == .plus ? AuditNumbers.units(value * 100, digits: 2) : nil
        }
        guard let score = AuditNumbers.units(row.score, digits: 2),
            let preventable = AuditNumbers.units(row.preventableRefunds, digits: 2),
            let amount = AuditNumbers.units(row.preventableAmount, digits: 2), row.refundRate == nil || rate != nil
        else {
            return appendRow(
                to: &rows, rank: row.rank, listingID: row.listingID, title: row.title, score: row.score,
                findingCount: row.findingCount, ruleIDs: row.ruleIDs, severity: WrittenCSVCell(bytes: row.severity),
                linkedRefunds: row.linkedRefunds, refundsTotal: row.refundsTotal, orders: row.orders,
                refundRate: row.refundRate, preventableRefunds: row.preventableRefunds,
                preventableAmount: row.preventableAmount, topFix: WrittenCSVCell(bytes: row.topFix),
                hasHistory: WrittenCSVCell(bytes: row.hasHistory), why: WrittenCSVCell(bytes: row.why))
        }
        let texts = CSVByteBuffer.maximum(cell: row.listingID) + CSVByteBuffer.maximum(cell: row.title)
            + CSVByteBuffer.maximum(cell: row.ruleIDs)
        let written = row.severity.count + row.topFix.count + row.hasHistory.count + row.why.count + 4
        // Nine numbers of at most 25 bytes, and the rate's `%`.
        rows.appendRow(maximum: texts + written + 9 * 25 + 1) { writer in
            writer.appendCell(row.rank)
            writer.appendCell(row.listingID)
            writer.appendCell(row.title)
            writer.appendFixed(units: score, negative: row.score.sign == .minus, digits: 2)
            writer.appendCell(row.findingCount)
            writer.appendCell(row.ruleIDs)
            writer.appendWrittenCell(row.severity)
            writer.appendCell(row.linkedRefunds)
            writer.appendCell(row.refundsTotal)
            if let orders = row.orders { writer.appendCell(orders) } else { writer.appendCell(Self.empty) }
            if let rate { writer.appendPercent(units: rate) } else { writer.appendCell(Self.empty) }
            writer.appendFixed(units: preventable, negative: row.preventableRefunds.sign == .minus, digits: 2)
            writer.appendFixed(units: amount, negative: row.preventableAmount.sign == .minus, digits: 2)
            writer.appendWrittenCell(row.topFix)
            writer.appendWrittenCell(row.hasHistory)
            writer.appendWrittenCell(row.why)
        }
    }
}
