/// Order exports as a transaction kind: their formats and field table; any order export's columns will do.
enum OrderExport: TransactionKind {
    static func format(of index: HeaderIndex) -> OrderExportFormat? { OrderExportFormat.detect(index) }

    static let exportKind = ExportKind.orders
    static let notThisKind = "not an order export: expected an order id with a product column (订单号 + 商品ID / "
        + "Name + Lineitem quantity / order_id,listing_id,sku,title,quantity,amount,date)"

    static func aliases(of field: OrderField, in format: OrderExportFormat) -> [String] {
        field.aliases(in: format)
    }

    static func check(_ columns: FieldColumns<OrderField>, header: SourceLocation) throws(IngestError) {}
}
