/// The refund / after-sales export layouts `RefundLoader` recognises from the header row.
public enum RefundExportFormat: String, Sendable, Codable, CaseIterable {
    /// 抖店 / 淘宝 / 天猫 / 拼多多 / 微信小店 after-sales exports (售后单号, 退款原因, 问题描述, …).
    case chineseShop = "chinese-shop"
    /// Shopify returns / refunds export (`Order, Return ID, Product, Variant SKU, Return reason, …`).
    case shopify
    /// WooCommerce refunds export (`Order ID, Refund ID, Product ID, SKU, Reason, Amount, Date`).
    case wooCommerce = "woocommerce"
    /// Amazon FBA customer returns report (tab-separated, `return-date … customer-comments`).
    case amazonFBAReturns = "amazon-fba-returns"
    /// The documented generic layout `refund_id,order_id,listing_id,sku,title,reason,comment,amount,date,type`.
    case generic
    /// Any other layout whose columns `TransactionSynonyms` maps by meaning (`return reason`, 退货原因, 반품사유, …).
    case mapped

    /// The format of a refund export with this header, or `nil` when it is not one.
    public static func detect(_ index: HeaderIndex) -> RefundExportFormat? {
        let has = { (aliases: [String]) in index.column(aliases) != nil }
        if has(["license-plate-number"]) || has(["return-date"]) && has(["detailed-disposition"]) {
            return .amazonFBAReturns
        }
        if has(["Return reason", "Return reason note", "Return ID", "Refunded amount", "Return reason code"]) {
            return .shopify
        }
        let chineseID = ["售后单号", "退款单号", "售后编号", "退款编号", "服务单号", "售后单id", "退款单id"]
        let chineseReason = ["退款原因", "售后原因", "申请原因", "买家退款原因", "退货原因"]
        if has(chineseID) || has(chineseReason) { return .chineseShop }
        let hasReason = has(["reason", "refund reason", "comment"])
        if has(["listing id"]) && (hasReason || has(["refund id"])) { return .generic }
        if has(["refund id"]) && has(["product id", "order id"]) { return .wooCommerce }
        if has(["refund id"]) && hasReason { return .generic }
        if has(["order id"]) && has(["reason", "refund reason"]) && has(["sku", "title", "product id"]) {
            return .generic
        }
        return TransactionSynonyms.refundColumns(index.names) != nil ? .mapped : nil
    }

    /// The request type a row of this format has when the file has no type column.
    var defaultType: RefundType {
        switch self {
        case .amazonFBAReturns: .returnAndRefund
        case .chineseShop, .shopify, .wooCommerce, .generic, .mapped: .unknown
        }
    }
}

/// The fields a refund export can carry, each with its header aliases across platforms and languages.
enum RefundField: String, TransactionField {
    case id = "refund_id", orderID = "order_id", listingID = "listing_id", sku, title, reason, comment, amount
    case quantity, date, type, needsReturn = "needs_return", status

    /// The field's position in `allCases`.
    var slot: Int {
        switch self {
        case .id: 0
        case .orderID: 1
        case .listingID: 2
        case .sku: 3
        case .title: 4
        case .reason: 5
        case .comment: 6
        case .amount: 7
        case .quantity: 8
        case .date: 9
        case .type: 10
        case .needsReturn: 11
        case .status: 12
        }
    }

    /// Header names that carry the field, most specific first.
    var aliases: [String] {
        switch self {
        case .id:
            ["售后单号", "退款单号", "售后编号", "退款编号", "服务单号", "售后单id", "退款单id", "refund id", "Return ID",
             "license-plate-number", "return id", "rma", "rma number"]
        case .orderID:
            ["订单号", "订单编号", "子订单编号", "主订单编号", "子订单号", "主订单号", "关联订单号", "order id", "order",
             "order-id", "order name", "order number", "order no"]
        case .listingID:
            ["商品ID", "商品编号", "商品id", "宝贝ID", "宝贝id", "listing id", "product id", "item id"]
        case .sku:
            ["SKU编码", "商家编码", "规格编码", "sku", "Variant SKU", "seller-sku", "seller sku", "商品编码", "SKUID",
             "sku id", "lineitem sku"]
        case .title:
            ["商品名称", "商品标题", "宝贝标题", "宝贝名称", "商品", "title", "product", "product-name", "product name",
             "product title", "item name", "lineitem name"]
        case .reason:
            ["退款原因", "售后原因", "申请原因", "买家退款原因", "退货原因", "Return reason", "reason", "refund reason",
             "return reason code"]
        case .comment:
            ["问题描述", "买家留言", "补充描述", "退款说明", "买家退款说明", "售后备注", "退款描述", "申请说明",
             "Return reason note", "customer-comments", "customer comments", "comment", "comments", "note",
             "customer note", "buyer comment"]
        case .amount:
            ["退款金额", "申请退款金额", "买家退款金额", "实际退款金额", "退款金额(元)", "Refunded amount", "refund amount",
             "amount", "refund total", "total refunded"]
        case .quantity:
            ["退货数量", "申请数量", "退款数量", "商品数量", "数量", "quantity", "qty", "return quantity",
             "refunded quantity"]
        case .date:
            ["申请时间", "售后申请时间", "退款的申请时间", "退款申请时间", "创建时间", "date", "return-date",
             "refund date", "return date", "created at", "created", "processed at"]
        case .type:
            ["售后类型", "退款类型", "服务类型", "type", "refund type", "return type"]
        case .needsReturn:
            ["是否需要退货"]
        case .status:
            ["售后状态", "退款状态", "退货状态", "售后单状态", "退款单状态", "处理状态", "status", "refund status",
             "return status", "request status"]
        }
    }
}
