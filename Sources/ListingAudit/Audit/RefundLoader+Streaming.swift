extension RefundLoader {
    /// Reads the refund export at `path` row by row and hands each refund to `body` without keeping it: the same
    /// recognition, columns and row checks as `load(path:options:)`, in memory independent of the file's size.
    /// - Returns: the format and the report of rows read and skipped.
    /// - Throws: as `load(path:options:)`.
    public static func forEach(
        path: String, options: ReadOptions = ReadOptions(), _ body: (Refund) -> Void
    ) throws(IngestError) -> (format: RefundExportFormat, report: TransactionLoadReport) {
        let table = try ExportTable(path: path, options: options)
        let headerLocation = SourceLocation(file: path, line: table.headerLine)
        guard let format = RefundExportFormat.detect(table.index) else {
            throw .unusableData(
                location: headerLocation,
                reason: "not a refund export: the header has no refund id or reason column (expected e.g. "
                    + "售后单号/退款原因, Return reason, or refund_id,order_id,listing_id,reason,amount,date)")
        }
        var columns: [RefundField: Int] = [:]
        for field in RefundField.allCases {
            columns[field] = table.index.column(field.aliases)
        }
        guard columns[.reason] != nil || columns[.comment] != nil else {
            throw .unusableData(location: headerLocation, reason: "no reason column (退款原因 / reason)")
        }
        guard columns[.listingID] != nil || columns[.sku] != nil || columns[.title] != nil else {
            throw .unusableData(
                location: headerLocation,
                reason: "no column names the product: expected a listing id (商品ID / listing_id), SKU or title")
        }
        var report = TransactionLoadReport(
            path: path, format: format.rawValue, encoding: table.file.encoding,
            delimiter: table.file.dialect.delimiterName)
        report.columns = table.mapping(RefundField.allCases.map { ($0.rawValue, columns[$0]) })
        let rowReader = RefundRowReader(path: path, format: format, columns: columns)
        try table.forEachRow(report: &report) { record, report in
            switch rowReader.refund(from: record) {
            case .kept(let refund):
                report.count(refund)
                body(refund)
            case .skipped(let skip): report.skip(skip.location, skip.reason)
            }
        }
        return (format, report)
    }
}
