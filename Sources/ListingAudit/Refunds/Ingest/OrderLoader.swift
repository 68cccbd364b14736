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
    /// - Throws: `IngestError.fileNotFound` / `.unreadable` (exit 66), or `.unusableData` (exit 65) when the file
    ///   is not an order export.
    public static func forEach(
        path: String, options: ReadOptions = ReadOptions(), _ body: (OrderLine) -> Void
    ) throws(IngestError) -> (format: OrderExportFormat, report: TransactionLoadReport) {
        let table = try ExportTable(path: path, options: options)
        guard let format = OrderExportFormat.detect(table.index) else {
            throw .unusableData(
                location: SourceLocation(file: path, line: table.headerLine),
                reason: "not an order export: expected an order id with a product column (订单号 + 商品ID / "
                    + "Name + Lineitem quantity / order_id,listing_id,sku,title,quantity,amount,date)")
        }
        var columns: [OrderField: Int] = [:]
        for field in OrderField.allCases {
            columns[field] = table.index.column(field.aliases(in: format))
        }
        var report = TransactionLoadReport(
            path: path, format: format.rawValue, encoding: table.file.encoding,
            delimiter: table.file.dialect.delimiterName)
        report.columns = table.mapping(OrderField.allCases.map { ($0.rawValue, columns[$0]) })
        try table.forEachRow(report: &report) { record, report in
            switch orderLine(from: record, path: path, columns: columns) {
            case .kept(let line): body(line)
            case .skipped(let skip): report.skip(skip.location, skip.reason)
            }
        }
        return (format, report)
    }

    private static func orderLine(
        from record: CSVRecord, path: String, columns: [OrderField: Int]
    ) -> RowOutcome<OrderLine> {
        func text(_ field: OrderField) -> String { ExportTable.text(record, columns[field]) }
        func at(_ field: OrderField) -> SourceLocation {
            SourceLocation(file: path, line: record.line, column: columns[field].map { $0 + 1 })
        }
        let listingID = text(.listingID)
        let sku = text(.sku)
        let title = text(.title)
        if listingID.isEmpty && sku.isEmpty && title.isEmpty {
            return .skipped(
                SkippedRow(
                    location: at(.listingID),
                    reason: LocalizedText(
                        zh: "没有商品ID、SKU 或商品名称，无法对应到商品",
                        en: "names no listing id, SKU or product title, so it cannot be tied to a listing")))
        }
        var quantity = 1
        switch FieldText.quantity(text(.quantity)) {
        case .blank: quantity = 1
        case .value(let value): quantity = value
        case .invalid:
            let value = text(.quantity)
            return .skipped(
                SkippedRow(
                    location: at(.quantity),
                    reason: LocalizedText(zh: "数量“\(value)”不是整数", en: "quantity '\(value)' is not a whole number")))
        }
        var amount: Double?
        switch FieldText.amount(text(.amount)) {
        case .blank: amount = nil
        case .value(let value): amount = value
        case .invalid:
            let value = text(.amount)
            return .skipped(
                SkippedRow(
                    location: at(.amount),
                    reason: LocalizedText(zh: "金额“\(value)”不是数字", en: "amount '\(value)' is not a number")))
        }
        return .kept(
            OrderLine(
                orderID: text(.orderID), listingID: listingID.isEmpty ? nil : listingID, sku: sku.isEmpty ? nil : sku,
                productTitle: title.isEmpty ? nil : title, quantity: quantity, amount: amount,
                date: FieldText.date(text(.date)), location: SourceLocation(file: path, line: record.line)))
    }
}
