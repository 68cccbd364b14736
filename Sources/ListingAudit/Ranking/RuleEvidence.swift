/// Shop-level evidence for one rule: how often listings with its finding get the refunds it links to, against
/// listings without it. Per order when orders are known (refunds / orders), else per listing (share of listings
/// with at least one linked refund).
public struct RuleEvidence: Codable, Sendable, Equatable {
    public var ruleID: String
    public var title: LocalizedText
    /// The categories the rule links to.
    public var categories: [RefundCategory]
    /// What the rates count.
    public var basis: RankingBasis
    /// Listings with the finding.
    public var listingsWith: Int
    /// Listings without it.
    public var listingsWithout: Int
    /// Linked refund rate with the finding.
    public var with: RateEstimate
    /// Linked refund rate without it.
    public var without: RateEstimate
    /// `with − without`, with Newcombe's interval.
    public var difference: RateDifference

    public init(
        ruleID: String, title: LocalizedText, categories: [RefundCategory], basis: RankingBasis, listingsWith: Int,
        listingsWithout: Int, with: RateEstimate, without: RateEstimate
    ) {
        self.ruleID = ruleID
        self.title = title
        self.categories = categories
        self.basis = basis
        self.listingsWith = listingsWith
        self.listingsWithout = listingsWithout
        self.with = with
        self.without = without
        difference = RateDifference(with, minus: without)
    }
}
