/// Why a refund or order row is skipped, placed at the cell that made it so: the checks the two row readers
/// (`RefundRowReader`, `OrderRowReader`) share.
struct RowSkips<Field: TransactionField> {
    let path: String
    let columns: FieldColumns<Field>

    /// Why `row` is skipped when it names no listing (its `id`, `sku` and `title` cells all empty), placed at the id
    /// column; `nil` when it names one.
    @inline(__always)
    func untied(_ row: RowFields, id: Field, sku: Field, title: Field) -> SkippedRow? {
        guard row.text(id).isEmpty && row.text(sku).isEmpty && row.text(title).isEmpty else { return nil }
        return SkippedRow(
            location: location(of: id, row),
            reason: LocalizedText(
                zh: "没有商品ID、SKU 或商品名称，无法对应到商品",
                en: "names no listing id, SKU or product title, so it cannot be tied to a listing"))
    }

    /// The number `parse` reads in `field` (`nil` when blank), or why the row is skipped when it holds no readable
    /// number or one out of range; `zh` and `en` name the field. Inlined: it runs for every refund and order row.
    @inline(__always)
    func number<Value>(
        _ field: Field, _ row: RowFields, _ parse: (UnsafeBufferPointer<UInt8>) -> FieldText.Parsed<Value>,
        zh: String, en: String
    ) -> RowOutcome<Value?> {
        switch parse(row.text(field)) {
        case .blank: return .kept(nil)
        case .value(let value): return .kept(value)
        case .invalid: return .skipped(unreadable(field, row, zh: zh, en: en, outOfRange: false))
        case .outOfRange: return .skipped(unreadable(field, row, zh: zh, en: en, outOfRange: true))
        }
    }

    /// Where `field` of `row` is: its line, and its column when the file has one.
    func location(of field: Field, _ row: RowFields) -> SourceLocation {
        SourceLocation(file: path, line: row.line, column: columns[field].map { $0 + 1 })
    }

    private func unreadable(
        _ field: Field, _ row: RowFields, zh: String, en: String, outOfRange: Bool
    ) -> SkippedRow {
        let value = String(decoding: row.text(field), as: UTF8.self)
        return SkippedRow(
            location: location(of: field, row),
            reason: FieldText.unreadable(zh: zh, en: en, value: value, outOfRange: outOfRange))
    }
}
