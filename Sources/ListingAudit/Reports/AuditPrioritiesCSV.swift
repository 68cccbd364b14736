/// `priorities.csv`: one row per listing in rank order, with its score, refunds, the fix and why.
enum AuditPrioritiesCSV {
    static let columns: [OutputColumn] = [
        .rank, .listingID, .title, .score, .findings, .ruleID, .severity, .linkedRefunds, .refundsTotal, .orders,
        .refundRate, .preventableRefunds, .preventableAmount, .topFix, .hasHistory, .why,
    ]

    /// Writes every row of `priorities` to `file`, each made as it is written.
    static func write(_ priorities: ListingPriorities, language: Language, to file: OutputFile) throws(AuditError) {
        let output = AuditCSVOutput(file: file, columns: columns, language: language)
        try output.appendRows(count: priorities.count) { index, cells in
            let row = priorities[index]
            cells.appendCell(row.rank)
            cells.appendCell(row.listingID)
            cells.appendCell(row.title)
            // Scores and amounts both have two decimals (`AuditNumbers.score`, `AuditNumbers.amount`).
            cells.appendAmount(row.score)
            cells.appendCell(row.findingCount)
            cells.appendCell(row.ruleIDs.joined(separator: "; "))
            cells.appendCell(row.maxSeverity?.rawValue ?? "")
            cells.appendCell(row.linkedRefunds)
            cells.appendCell(row.refundsTotal)
            if let orders = row.orders { cells.appendCell(orders) } else { cells.appendCell("") }
            cells.appendCell(row.refundRate.map(AuditNumbers.rate) ?? "")
            cells.appendAmount(row.preventableRefunds)
            cells.appendAmount(row.preventableAmount)
            cells.appendCell(row.topFix?.text(language) ?? "")
            cells.appendCell(row.hasHistory ? "true" : "false")
            cells.appendCell(row.why(in: language))
        }
        try output.finish()
    }
}
