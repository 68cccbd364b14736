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
