/// `refunds.csv`, written while refunds stream in: one row per refund with how it was matched, its category and
/// the words that decided it. Rows are written as bytes (`CSVByteBuffer`); the refund stage writes whole chunks of
/// rows its workers rendered with `appendRow`, in file order.
final class AuditRefundsCSV {
    static let columns: [OutputColumn] = [
        .refundID, .orderID, .listingID, .sku, .matchedBy, .category, .evidence, .refundType, .refundStatus,
        .statusText, .amount, .reason, .comment, .line,
    ]
    private static let flushBytes = 4 << 20
    private let file: OutputFile
    /// The language of the header and of the enum cells (`CSVValue`).
    let language: Language
    private var buffer = CSVByteBuffer()

    /// Creates the file and writes its byte-order mark and header row; errors name `shownAs` (or the path).
    init(path: String, language: Language, shownAs: String? = nil) throws(AuditError) {
        file = try OutputFile(path: path, shownAs: shownAs)
        self.language = language
        buffer.append(CSVByteBuffer.byteOrderMark)
        for column in Self.columns { buffer.appendCell(column.header(language)) }
        buffer.endRow()
    }

    /// Appends one refund.
    func append(_ refund: ClassifiedRefund) throws(AuditError) {
        let source = refund.refund
        Self.appendRow(
            to: &buffer, id: source.id, orderID: source.orderID, listingID: refund.listingID ?? "",
            sku: source.sku ?? "", matchedBy: refund.matchedBy, category: refund.category,
            evidence: refund.evidence.joined(separator: "; "), type: source.type, status: source.status,
            statusText: source.statusText, amount: source.amount, reason: source.reason, comment: source.comment,
            line: source.location.line, language: language)
        if buffer.count >= Self.flushBytes { try flush() }
    }

    /// Appends rows written by `appendRow`.
    func append(rows: [UInt8]) throws(AuditError) {
        try flush()
        try file.write(rows)
    }

    /// Writes what is left and closes the file.
    func finish() throws(AuditError) {
        try flush()
        try file.close()
    }

    /// Appends the row of one refund to `buffer`, its cells in `columns` order.
    static func appendRow(
        to buffer: inout CSVByteBuffer, id: some CSVCellText, orderID: some CSVCellText,
        listingID: some CSVCellText, sku: some CSVCellText, matchedBy: MatchMethod, category: RefundCategory,
        evidence: some CSVCellText, type: RefundType, status: RefundStatus, statusText: some CSVCellText,
        amount: Double?, reason: some CSVCellText, comment: some CSVCellText, line: Int, language: Language
    ) {
        id.appendCell(to: &buffer)
        orderID.appendCell(to: &buffer)
        listingID.appendCell(to: &buffer)
        sku.appendCell(to: &buffer)
        buffer.appendCell(CSVValue.matchMethod(matchedBy, language))
        buffer.appendCell(category.rawValue)
        evidence.appendCell(to: &buffer)
        buffer.appendCell(CSVValue.refundType(type, language))
        buffer.appendCell(CSVValue.refundStatus(status, language))
        statusText.appendCell(to: &buffer)
        if let amount { buffer.appendAmount(amount) } else { buffer.appendCell("") }
        reason.appendCell(to: &buffer)
        comment.appendCell(to: &buffer)
        buffer.appendCell(line)
        buffer.endRow()
    }

    private func flush() throws(AuditError) {
        try file.write(buffer.bytes)
        buffer.removeAll()
    }
}
