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
    /// `path` as the rows' locations name it, named once.
    private let pathName: SourceFileName
    private let skips: RowSkips<OrderField>

    init(path: String, columns: FieldColumns<OrderField>) {
        self.path = path
        pathName = SourceFileName.named(path)
        skips = RowSkips(path: path, columns: columns)
    }

    /// The row's values, or why it is skipped.
    func read(_ row: RowFields) -> RowOutcome<Values> {
        if let untied = skips.untied(row, id: .listingID, sku: .sku, title: .title) { return .skipped(untied) }
        let quantity: Int?
        switch skips.number(.quantity, row, FieldText.quantity, zh: "数量", en: "quantity") {
        case .kept(let value): quantity = value
        case .skipped(let skip): return .skipped(skip)
        }
        let amount: Double?
        switch skips.number(.amount, row, FieldText.amount, zh: "金额", en: "amount") {
        case .kept(let value): amount = value
        case .skipped(let skip): return .skipped(skip)
        }
        return .kept(Values(quantity: quantity ?? 1, amount: amount))
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
            location: SourceLocation(file: pathName, line: row.line))
    }
}
