/// Reads one refund row from its cells as bytes: whether it can be kept (it names a product; its amount and
/// quantity are numbers) and what it says beyond its text (amount, request type, status). `RefundLoader` builds
/// `Refund`s from kept rows; the audit writes their `refunds.csv` rows and counts them from the bytes.
///
/// Request types and statuses are remembered per distinct cell, so each is read from text once per reader.
struct RefundRowReader {
    /// What a kept row says beyond its text cells.
    struct Values {
        var amount: Double?
        var type: RefundType
        var status: RefundStatus
    }

    let path: String
    let fileName: String
    let format: RefundExportFormat
    let columns: FieldColumns<RefundField>
    private var types = ByteMemo<RefundType>()
    private var returns = ByteMemo<RefundType>()
    private var statuses = ByteMemo<RefundStatus>()

    init(path: String, format: RefundExportFormat, columns: FieldColumns<RefundField>) {
        self.path = path
        self.fileName = path.split(separator: "/").last.map(String.init) ?? path
        self.format = format
        self.columns = columns
    }

    /// The row's values, or why it is skipped.
    mutating func read(_ row: RowFields) -> RowOutcome<Values> {
        if row.text(RefundField.listingID).isEmpty && row.text(RefundField.sku).isEmpty
            && row.text(RefundField.title).isEmpty
        {
            return .skipped(
                SkippedRow(
                    location: location(of: .listingID, row),
                    reason: LocalizedText(
                        zh: "没有商品ID、SKU 或商品名称，无法对应到商品",
                        en: "names no listing id, SKU or product title, so it cannot be tied to a listing")))
        }
        var amount: Double?
        switch FieldText.amount(row.text(RefundField.amount)) {
        case .blank: amount = nil
        case .value(let value): amount = value
        case .invalid: return .skipped(invalid(.amount, row, zh: "退款金额", en: "amount", outOfRange: false))
        case .outOfRange: return .skipped(invalid(.amount, row, zh: "退款金额", en: "amount", outOfRange: true))
        }
        switch FieldText.quantity(row.text(RefundField.quantity)) {
        case .blank, .value: break
        case .invalid: return .skipped(invalid(.quantity, row, zh: "数量", en: "quantity", outOfRange: false))
        case .outOfRange: return .skipped(invalid(.quantity, row, zh: "数量", en: "quantity", outOfRange: true))
        }
        var type = types.value(of: row.text(RefundField.type), FieldText.refundType)
        if type == .unknown { type = returns.value(of: row.text(RefundField.needsReturn), FieldText.refundType) }
        if type == .unknown { type = format.defaultType }
        let status = statuses.value(of: row.text(RefundField.status), RefundStatusText.parse)
        return .kept(Values(amount: amount, type: type, status: status))
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
            location: SourceLocation(file: path, line: row.line))
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

    private func location(of field: RefundField, _ row: RowFields) -> SourceLocation {
        SourceLocation(file: path, line: row.line, column: columns[field].map { $0 + 1 })
    }

    private func invalid(
        _ field: RefundField, _ row: RowFields, zh: String, en: String, outOfRange: Bool
    ) -> SkippedRow {
        let value = String(decoding: row.text(field), as: UTF8.self)
        return SkippedRow(
            location: location(of: field, row),
            reason: FieldText.unreadable(zh: zh, en: en, value: value, outOfRange: outOfRange))
    }
}
