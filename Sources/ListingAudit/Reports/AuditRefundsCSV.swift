/// `refunds.csv`, written while refunds stream in: one row per refund with how it was matched, its category and
/// the words that decided it.
final class AuditRefundsCSV {
    static let columns: [OutputColumn] = [
        .refundID, .orderID, .listingID, .sku, .matchedBy, .category, .evidence, .refundType, .refundStatus,
        .statusText, .amount, .reason, .comment, .line,
    ]
    private let output: AuditCSVOutput

    /// Creates the file and writes its header row.
    init(path: String, language: Language) throws(AuditError) {
        output = try AuditCSVOutput(path: path, columns: Self.columns, language: language)
    }

    /// Appends one refund.
    func append(_ refund: ClassifiedRefund) throws(AuditError) {
        let source = refund.refund
        try output.append([
            source.id, source.orderID, refund.listingID ?? "", source.sku ?? "", refund.matchedBy.rawValue,
            refund.category.rawValue, refund.evidence.joined(separator: "; "), source.type.rawValue,
            source.status.rawValue, source.statusText,
            source.amount.map(AuditNumbers.amount) ?? "", source.reason, source.comment, String(source.location.line),
        ])
    }

    /// Writes what is left and closes the file.
    func finish() throws(AuditError) { try output.finish() }
}
