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

/// How refunds were tied to listings.
public struct MatchSummary: Codable, Sendable, Equatable {
    public var byListingID: Int
    public var bySKU: Int
    public var byTitle: Int
    public var unmatched: Int

    public init(byListingID: Int = 0, bySKU: Int = 0, byTitle: Int = 0, unmatched: Int = 0) {
        self.byListingID = byListingID
        self.bySKU = bySKU
        self.byTitle = byTitle
        self.unmatched = unmatched
    }

    public var total: Int { byListingID + bySKU + byTitle + unmatched }
    public var matched: Int { byListingID + bySKU + byTitle }
    /// Share of refunds tied to a listing (0 without refunds).
    public var matchedShare: Double { total == 0 ? 0 : Double(matched) / Double(total) }

    /// Counts one refund matched by `method`.
    public mutating func add(_ method: MatchMethod) {
        switch method {
        case .listingID: byListingID += 1
        case .sku: bySKU += 1
        case .title: byTitle += 1
        case .unmatched: unmatched += 1
        }
    }
}

/// Refunds caused by packing, couriers or stock: reported, never counted as a listing problem.
public struct FulfilmentSummary: Codable, Sendable, Equatable {
    public var count: Int
    public var amount: Double
    /// Share of all refunds.
    public var share: Double
    /// The listings with the most fulfilment refunds (at most ten), most first.
    public var topListings: [CategoryHeavyListing]

    public init(count: Int = 0, amount: Double = 0, share: Double = 0, topListings: [CategoryHeavyListing] = []) {
        self.count = count
        self.amount = amount
        self.share = share
        self.topListings = topListings
    }
}

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
