/// `trend.csv`: one row per audit and listing, oldest audit first, for charts in a spreadsheet.
public enum TrendTable {
    /// The columns, in order.
    public static let columns: [OutputColumn] = [
        .date, .listingID, .score, .findings, .linkedRefunds, .refundRate, .refunds, .orders,
    ]

    /// Writes the rows of `snapshots` to `file`, headers in `language`, as `Rows` writes them.
    static func write(_ snapshots: [AuditSnapshot], language: Language, to file: OutputFile) throws(AuditError) {
        let names = HistoryNames()
        let rows = Rows(file: file, language: language)
        for snapshot in snapshots.sorted(by: { $0.date < $1.date }) {
            try rows.append(SnapshotDigest(snapshot, names: names), names: names)
        }
        try rows.finish()
    }

    /// `trend.csv` written one audit at a time. `refund_rate` is all refunds per order as a percentage (empty
    /// without orders); scores have two decimals, as `printf` writes them.
    struct Rows {
        private let output: AuditCSVOutput

        init(file: OutputFile, language: Language) {
            output = AuditCSVOutput(file: file, columns: TrendTable.columns, language: language)
        }

        /// Appends a row per listing of `digest` (the next audit), its ids interned in `names`.
        func append(_ digest: SnapshotDigest, names: HistoryNames) throws(AuditError) {
            let date = digest.date.text
            for entry in 0..<digest.count {
                let numbers = digest.numbers(of: entry)
                try output.appendRow { row in
                    row.appendCell(date)
                    names.listings.withBytes(of: digest.id(of: entry)) { row.appendCell($0) }
                    row.appendAmount(digest.score(of: entry))
                    row.appendCell(numbers.findings)
                    row.appendCell(numbers.linkedRefunds)
                    if let orders = numbers.orders, orders > 0 {
                        row.appendCell(AuditNumbers.rate(Double(numbers.refunds) / Double(orders)))
                    } else {
                        row.appendCell("")
                    }
                    row.appendCell(numbers.refunds)
                    if let orders = numbers.orders { row.appendCell(orders) } else { row.appendCell("") }
                }
            }
        }

        /// Completes the file.
        func finish() throws(AuditError) {
            try output.finish()
        }
    }
}
