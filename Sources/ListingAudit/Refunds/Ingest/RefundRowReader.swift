/// Reads one refund row from its cells as bytes: whether it can be kept (it names a product; its amount and
/// quantity are numbers) and what it says beyond its text (amount, request type, status). `RefundLoader` builds
/// `Refund`s from kept rows; the audit writes their `refunds.csv` rows and counts them from the bytes.
///
/// Request types and statuses are remembered per distinct cell, so each is read from text once per reader.
struct RefundRowReader {
    /// What a kept row says beyond its text cells.
    struct Values {
        var amount: Double?
        /// Whether the amount cell is the text `refunds.csv` writes for `amount` (`PlainDecimal.read`'s
        /// `isAmountText`), so that the row copies it.
        var amountIsWrittenAsRead = false
        var type: RefundType
        var status: RefundStatus
    }

    let path: String
    /// `path` as the rows' locations name it, named once.
    private let pathName: SourceFileName
    let fileName: String
    let format: RefundExportFormat
    private let skips: RowSkips<RefundField>
    private var types = ByteMemo<RefundType>()
    private var returns = ByteMemo<RefundType>()
    private var statuses = ByteMemo<RefundStatus>()
    /// The request type of every row when the export has neither a type nor a needs-return column (what `read`
    /// gives for two empty cells), settled once instead of looked up for every row; `nil` when it has either.
    private let typeWithoutColumns: RefundType?
    /// The status of every row when the export has no status column (what `read` gives for an empty cell); `nil`
    /// when it has one.
    private let statusWithoutColumn: RefundStatus?

    init(path: String, format: RefundExportFormat, columns: FieldColumns<RefundField>) {
        self.path = path
        pathName = SourceFileName.named(path)
        self.fileName = path.split(separator: "/").last.map(String.init) ?? path
        self.format = format
        skips = RowSkips(path: path, columns: columns)
        typeWithoutColumns = columns[.type] == nil && columns[.needsReturn] == nil
            ? Self.type(FieldText.refundType(""), needsReturn: FieldText.refundType(""), format: format) : nil
        statusWithoutColumn = columns[.status] == nil ? RefundStatusText.parse("") : nil
    }

    /// The row's values, or why it is skipped.
    mutating func read(_ row: RowFields) -> RowOutcome<Values> {
        if let untied = skips.untied(row, id: .listingID, sku: .sku, title: .title) { return .skipped(untied) }
        let amount: Double?
        var amountIsWrittenAsRead = false
        // The plain decimal most amounts are, read once for its value and its text (`FieldText.amount` reads it the
        // same way first); any other cell as `FieldText.amount` reads it.
        if let plain = PlainDecimal.read(row.text(RefundField.amount)) {
            (amount, amountIsWrittenAsRead) = (plain.magnitude, plain.isAmountText)
        } else {
            switch skips.number(.amount, row, FieldText.amount, zh: "退款金额", en: "amount") {
            case .kept(let value): amount = value
            case .skipped(let skip): return .skipped(skip)
            }
        }
        if case .skipped(let skip) = skips.number(.quantity, row, FieldText.quantity, zh: "数量", en: "quantity") {
            return .skipped(skip)
        }
        let type = typeWithoutColumns ?? readType(row)
        let status = statusWithoutColumn ?? statuses.value(of: row.text(RefundField.status), RefundStatusText.parse)
        return .kept(Values(amount: amount, amountIsWrittenAsRead: amountIsWrittenAsRead, type: type, status: status))
    }

    /// The request type of `row` from its type and needs-return cells.
    private mutating func readType(_ row: RowFields) -> RefundType {
        let type = types.value(of: row.text(RefundField.type), FieldText.refundType)
        if type != .unknown { return type }
        return Self.type(type, needsReturn: returns.value(of: row.text(RefundField.needsReturn), FieldText.refundType),
                         format: format)
    }

    /// The request type of a row whose type cell reads as `type` and needs-return cell as `needsReturn`: the
    /// first of them known, else the format's default.
    private static func type(_ type: RefundType, needsReturn: RefundType, format: RefundExportFormat) -> RefundType {
        if type != .unknown { return type }
        return needsReturn != .unknown ? needsReturn : format.defaultType
    }

    /// The refund of a kept row.
    func refund(_ row: RowFields, _ values: Values) -> Refund {
        func text(_ field: RefundField) -> String { String(decoding: row.text(field), as: UTF8.self) }
        func optional(_ field: RefundField) -> String? {
            let value = row.text(field)
            return value.isEmpty ? nil : String(decoding: value, as: UTF8.self)
        }
        let quantity: Int
        if case .value(let value) = FieldText.quantity(row.text(RefundField.quantity)) {
            quantity = value
        } else {
            quantity = 1
        }
        return Refund(
            id: optional(.id) ?? Self.generatedID(fileName: fileName, line: row.line), orderID: text(.orderID),
            listingID: optional(.listingID), sku: optional(.sku), productTitle: optional(.title),
            reason: text(.reason), comment: text(.comment), amount: values.amount, quantity: quantity,
            date: FieldText.date(text(.date)), type: values.type, status: values.status, statusText: text(.status),
            location: SourceLocation(file: pathName, line: row.line))
    }

    /// Calls `body` with the refund id of `row` in the file named `fileName`: its id cell, or when it has none
    /// `generatedID`.
    static func withID<Result>(
        _ row: RowFields, fileName: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result {
        let id = row.text(RefundField.id)
        if !id.isEmpty { return body(id) }
        var generated = generatedID(fileName: fileName, line: row.line)
        return generated.withUTF8(body)
    }

    /// The id of a refund whose export gives none: `file.csv:line`.
    static func generatedID(fileName: String, line: Int) -> String { "\(fileName):\(line)" }
}
