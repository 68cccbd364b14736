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
            sku: source.sku ?? "", matchedBy: CSVValue.matchMethod(refund.matchedBy, language),
            category: refund.category.rawValue, evidence: refund.evidence.joined(separator: "; "),
            type: CSVValue.refundType(source.type, language), status: CSVValue.refundStatus(source.status, language),
            statusText: source.statusText, amount: source.amount, reason: source.reason, comment: source.comment,
            line: source.location.line)
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

    /// Appends the row of one refund to `buffer`, its cells in `columns` order: the match method, category, type
    /// and status as `CSVValue` writes them in the file's language (from `EnumCells` for rows of a chunk).
    static func appendRow(
        to buffer: inout CSVByteBuffer, id: some CSVCellText, orderID: some CSVCellText,
        listingID: some CSVCellText, sku: some CSVCellText, matchedBy: some CSVCellText, category: some CSVCellText,
        evidence: some CSVCellText, type: some CSVCellText, status: some CSVCellText, statusText: some CSVCellText,
        amount: Double?, reason: some CSVCellText, comment: some CSVCellText, line: Int
    ) {
        id.appendCell(to: &buffer)
        orderID.appendCell(to: &buffer)
        listingID.appendCell(to: &buffer)
        sku.appendCell(to: &buffer)
        matchedBy.appendCell(to: &buffer)
        category.appendCell(to: &buffer)
        evidence.appendCell(to: &buffer)
        type.appendCell(to: &buffer)
        status.appendCell(to: &buffer)
        statusText.appendCell(to: &buffer)
        if let amount { buffer.appendAmount(amount) } else { buffer.appendCell("") }
        reason.appendCell(to: &buffer)
        comment.appendCell(to: &buffer)
        buffer.appendCell(line)
        buffer.endRow()
    }

    /// The cells of the enum columns in one language, each written once (`CSVCellTable`): the match methods, the
    /// categories, the request types and the statuses, in case order. A chunk's rows copy them by number instead of
    /// writing each as text.
    struct EnumCells: Sendable {
        private static let methods = MatchMethod.allCases
        private static let types = RefundType.allCases
        private static let statuses = RefundStatus.allCases
        private let table: CSVCellTable

        init(language: Language) {
            table = CSVCellTable(
                Self.methods.map { CSVValue.matchMethod($0, language) } + RefundCategory.taxonomy.map(\.rawValue)
                    + Self.types.map { CSVValue.refundType($0, language) }
                    + Self.statuses.map { CSVValue.refundStatus($0, language) })
        }

        /// Calls `body` with the cells, readable while it runs.
        func withCells<R>(_ body: (Cells) -> R) -> R { table.withCells { body(Cells(cells: $0)) } }

        /// The cells while `withCells` runs.
        struct Cells {
            fileprivate let cells: CSVCellTable.Cells

            func method(_ method: MatchMethod) -> WrittenCSVCell {
                WrittenCSVCell(bytes: cells[EnumCells.methods.firstIndex(of: method)!])
            }

            func category(_ category: RefundCategory) -> WrittenCSVCell {
                WrittenCSVCell(bytes: cells[EnumCells.methods.count + category.ordinal])
            }

            func type(_ type: RefundType) -> WrittenCSVCell {
                WrittenCSVCell(bytes: cells[EnumCells.methods.count + RefundCategory.count
                    + EnumCells.types.firstIndex(of: type)!])
            }

            func status(_ status: RefundStatus) -> WrittenCSVCell {
                WrittenCSVCell(bytes: cells[EnumCells.methods.count + RefundCategory.count + EnumCells.types.count
                    + EnumCells.statuses.firstIndex(of: status)!])
            }
        }
    }

    private func flush() throws(AuditError) {
        try file.write(buffer.bytes)
        buffer.removeAll()
    }
}
