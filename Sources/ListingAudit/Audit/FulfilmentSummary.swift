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
