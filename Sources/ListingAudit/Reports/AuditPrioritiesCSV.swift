/// `priorities.csv`: one row per listing in rank order, with its score, refunds, the fix and why.
enum AuditPrioritiesCSV {
    static let columns: [OutputColumn] = [
        .rank, .listingID, .title, .score, .findings, .ruleID, .severity, .linkedRefunds, .refundsTotal, .orders,
        .refundRate, .preventableRefunds, .preventableAmount, .topFix, .hasHistory, .why,
    ]

    /// Writes every row of `priorities` to `file`. Rows of a ranking are written straight from its ledger (ids and
    /// titles as bytes, rule ids and fixes as cells rendered once per rule); rows given as values, from each value.
    static func write(_ priorities: ListingPriorities, language: Language, to file: OutputFile) throws(AuditError) {
        let output = AuditCSVOutput(file: file, columns: columns, language: language)
        if let ranking = priorities.ranking {
            let rules = RankedRows(ranking: ranking, language: language)
            try output.appendRows(count: priorities.count) { range, rows in rules.write(range, to: &rows) }
        } else {
            try output.appendRows(count: priorities.count) { range, rows in
                for index in range {
                    let row = priorities[index]
                    appendRow(
                        to: &rows, rank: row.rank, listingID: row.listingID, title: row.title, score: row.score,
                        findingCount: row.findingCount, ruleIDs: row.ruleIDs.joined(separator: "; "),
                        severity: row.maxSeverity.map { CSVValue.severity($0, language) } ?? "",
                        linkedRefunds: row.linkedRefunds, refundsTotal: row.refundsTotal, orders: row.orders,
                        refundRate: row.refundRate, preventableRefunds: row.preventableRefunds,
                        preventableAmount: row.preventableAmount, topFix: row.topFix?.text(language) ?? "",
                        hasHistory: CSVValue.flag(row.hasHistory, language), why: row.why(in: language))
                }
            }
        }
        try output.finish()
    }

    /// Appends one row, its cells in `columns` order: scores and amounts with two decimals (`AuditNumbers.score`,
    /// `AuditNumbers.amount`), rates as percentages (`AuditNumbers.rate`); the severity and the history flag are the
    /// texts `CSVValue.severity` (empty for none) and `CSVValue.flag` give in the output's language.
    static func appendRow(
        to rows: inout CSVByteBuffer, rank: Int, listingID: some CSVCellText, title: some CSVCellText, score: Double,
        findingCount: Int, ruleIDs: some CSVCellText, severity: some CSVCellText, linkedRefunds: Int,
        refundsTotal: Int, orders: Int?, refundRate: Double?, preventableRefunds: Double, preventableAmount: Double,
        topFix: some CSVCellText, hasHistory: some CSVCellText, why: some CSVCellText
    ) {
        rows.appendCell(rank)
        listingID.appendCell(to: &rows)
        title.appendCell(to: &rows)
        rows.appendFixed(score, digits: 2)
        rows.appendCell(findingCount)
        ruleIDs.appendCell(to: &rows)
        severity.appendCell(to: &rows)
        rows.appendCell(linkedRefunds)
        rows.appendCell(refundsTotal)
        if let orders { rows.appendCell(orders) } else { rows.appendCell(Self.empty) }
        if let refundRate { rows.appendCell(AuditNumbers.rate(refundRate)) } else { rows.appendCell(Self.empty) }
        rows.appendFixed(preventableRefunds, digits: 2)
        rows.appendFixed(preventableAmount, digits: 2)
        topFix.appendCell(to: &rows)
        hasHistory.appendCell(to: &rows)
        why.appendCell(to: &rows)
        rows.endRow()
    }

    static var empty: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: nil, count: 0) }
}
