/// How a refund was tied to a listing.
public enum MatchMethod: String, Sendable, Codable, CaseIterable {
    /// The refund names the listing's id.
    case listingID = "listing_id"
    /// The refund's SKU is one of the listing's variant SKUs.
    case sku
    /// The refund's product title equals the listing's title after normalisation.
    case title
    /// Nothing matched.
    case unmatched
}

/// A refund after classification and matching: its category, the words that decided it, and its listing.
public struct ClassifiedRefund: Sendable, Codable {
    public var refund: Refund
    /// The one taxonomy category.
    public var category: RefundCategory
    /// The words or code in the reason/comment that decided the category.
    public var evidence: [String]
    /// The listing it was matched to, if any.
    public var listingID: String?
    /// How it was matched.
    public var matchedBy: MatchMethod

    public init(
        refund: Refund, category: RefundCategory, evidence: [String], listingID: String?, matchedBy: MatchMethod
    ) {
        self.refund = refund
        self.category = category
        self.evidence = evidence
        self.listingID = listingID
        self.matchedBy = matchedBy
    }
}
