/// A listing singled out for one kind of refund: fulfilment-heavy, or refund-heavy without findings.
public struct CategoryHeavyListing: Codable, Sendable, Equatable {
    public var listingID: String
    public var title: String
    /// The refunds counted (fulfilment refunds, or all refunds for an unexplained listing).
    public var refunds: Int
    /// Orders, when known.
    public var orders: Int?
    /// The most frequent category among those refunds.
    public var dominantCategory: RefundCategory
    /// How many refunds fall in it.
    public var dominantCount: Int

    public init(
        listingID: String, title: String, refunds: Int, orders: Int? = nil, dominantCategory: RefundCategory,
        dominantCount: Int
    ) {
        self.listingID = listingID
        self.title = title
        self.refunds = refunds
        self.orders = orders
        self.dominantCategory = dominantCategory
        self.dominantCount = dominantCount
    }
}

/// A listing with many refunds and no findings: the listing text is not the cause, so it is not ranked as a fix.
public typealias UnexplainedListing = CategoryHeavyListing
