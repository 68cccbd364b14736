/// One listing's place in the fix-first list: what is wrong with it, its refunds, and how many of them a fix of
/// the listing could prevent. Also the listing's summary (id, title, profile, location) for every report.
public struct ListingPriority: Codable, Sendable, Equatable {
    /// 1-based position in the ranking.
    public var rank: Int
    public var listingID: String
    public var title: String
    /// The product profile the rules checked it under.
    public var profile: ProductProfile
    /// Where the listing starts in its export.
    public var location: SourceLocation
    /// The ranking score: refunds a fix can prevent (0 without findings). Equal to `preventableRefunds`.
    public var score: Double
    /// How many findings the listing has.
    public var findingCount: Int
    /// The distinct rules that fired, most severe first.
    public var ruleIDs: [String]
    /// The worst finding's severity, `nil` without findings.
    public var maxSeverity: Severity?
    /// Every refund tied to the listing.
    public var refundsTotal: Int
    /// Their summed amount.
    public var refundAmount: Double
    /// The categories the listing's findings link to, in taxonomy order.
    public var linkedCategories: [RefundCategory]
    /// Refunds in those categories.
    public var linkedRefunds: Int
    /// Orders (units) from the order export; `nil` when no order export was given.
    public var orders: Int?
    /// All refunds per order, when orders are known.
    public var refundRate: Double?
    /// Linked refunds per order, shrunk toward the shop's baseline (see `docs/ranking.md`), when orders are known.
    public var shrunkRate: Double?
    /// Linked refunds a listing like this would see without the findings: the shop baseline per linked category,
    /// times this listing's orders (or the per-listing mean, without orders).
    public var expectedLinkedRefunds: Double
    /// Linked refunds in excess of that baseline, weighted by category (the fixable part).
    public var preventableRefunds: Double
    /// Money behind the preventable refunds, at this listing's average linked refund amount.
    public var preventableAmount: Double
    /// The rule whose fix prevents most (severity breaks ties), `nil` without findings.
    public var topRuleID: String?
    /// That rule's short title.
    public var topRuleTitle: LocalizedText?
    /// What to change: that rule's fix.
    public var topFix: LocalizedText?
    /// The most frequent category among linked refunds, or among all refunds when none are linked.
    public var dominantCategory: RefundCategory?
    /// Whether the listing has refund history (any refund, or any order when orders are known). Listings without
    /// are new products, ranked after the others by severity alone.
    public var hasHistory: Bool
    /// Whether the audit was given a refund export; without one `hasHistory` is false for every listing.
    public var refundExportGiven: Bool

    public init(
        rank: Int, listingID: String, title: String, profile: ProductProfile, location: SourceLocation,
        score: Double = 0, findingCount: Int = 0, ruleIDs: [String] = [], maxSeverity: Severity? = nil,
        refundsTotal: Int = 0, refundAmount: Double = 0, linkedCategories: [RefundCategory] = [],
        linkedRefunds: Int = 0, orders: Int? = nil, refundRate: Double? = nil, shrunkRate: Double? = nil,
        expectedLinkedRefunds: Double = 0, preventableRefunds: Double = 0, preventableAmount: Double = 0,
        topRuleID: String? = nil, topRuleTitle: LocalizedText? = nil, topFix: LocalizedText? = nil,
        dominantCategory: RefundCategory? = nil, hasHistory: Bool = false, refundExportGiven: Bool = true
    ) {
        self.rank = rank
        self.listingID = listingID
        self.title = title
        self.profile = profile
        self.location = location
        self.score = score
        self.findingCount = findingCount
        self.ruleIDs = ruleIDs
        self.maxSeverity = maxSeverity
        self.refundsTotal = refundsTotal
        self.refundAmount = refundAmount
        self.linkedCategories = linkedCategories
        self.linkedRefunds = linkedRefunds
        self.orders = orders
        self.refundRate = refundRate
        self.shrunkRate = shrunkRate
        self.expectedLinkedRefunds = expectedLinkedRefunds
        self.preventableRefunds = preventableRefunds
        self.preventableAmount = preventableAmount
        self.topRuleID = topRuleID
        self.topRuleTitle = topRuleTitle
        self.topFix = topFix
        self.dominantCategory = dominantCategory
        self.hasHistory = hasHistory
        self.refundExportGiven = refundExportGiven
    }
}
