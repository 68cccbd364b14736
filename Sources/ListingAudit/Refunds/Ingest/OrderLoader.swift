/// What loading an order export produced: the order lines and a report of how the file was read.
public struct OrderLoadResult: Sendable {
    public var format: OrderExportFormat
    public var orders: [OrderLine]
    public var report: TransactionLoadReport

    public init(format: OrderExportFormat, orders: [OrderLine], report: TransactionLoadReport) {
        self.format = format
        self.orders = orders
        self.report = report
    }
}

/// Reads order exports (Chinese shops, Shopify, WooCommerce, Amazon, generic) into `OrderLine`s, the denominators
/// of refund rates. Malformed rows are skipped and counted with their reason and location.
public enum OrderLoader {
    /// The order format of a file with this header row, or `nil` when it is not an order export.
    public static func recognises(header: [String]) -> OrderExportFormat? {
        OrderExportFormat.detect(HeaderIndex(header))
    }

    /// Loads every order line in the file at `path`.
    /// - Throws: as `forEach(path:options:_:)`.
    public static func load(
        path: String, options: ReadOptions = ReadOptions()
    ) throws(IngestError) -> OrderLoadResult {
        var orders: [OrderLine] = []
        let (format, report) = try forEach(path: path, options: options) { orders.append($0) }
        return OrderLoadResult(format: format, orders: orders, report: report)
    }

    /// Reads the order export at `path` row by row and hands each order line to `body` without keeping it: in
    /// memory independent of the file's size (`load` collects what this reads).
    /// - Returns: the format and the report of rows read and skipped.
    /// - Throws: `IngestError.fileNotFound` / `.unreadable` (exit 66), or `.unusableInput` (exit 65) when the file
    ///   is not an order export. A `mapping` names the columns itself (`TransactionReader`).
    public static func forEach(
        path: String, options: ReadOptions = ReadOptions(), mapping: TransactionMapping? = nil,
        _ body: (OrderLine) -> Void
    ) throws(IngestError) -> (format: OrderExportFormat, report: TransactionLoadReport) {
        let reader = try TransactionReader<OrderExport>(path: path, options: options, mapping: mapping)
        let rowReader = OrderRowReader(path: reader.label, columns: reader.columns)
        try reader.forEachRow { fields in
            switch rowReader.read(fields) {
            case .kept(let values):
                reader.report.unreadableDates.check(fields.text(OrderField.date), serials: reader.report.serialDates) {
                    SourceLocation(file: reader.label, line: fields.line, column: reader.columns[.date].map { $0 + 1 })
                }
                body(rowReader.orderLine(fields, values))
                return nil
            case .skipped(let skip): return skip
            }
        }
        return (reader.format, reader.report)
    }
}
