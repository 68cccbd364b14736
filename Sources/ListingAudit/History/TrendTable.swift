/// `trend.csv`: one row per audit and listing, oldest audit first, for charts in a spreadsheet.
public enum TrendTable {
    /// The columns, in order.
    public static let columns: [OutputColumn] = [
        .date, .listingID, .score, .findings, .linkedRefunds, .refundRate, .refunds, .orders,
    ]

    /// Writes the rows of `snapshots` to `file`, headers in `language`. `refund_rate` is refunds per order as a
    /// fraction (empty without orders); scores have two decimals and rates four, as `printf` writes them.
    static func write(_ snapshots: [AuditSnapshot], language: Language, to file: OutputFile) throws(AuditError) {
        let output = AuditCSVOutput(file: file, columns: columns, language: language)
        for snapshot in snapshots.sorted(by: { $0.date < $1.date }) {
            for listing in snapshot.listings {
                try output.appendRow { row in
                    row.appendCell(snapshot.date.text)
                    row.appendCell(listing.listingID)
                    row.appendAmount(listing.score)
                    row.appendCell(listing.findings.count)
                    row.appendCell(listing.linkedRefunds)
                    row.appendCell(listing.refundRate.map(AuditNumbers.rate) ?? "")
                    row.appendCell(listing.refunds)
                    if let orders = listing.orders { row.appendCell(orders) } else { row.appendCell("") }
                }
            }
        }
        try output.finish()
    }
}
