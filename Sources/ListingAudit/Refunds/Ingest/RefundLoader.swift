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
    /// - Throws: `IngestError.fileNotFound` / `.unreadable` (exit 66), or `.unusableData` (exit 65) when the file
    ///   is not a refund export or lacks a reason column or any column naming the product.
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

/// Turns one data row into a `Refund`, or says why it cannot.
struct RefundRowReader {
    let path: String
    let fileName: String
    let format: RefundExportFormat
    /// Column of each field, indexed by `RefundField.allCases` position (resolved once, read per row).
    private let slots: [Int?]

    init(path: String, format: RefundExportFormat, columns: [RefundField: Int]) {
        self.path = path
        self.fileName = path.split(separator: "/").last.map(String.init) ?? path
        self.format = format
        self.slots = RefundField.allCases.map { columns[$0] }
    }

    func refund(from record: CSVRecord) -> RowOutcome<Refund> {
        func text(_ field: RefundField) -> String { ExportTable.text(record, slots[field.slot]) }
        func at(_ field: RefundField) -> SourceLocation {
            SourceLocation(file: path, line: record.line, column: slots[field.slot].map { $0 + 1 })
        }
        let listingID = text(.listingID)
        let sku = text(.sku)
        let title = text(.title)
        let orderID = text(.orderID)
        if listingID.isEmpty && sku.isEmpty && title.isEmpty {
            return .skipped(
                SkippedRow(
                    location: at(.listingID),
                    reason: LocalizedText(
                        zh: "没有商品ID、SKU 或商品名称，无法对应到商品",
                        en: "names no listing id, SKU or product title, so it cannot be tied to a listing")))
        }
        var amount: Double?
        switch FieldText.amount(text(.amount)) {
        case .blank: amount = nil
        case .value(let value): amount = value
        case .invalid:
            return .skipped(invalid(text(.amount), at: at(.amount), zh: "退款金额", en: "amount"))
        }
        var quantity = 1
        switch FieldText.quantity(text(.quantity)) {
        case .blank: quantity = 1
        case .value(let value): quantity = value
        case .invalid:
            return .skipped(invalid(text(.quantity), at: at(.quantity), zh: "数量", en: "quantity"))
        }
        var type = FieldText.refundType(text(.type))
        if type == .unknown { type = FieldText.refundType(text(.needsReturn)) }
        if type == .unknown { type = format.defaultType }
        let statusText = text(.status)
        var id = text(.id)
        if id.isEmpty { id = "\(fileName):\(record.line)" }
        return .kept(
            Refund(
                id: id, orderID: orderID, listingID: listingID.isEmpty ? nil : listingID, sku: sku.isEmpty ? nil : sku,
                productTitle: title.isEmpty ? nil : title, reason: text(.reason), comment: text(.comment),
                amount: amount, quantity: quantity, date: FieldText.date(text(.date)), type: type,
                status: RefundStatusText.parse(statusText), statusText: statusText,
                location: SourceLocation(file: path, line: record.line)))
    }

    private func invalid(_ value: String, at location: SourceLocation, zh: String, en: String) -> SkippedRow {
        SkippedRow(
            location: location,
            reason: LocalizedText(zh: "\(zh)“\(value)”不是数字", en: "\(en) '\(value)' is not a number"))
    }
}
