/// What the buyer asked for: money only (仅退款, goods kept), a return with refund (退货退款), or an exchange (换货).
public enum RefundType: String, Sendable, Codable, CaseIterable {
    case refundOnly = "refund_only"
    case returnAndRefund = "return_and_refund"
    case exchange
    case unknown
}

/// One refund or after-sales request as the export describes it, before classification and matching.
public struct Refund: Sendable, Codable {
    /// The refund / after-sales id (售后单号, 退款单号, Amazon license plate number, …); generated if absent.
    public var id: String
    /// The order it belongs to, when known.
    public var orderID: String
    /// The listing id the export names (商品ID, product id), when it names one.
    public var listingID: String?
    /// The variant SKU (SKU / 商家编码 / seller-sku), when given.
    public var sku: String?
    /// The product title as the refund export wrote it, when given.
    public var productTitle: String?
    /// The reason field: a platform code or a picked reason (退款原因 / reason).
    public var reason: String
    /// The buyer's own words (问题描述 / 买家留言 / customer-comments).
    public var comment: String
    /// Refunded amount, when given.
    public var amount: Double?
    /// Units refunded.
    public var quantity: Int
    /// Date as written in the export (ISO when it could be normalised).
    public var date: String?
    /// 仅退款, 退货退款, 换货, or unknown.
    public var type: RefundType
    /// Where the request ended up; `notRefunded` requests are listed but not counted as refunds.
    public var status: RefundStatus
    /// The status cell as the export wrote it (empty without a status column).
    public var statusText: String
    /// Where the refund was read.
    public var location: SourceLocation

    public init(
        id: String, orderID: String = "", listingID: String? = nil, sku: String? = nil, productTitle: String? = nil,
        reason: String = "", comment: String = "", amount: Double? = nil, quantity: Int = 1, date: String? = nil,
        type: RefundType = .unknown, status: RefundStatus = .unknown, statusText: String = "",
        location: SourceLocation
    ) {
        self.id = id
        self.orderID = orderID
        self.listingID = listingID
        self.sku = sku
        self.productTitle = productTitle
        self.reason = reason
        self.comment = comment
        self.amount = amount
        self.quantity = quantity
        self.date = date
        self.type = type
        self.status = status
        self.statusText = statusText
        self.location = location
    }
}

/// One order line from an optional order export; gives the denominators for refund rates.
public struct OrderLine: Sendable, Codable {
    public var orderID: String
    public var listingID: String?
    public var sku: String?
    public var productTitle: String?
    public var quantity: Int
    public var amount: Double?
    public var date: String?
    public var location: SourceLocation

    public init(
        orderID: String, listingID: String? = nil, sku: String? = nil, productTitle: String? = nil,
        quantity: Int = 1, amount: Double? = nil, date: String? = nil, location: SourceLocation
    ) {
        self.orderID = orderID
        self.listingID = listingID
        self.sku = sku
        self.productTitle = productTitle
        self.quantity = quantity
        self.amount = amount
        self.date = date
        self.location = location
    }
}
