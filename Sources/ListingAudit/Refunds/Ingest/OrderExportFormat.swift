/// The order export layouts `OrderLoader` recognises from the header row.
public enum OrderExportFormat: String, Sendable, Codable, CaseIterable {
    /// 抖店 / 淘宝 / 拼多多 order exports (订单号, 商品ID, 商品数量, 订单金额, 下单时间, …).
    case chineseShop = "chinese-shop"
    /// Shopify orders export (`Name, …, Lineitem quantity, Lineitem name, Lineitem price, Lineitem sku, …`).
    case shopify
    /// WooCommerce order export (`Order ID, Order Date, Product ID, SKU, Item Name, Quantity, …`).
    case wooCommerce = "woocommerce"
    /// Amazon orders report (`amazon-order-id … sku … quantity`) or order flat file (`order-id, order-item-id, …`).
    case amazonOrders = "amazon-orders"
    /// Olist order items (`order_id, order_item_id, product_id, seller_id, shipping_limit_date, price, …`):
    /// one row per unit.
    case olist
    /// The documented generic layout `order_id,listing_id,sku,title,quantity,amount,date`.
    case generic
    /// Any other layout whose columns `TransactionSynonyms` maps by meaning (`order no`, 订单号, 주문번호, …).
    case mapped

    /// The format of an order export with this header, or `nil` when it is not one (refund exports never are).
    public static func detect(_ index: HeaderIndex) -> OrderExportFormat? {
        if RefundExportFormat.detect(index) != nil { return nil }
        let has = { (aliases: [String]) in index.column(aliases) != nil }
        if has(["Name"]) && has(["Lineitem quantity", "Lineitem name"]) { return .shopify }
        if has(["order_id"]) && has(["order_item_id"]) && has(["product_id"]) { return .olist }
        if has(["amazon-order-id"]) || has(["order-id"]) && has(["order-item-id"]) {
            return has(["sku"]) ? .amazonOrders : nil
        }
        let chineseOrder = ["订单号", "订单编号", "主订单编号", "子订单编号"]
        let chineseLine = ["商品ID", "商品编号", "商品数量", "商品数量(件)", "购买数量", "商家编码", "商品名称", "商品"]
        if has(chineseOrder) && has(chineseLine) { return .chineseShop }
        if has(["order id", "order number"]) && has(["listing id"]) { return .generic }
        if has(["order id", "order number"]) && has(["product id", "item name", "product name"])
            && has(["quantity", "qty", "item quantity"])
        {
            return .wooCommerce
        }
        if has(["order id"]) && has(["sku", "title"]) && has(["quantity", "qty"]) { return .generic }
        return TransactionSynonyms.orderColumns(index.names) != nil ? .mapped : nil
    }
}

/// The fields an order export can carry, with their header aliases.
enum OrderField: String, TransactionField {
    case orderID = "order_id", listingID = "listing_id", sku, title, quantity, amount, date

    /// The field's position in `allCases`.
    var slot: Int {
        switch self {
        case .orderID: 0
        case .listingID: 1
        case .sku: 2
        case .title: 3
        case .quantity: 4
        case .amount: 5
        case .date: 6
        }
    }

    /// Header names that carry the field in `format`, most specific first.
    func aliases(in format: OrderExportFormat) -> [String] {
        switch self {
        case .orderID:
            let common = ["订单号", "订单编号", "主订单编号", "子订单编号", "amazon-order-id", "order-id", "order id",
                          "order number"]
            return format == .shopify ? ["Name"] + common : common
        case .listingID:
            return ["商品ID", "商品编号", "宝贝ID", "listing id", "product id"]
        case .sku:
            return ["SKU编码", "商家编码", "规格编码", "Lineitem sku", "sku", "seller-sku", "商品编码", "SKUID", "sku id"]
        case .title:
            return ["商品名称", "商品标题", "宝贝标题", "商品", "Lineitem name", "product-name", "item name",
                    "product name", "title"]
        case .quantity:
            return ["商品数量", "商品数量(件)", "购买数量", "数量", "Lineitem quantity", "quantity-purchased",
                    "quantity", "qty", "item quantity"]
        case .amount:
            return ["订单金额", "商品总价(元)", "用户实付金额(元)", "买家实付金额", "实付金额", "商品金额", "Lineitem price",
                    "item-price", "line total", "item total", "amount", "order total", "total", "price"]
        case .date:
            return ["下单时间", "订单成交时间", "订单创建时间", "创建时间", "付款时间", "Created at", "purchase-date",
                    "order date", "date", "shipping_limit_date"]
        }
    }
}
