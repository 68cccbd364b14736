/// Refund / after-sales exports as a transaction kind: their formats, their field table, and the columns a refund
/// export must have (a reason or comment, and something that names the product).
enum RefundExport: TransactionKind {
    static func format(of index: HeaderIndex) -> RefundExportFormat? { RefundExportFormat.detect(index) }

    static let exportKind = ExportKind.refunds
    static let notThisKind = LocalizedText(
        zh: "不是售后（退款）导出表：表头没有售后单号或退款原因列，也没有可按含义识别的原因或退款金额列与订单号、商品ID、SKU "
            + "或商品名称列（例如 售后单号/退款原因、Return reason、refund_id,order_id,listing_id,reason,amount,date）",
        en: "not a refund export: the header has no refund id or reason column, nor a reason or refund amount together "
            + "with an order id, listing id, SKU or product title that their names mean (expected e.g. 售后单号/退款原因, "
            + "Return reason, or refund_id,order_id,listing_id,reason,amount,date)")

    static func aliases(of field: RefundField, in format: RefundExportFormat) -> [String] { field.aliases }

    static let mappedFormat = RefundExportFormat.mapped

    static func isChinese(_ format: RefundExportFormat) -> Bool { format == .chineseShop }

    static func columnsByMeaning(_ header: [String], in format: RefundExportFormat) -> FieldColumns<RefundField>? {
        guard format == .mapped, let found = TransactionSynonyms.refundColumns(header) else { return nil }
        return FieldColumns(byMeaning: found)
    }

    static func check(_ columns: FieldColumns<RefundField>, header: SourceLocation) throws(IngestError) {
        guard columns[.reason] != nil || columns[.comment] != nil else {
            throw .input(header, zh: "没有退款原因列（退款原因 / reason）", en: "no reason column (退款原因 / reason)")
        }
        guard columns[.listingID] != nil || columns[.sku] != nil || columns[.title] != nil else {
            throw .input(
                header, zh: "没有指明商品的列：需要商品ID（商品ID / listing_id）、SKU 或商品名称",
                en: "no column names the product: expected a listing id (商品ID / listing_id), SKU or title")
        }
    }
}
