import Foundation

/// `trend.csv`: one row per audit and listing, oldest audit first, for charts in a spreadsheet.
public enum TrendTable {
    /// The columns, in order.
    public static let columns: [OutputColumn] = [
        .date, .listingID, .score, .findings, .linkedRefunds, .refundRate, .refunds, .orders,
    ]

    /// The CSV for `snapshots` with headers in `language`. `refund_rate` is refunds per order as a fraction
    /// (empty without orders).
    public static func csv(_ snapshots: [AuditSnapshot], language: Language) -> CSVWriter {
        var writer = CSVWriter(columns: columns, language: language)
        for snapshot in snapshots.sorted(by: { $0.date < $1.date }) {
            for listing in snapshot.listings {
                writer.appendRow([
                    snapshot.date.text, listing.listingID, String(format: "%.2f", listing.score),
                    String(listing.findings.count), String(listing.linkedRefunds),
                    listing.refundRate.map { String(format: "%.4f", $0) } ?? "", String(listing.refunds),
                    listing.orders.map(String.init) ?? "",
                ])
            }
        }
        return writer
    }
}
