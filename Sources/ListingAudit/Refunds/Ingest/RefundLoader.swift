/// What loading a refund export produced: the refunds and a report of how the file was read.
public struct RefundLoadResult: Sendable {
    public var format: RefundExportFormat
    public var refunds: [Refund]
    public var report: TransactionLoadReport

    public init(format: RefundExportFormat, refunds: [Refund], report: TransactionLoadReport) {
        self.format = format
        self.refunds = refunds
        self.report = report
    }
}

/// Reads refund / after-sales exports (Chinese shops, Shopify, WooCommerce, Amazon FBA returns, generic) into
/// `Refund`s. Malformed rows are skipped and counted with their reason and location; nothing is dropped silently.
public enum RefundLoader {
    /// The refund format of a file with this header row, or `nil` when it is not a refund export.
    public static func recognises(header: [String]) -> RefundExportFormat? {
        RefundExportFormat.detect(HeaderIndex(header))
    }

    /// Loads every refund in the file at `path`.
    /// - Throws: as `forEach(path:options:_:)`.
    public static func load(
        path: String, options: ReadOptions = ReadOptions()
    ) throws(IngestError) -> RefundLoadResult {
        var refunds: [Refund] = []
        let (format, report) = try forEach(path: path, options: options) { refunds.append($0) }
        return RefundLoadResult(format: format, refunds: refunds, report: report)
    }

    /// Reads the refund export at `path` row by row and hands each refund to `body` without keeping it: in memory
    /// independent of the file's size (`load` collects what this reads).
    /// - Returns: the format and the report of rows read and skipped.
    /// - Throws: `IngestError.fileNotFound` / `.unreadable` (exit 66), or `.unusableInput` (exit 65) when the file
    ///   is not a refund export or lacks a reason column or any column naming the product. A `mapping` names the
    ///   columns itself (`TransactionReader`).
    public static func forEach(
        path: String, options: ReadOptions = ReadOptions(), mapping: TransactionMapping? = nil,
        _ body: (Refund) -> Void
    ) throws(IngestError) -> (format: RefundExportFormat, report: TransactionLoadReport) {
        let reader = try TransactionReader<RefundExport>(path: path, options: options, mapping: mapping)
        var rowReader = RefundRowReader(path: reader.label, format: reader.format, columns: reader.columns)
        try reader.forEachRow { fields in
            switch rowReader.read(fields) {
            case .kept(let values):
                reader.report.count(status: values.status, type: values.type)
                reader.report.unreadableDates.check(fields.text(RefundField.date), serials: reader.report.serialDates) {
                    SourceLocation(file: reader.label, line: fields.line, column: reader.columns[.date].map { $0 + 1 })
                }
                body(rowReader.refund(fields, values))
                return nil
            case .skipped(let skip): return skip
            }
        }
        return (reader.format, reader.report)
    }
}
