/// Chooses the export format from a header row. Each format is recognised by a signature of columns that only it
/// has together; the checks run from the most specific signature to the least.
enum FormatDetector {
    /// One format's signature: every alias group must have a member in the header.
    struct Signature {
        let format: ExportFormat
        let groups: [[String]]
    }

    static let signatures: [Signature] = [
        Signature(
            format: .shopify, groups: [["Handle"], ["Title"], ["Body (HTML)", "Variant SKU", "Variant Price"]]),
        Signature(
            format: .wooCommerce, groups: [["Type"], ["SKU"], ["Name"], ["Regular price"], ["Parent", "Images"]]),
        Signature(
            format: .amazonListingsReport, groups: [["item-name"], ["seller-sku"]]),
        Signature(
            format: .amazonFlatFile, groups: [["item_sku"], ["item_name", "feed_product_type"]]),
        Signature(
            format: .magento, groups: [["sku"], ["product_type"], ["attribute_set_code", "product_websites"]]),
        Signature(
            format: .olist, groups: [["product_id"], ["product_category_name"], ["product_photos_qty"]]),
        Signature(
            format: .taobaoAssistant, groups: [["title"], ["cid"], ["picture", "skuProps", "cateProps"]]),
        Signature(
            format: .generic, groups: [["listing_id"], ["title"]]),
        Signature(
            format: .googleMerchant,
            groups: [["id", "g:id"], ["title", "g:title"], ["link", "image_link", "g:link"]]),
        Signature(
            format: .chineseShop, groups: [ChineseShopColumns.id, ChineseShopColumns.title]),
    ]

    /// The format whose signature the header matches, or `nil`.
    static func detectFormat(header: HeaderIndex) -> ExportFormat? {
        guard transactionColumn(in: header) == nil else { return nil }
        return signatures.first { header.hasAll($0.groups) }?.format
    }

    /// Columns naming an order or an after-sales request. A header with one is an order or refund export, never a
    /// listing export, even when it also has product id and title columns (抖店 order exports have 商品ID and
    /// 商品名称; generic ones listing_id and title).
    static let transactionIDs = ["订单号", "订单编号", "售后单号", "退款单号", "order_id", "refund_id", "return_id"]

    /// The header cell of the first order or after-sales id column, or `nil`.
    static func transactionColumn(in header: HeaderIndex) -> String? {
        header.column(transactionIDs).map { header.names[$0] }
    }

    /// The header row was not recognised: what the file looks like, what was expected and the one next step, in a
    /// few lines (the list of every layout is in docs/formats.md and `inspect`, not in the message).
    static func unrecognisedReason(
        header: HeaderIndex, table: TableFormat = .delimited, sheet: String? = nil
    ) -> LocalizedText {
        let shown = header.names.prefix(6).joined(separator: ", ") + (header.names.count > 6 ? ", …" : "")
        let elsewhere = LocalizedText(
            zh: "这里请给商品（listing）导出表；订单表和售后表请交给 audit（--orders、--refunds）",
            en: "Give the product (listing) export here; order and refund exports go to 'audit' (--orders, --refunds)")
        if TransactionSynonyms.isSettlement(header.names), let kind = NotAnExport.kind(header: header.names) {
            return unrecognised(header: header, table: table, sheet: sheet, kind: kind)
        }
        if let column = transactionColumn(in: header) {
            // A review of an order is not an order export.
            if let review = NotAnExport.review(header: header.names) {
                return unrecognised(header: header, table: table, sheet: sheet, kind: review)
            }
            return LocalizedText(
                zh: "表头（\(shown)）含有订单号或售后单号列（\(column)）：这是订单表或售后表，不是商品导出表。"
                    + elsewhere.zh,
                en: "header row (\(shown)) names an order or after-sales id (\(column)): this is an order or refund "
                    + "export, not a listing export. " + elsewhere.en)
        }
        if let kind = ExportKind.transactionKind(header: header.names) {
            return LocalizedText(
                zh: "表头（\(shown)）是\(kind == .refunds ? "售后（退款）" : "订单")导出表，不是商品导出表。" + elsewhere.zh,
                en: "header row (\(shown)) is \(kind == .refunds ? "a refund" : "an order") export, not a listing "
                    + "export. " + elsewhere.en)
        }
        if let title = ColumnSynonyms.titleWithoutID(header: header.names) {
            return LocalizedText(
                zh: "表头（\(shown)）有标题列（\(title)），但没有商品编号列（id、product_id、goods_id、商品ID 等），"
                    + "无法区分各行属于哪个商品。请用 --mapping FILE 指明编号列（见 docs/formats.md）",
                en: "header row (\(shown)) has a title column (\(title)) but no column that names a product id "
                    + "(id, product_id, goods_id, 商品ID, …), so rows cannot be told apart as listings. Pass --mapping "
                    + "FILE naming the id column (see docs/formats.md)")
        }
        return unrecognised(header: header, table: table, sheet: sheet, kind: NotAnExport.kind(header: header.names))
    }

    /// The few lines for a header nothing recognises: what the file looks like, what it is when its header tells
    /// (`kind`, from `NotAnExport`), what was expected and the next step.
    private static func unrecognised(
        header: HeaderIndex, table: TableFormat, sheet: String?, kind: LocalizedText?
    ) -> LocalizedText {
        let shown = header.names.prefix(6).joined(separator: ", ") + (header.names.count > 6 ? ", …" : "")
        let looks: LocalizedText
        switch table {
        case .delimited:
            looks = LocalizedText(
                zh: "一张 \(header.names.count) 列的表（\(shown)）",
                en: "a table with \(ListingPriority.count(header.names.count, "column")) (\(shown))")
        case .workbook:
            looks = LocalizedText(
                zh: "一个电子表格" + (sheet.map { "（工作表 \($0)）" } ?? "") + "，列为 \(shown)",
                en: "a spreadsheet" + (sheet.map { " (sheet \($0))" } ?? "") + " with columns \(shown)")
        case .xmlFeed:
            looks = LocalizedText(
                zh: "一个 XML 文件，条目字段为 \(shown)", en: "an XML file whose items have the fields \(shown)")
        case .json:
            looks = LocalizedText(
                zh: "一个 JSON 文件，记录字段为 \(shown)", en: "a JSON file whose records have the fields \(shown)")
        }
        return LocalizedText(
            zh: "这不是能识别的商品导出表。\n"
                + "  看起来是\(looks.zh)。\n"
                + (kind.map { "  \($0.zh)\n" } ?? "")
                + "  需要：Shopify、WooCommerce、Amazon、Google Merchant、Magento、抖店/淘宝 或通用 CSV 的商品导出表"
                + "（各自的列见 docs/formats.md）。\n"
                + "  下一步：如果它是商品表，请用 --mapping FILE 指明编号、标题和描述列；"
                + "“listing-audit inspect FILE”可查看它被如何读取。",
            en: "this is not a listing export we recognise.\n"
                + "  It looks like \(looks.en).\n"
                + (kind.map { "  \($0.en)\n" } ?? "")
                + "  Expected: a product (listing) export from Shopify, WooCommerce, Amazon, Google Merchant, Magento, "
                + "抖店/淘宝 or the generic CSV (docs/formats.md lists their columns).\n"
                + "  Next: if it is a product list, pass --mapping FILE naming its id, title and description columns; "
                + "'listing-audit inspect FILE' shows how it is read.")
    }
}
