/// Refunds of one taxonomy category across the shop.
public struct CategoryTally: Codable, Sendable, Equatable {
    public var category: RefundCategory
    public var count: Int
    /// Summed amount.
    public var amount: Double
    /// 仅退款: money back, goods kept.
    public var refundOnly: Int
    /// 退货退款: goods returned.
    public var returnAndRefund: Int
    /// 换货.
    public var exchange: Int
    /// Type not given by the export.
    public var unknownType: Int
    /// How many of them were tied to a listing.
    public var matched: Int
    /// Whether any rule in force links to the category (a listing fix can prevent it).
    public var linkable: Bool

    public init(
        category: RefundCategory, count: Int = 0, amount: Double = 0, refundOnly: Int = 0, returnAndRefund: Int = 0,
        exchange: Int = 0, unknownType: Int = 0, matched: Int = 0, linkable: Bool = false
    ) {
        self.category = category
        self.count = count
        self.amount = amount
        self.refundOnly = refundOnly
        self.returnAndRefund = returnAndRefund
        self.exchange = exchange
        self.unknownType = unknownType
        self.matched = matched
        self.linkable = linkable
    }

    /// Whether the category is a fulfilment problem (packing, courier, stock), never a listing fix.
    public var isFulfilment: Bool { category.isFulfilment }
}
