/// Order exports as a transaction kind: their formats and field table; any order export's columns will do.
enum OrderExport: TransactionKind {
    static func format(of index: HeaderIndex) -> OrderExportFormat? { OrderExportFormat.detect(index) }

    static let exportKind = ExportKind.orders
    static let notThisKind = LocalizedText(
        zh: "不是订单导出表：需要订单号及商品列（订单号 + 商品ID / Name + Lineitem quantity / "
            + "order_id,listing_id,sku,title,quantity,amount,date），或可按含义识别的订单号、商品与数量或金额列",
        en: "not an order export: expected an order id with a product column (订单号 + 商品ID / "
            + "Name + Lineitem quantity / order_id,listing_id,sku,title,quantity,amount,date), or an order id, a "
            + "product and a quantity or amount that the column names mean")

    static func aliases(of field: OrderField, in format: OrderExportFormat) -> [String] {
        field.aliases(in: format)
    }

    static let mappedFormat = OrderExportFormat.mapped

    static func isChinese(_ format: OrderExportFormat) -> Bool { format == .chineseShop }

    static func columnsByMeaning(_ header: [String], in format: OrderExportFormat) -> FieldColumns<OrderField>? {
        guard format == .mapped, let found = TransactionSynonyms.orderColumns(header) else { return nil }
        return FieldColumns(byMeaning: found)
    }

    static func check(_ columns: FieldColumns<OrderField>, header: SourceLocation) throws(IngestError) {}
}
