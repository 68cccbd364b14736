/// Chooses the export format from a header row. Each format is recognised by a signature of columns that only it
/// has together; the checks run from the most specific signature to the least.
enum FormatDetector {
    /// One format's signature: every alias group must have a member in the header.
    struct Signature {
        let format: ExportFormat
        let groups: [[String]]
        /// How the signature is described to users when nothing matches.
        let summary: String
    }

    static let signatures: [Signature] = [
        Signature(
            format: .shopify, groups: [["Handle"], ["Title"], ["Body (HTML)", "Variant SKU", "Variant Price"]],
            summary: "Shopify product CSV (Handle, Title, Body (HTML), Variant Price, Image Src …)"),
        Signature(
            format: .wooCommerce, groups: [["Type"], ["SKU"], ["Name"], ["Regular price"], ["Parent", "Images"]],
            summary:
                "WooCommerce product CSV (ID, Type, SKU, Name, Regular price, Images, Parent, Attribute 1 name …)"),
        Signature(
            format: .amazonListingsReport, groups: [["item-name"], ["seller-sku"]],
            summary: "Amazon listings report (item-name, item-description, listing-id, seller-sku, price …)"),
        Signature(
            format: .amazonFlatFile, groups: [["item_sku"], ["item_name", "feed_product_type"]],
            summary: "Amazon flat-file inventory template (TemplateType=… then item_sku, item_name, parent_sku …)"),
        Signature(
            format: .magento, groups: [["sku"], ["product_type"], ["attribute_set_code", "product_websites"]],
            summary: "Magento 2 catalog export (sku, attribute_set_code, product_type, name, description …)"),
        Signature(
            format: .olist, groups: [["product_id"], ["product_category_name"], ["product_photos_qty"]],
            summary: "Olist products dataset (product_id, product_category_name, product_photos_qty …)"),
        Signature(
            format: .taobaoAssistant, groups: [["title"], ["cid"], ["picture", "skuProps", "cateProps"]],
            summary: "淘宝助理 CSV (version 1.00, then title, cid, price, description, cateProps, picture …)"),
        Signature(
            format: .generic, groups: [["listing_id"], ["title"]],
            summary: "generic listing CSV (listing_id, title, description, category, colours, sizes, image_urls …)"),
        Signature(
            format: .googleMerchant,
            groups: [["id", "g:id"], ["title", "g:title"], ["link", "image_link", "g:link"]],
            summary: "Google Merchant Center / affiliate feed (id, title, description, link, image_link …)"),
        Signature(
            format: .chineseShop, groups: [ChineseShopColumns.id, ChineseShopColumns.title],
            summary: "Chinese shop export (商品ID, 商品标题, 类目, 商品详情, 颜色分类, 尺码, 主图, 价格 …)"),
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

    /// The header row was not recognised: what was expected, for the error message.
    static func unrecognisedReason(header: HeaderIndex) -> String {
        let shown = header.names.prefix(6).joined(separator: ", ") + (header.names.count > 6 ? ", …" : "")
        if let column = transactionColumn(in: header) {
            return "header row (\(shown)) names an order or after-sales id (\(column)): this is an order or refund "
                + "export, not a listing export. Give the product (listing) export here; order and refund exports "
                + "go to 'audit' (--orders, --refunds)"
        }
        if let kind = ExportKind.transactionKind(header: header.names) {
            return "header row (\(shown)) is \(kind == .refunds ? "a refund" : "an order") export, not a listing "
                + "export. Give the product (listing) export here; order and refund exports go to 'audit' "
                + "(--orders, --refunds)"
        }
        if let title = ColumnSynonyms.titleWithoutID(header: header.names) {
            return "header row (\(shown)) has a title column (\(title)) but no column that names a product id "
                + "(id, product_id, goods_id, 商品ID, …), so rows cannot be told apart as listings. Pass --mapping FILE "
                + "naming the id column (see docs/formats.md)"
        }
        let known = signatures.map(\.summary).joined(separator: "; ")
        return "header row (\(shown)) is not a listing export we recognise; expected one of: \(known). "
            + "For any other layout, pass --mapping FILE with a JSON column mapping (see docs/formats.md)"
    }
}
