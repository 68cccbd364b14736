/// Reads one order row from its cells as bytes: whether it can be kept (it names a product; its quantity and
/// amount are numbers) and its units and amount. `OrderLoader` builds `OrderLine`s from kept rows; the audit
/// counts their units from the bytes.
struct OrderRowReader {
    /// What a kept row says beyond its text cells.
    struct Values {
        var quantity: Int
        var amount: Double?
    }

    let path: String
    let columns: FieldColumns<OrderField>

    /// The row's values, or why it is skipped.
    func read(_ row: RowFields) -> RowOutcome<Values> {
        if row.text(OrderField.listingID).isEmpty && row.text(OrderField.sku).isEmpty
            && row.text(OrderField.title).isEmpty
        {
            return .skipped(
                SkippedRow(
                    location: location(of: .listingID, row),
                    reason: LocalizedText(
                        zh: "没有商品ID、SKU 或商品名称，无法对应到商品",
                        en: "names no listing id, SKU or product title, so it cannot be tied to a listing")))
        }
        var quantity = 1
        switch FieldText.quantity(row.text(OrderField.quantity)) {
        case .blank: quantity = 1
        case .value(let value): quantity = value
        case .invalid: return .skipped(unreadable(.quantity, row, zh: "数量", en: "quantity", outOfRange: false))
        case .outOfRange: return .skipped(unreadable(.quantity, row, zh: "数量", en: "quantity", outOfRange: true))
        }
        var amount: Double?
        switch FieldText.amount(row.text(OrderField.amount)) {
        case .blank: amount = nil
        case .value(let value): amount = value
        case .invalid: return .skipped(unreadable(.amount, row, zh: "金额", en: "amount", outOfRange: false))
        case .outOfRange: return .skipped(unreadable(.amount, row, zh: "金额", en: "amount", outOfRange: true))
        }
        return .kept(Values(quantity: quantity, amount: amount))
    }

    /// The order line of a kept row.
    func orderLine(_ row: RowFields, _ values: Values) -> OrderLine {
        func optional(_ field: OrderField) -> String? {
            let value = row.text(field)
            return value.isEmpty ? nil : String(decoding: value, as: UTF8.self)
        }
        return OrderLine(
            orderID: String(decoding: row.text(OrderField.orderID), as: UTF8.self), listingID: optional(.listingID),
            sku: optional(.sku), productTitle: optional(.title), quantity: values.quantity, amount: values.amount,
            date: FieldText.date(String(decoding: row.text(OrderField.date), as: UTF8.self)),
            location: SourceLocation(file: path, line: row.line))
    }

    private func unreadable(
        _ field: OrderField, _ row: RowFields, zh: String, en: String, outOfRange: Bool
    ) -> SkippedRow {
        let value = String(decoding: row.text(field), as: UTF8.self)
        return SkippedRow(
            location: location(of: field, row),
            reason: FieldText.unreadable(zh: zh, en: en, value: value, outOfRange: outOfRange))
    }

    private func location(of field: OrderField, _ row: RowFields) -> SourceLocation {
        SourceLocation(file: path, line: row.line, column: columns[field].map { $0 + 1 })
    }
}
