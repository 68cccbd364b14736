/// What a listing sees of each refund category when it has no finding linked to that category: the shop's
/// baseline, against which a listing's linked refunds count as excess.
///
/// With orders it is a rate per order: refunds of the category over orders, summed over the listings without a
/// finding linked to it. Without orders it is the mean count per such listing. When every listing has such a
/// finding, the whole shop is the baseline.
public struct CategoryBaselines: Sendable, Equatable {
    /// Per category in taxonomy order: rate per order, or refunds per listing.
    public let values: [Double]

    public init(ledger: AuditLedger) {
        let count = RefundCategory.count
        var events = Array(repeating: 0.0, count: count)
        var exposure = Array(repeating: 0.0, count: count)
        var allEvents = Array(repeating: 0.0, count: count)
        var allExposure = 0.0
        for listing in 0..<ledger.listings.count {
            let weight = ledger.hasOrders ? Double(ledger.orderCount(listing)) : 1
            let mask = ledger.mask(listing)
            allExposure += weight
            for category in RefundCategory.allCases {
                let refunds = Double(ledger.refunds(listing, category))
                allEvents[category.ordinal] += refunds
                if mask & category.bit == 0 {
                    events[category.ordinal] += refunds
                    exposure[category.ordinal] += weight
                }
            }
        }
        values = (0..<count).map { index in
            if exposure[index] > 0 { return events[index] / exposure[index] }
            return allExposure > 0 ? allEvents[index] / allExposure : 0
        }
    }

    /// The baseline of `category`.
    public subscript(category: RefundCategory) -> Double { values[category.ordinal] }
}
