/// Refund / after-sales exports as a transaction kind: their formats, their field table, and the columns a refund
/// export must have (a reason or comment, and something that names the product).
enum RefundExport: TransactionKind {
    static func format(of index: HeaderIndex) -> RefundExportFormat? { RefundExportFormat.detect(index) }

    static let exportKind = ExportKind.refunds
    static let notThisKind = "not a refund export: the header has no refund id or reason column (expected e.g. "
        + "售后单号/退款原因, Return reason, or refund_id,order_id,listing_id,reason,amount,date)"

    static func aliases(of field: RefundField, in format: RefundExportFormat) -> [String] { field.aliases }

    static func check(_ columns: FieldColumns<RefundField>, header: SourceLocation) throws(IngestError) {
        guard columns[.reason] != nil || columns[.comment] != nil else {
            throw .unusableData(location: header, reason: "no reason column (退款原因 / reason)")
        }
        guard columns[.listingID] != nil || columns[.sku] != nil || columns[.title] != nil else {
            throw .unusableData(
                location: header,
                reason: "no column names the product: expected a listing id (商品ID / listing_id), SKU or title")
        }
    }
}
