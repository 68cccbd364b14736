/// The ranking of an audit, compact: the listings' order (four bytes a listing) over the ledger it was computed
/// from. A listing's `ListingPriority` row is made from the ledger and its rescored numbers when a report reads it.
/// A class, so handing it on (to each row read) costs one reference count, not one per array of its ledger.
final class ListingRanking: Sendable {
    let ledger: AuditLedger
    let scorer: ListingScorer
    /// The listing at each rank, rank 1 first.
    let order: [Int32]
    /// Preventable refunds and amounts summed over the listings in rank order.
    let preventableRefunds: Double
    let preventableAmount: Double
    /// How many listings have findings (they rank first).
    let listingsWithFindings: Int

    init(
        ledger: AuditLedger, scorer: ListingScorer, order: [Int32], preventableRefunds: Double,
        preventableAmount: Double, listingsWithFindings: Int
    ) {
        self.ledger = ledger
        self.scorer = scorer
        self.order = order
        self.preventableRefunds = preventableRefunds
        self.preventableAmount = preventableAmount
        self.listingsWithFindings = listingsWithFindings
    }

    /// The listing at 0-based rank `offset`.
    func listing(at offset: Int) -> Int { Int(order[offset]) }

    /// Every listing's refunds in the categories its findings link to, in rank order: counted in the ledger's order
    /// (its memory read front to back, not by rank), then arranged by rank.
    func linkedRefunds() -> [Int] {
        let byListing = (0..<ledger.listings.count).map(ledger.linkedRefunds)
        return order.map { byListing[Int($0)] }
    }

    /// The row of the listing at 0-based rank `offset`.
    func row(at offset: Int) -> ListingPriority {
        let listing = listing(at: offset)
        let score = scorer.score(listing, in: ledger)
        let orders = ledger.hasOrders ? ledger.orderCount(listing) : nil
        let total = ledger.totalRefunds(listing)
        let top = score.topRule.map { ledger.rules[Int($0)] }
        return ListingPriority(
            rank: offset + 1, listingID: ledger.listings.id(listing), title: ledger.listings.title(listing),
            profile: ledger.listings.profile(listing), location: ledger.listings.location(listing),
            score: score.preventable, findingCount: ledger.findingCount(listing),
            ruleIDs: ledger.rules(of: listing).map { ledger.rules[Int($0)].id },
            maxSeverity: ledger.severity(listing), refundsTotal: total, refundAmount: ledger.amount(listing),
            linkedCategories: RefundCategory.taxonomy.filter { ledger.mask(listing) & $0.bit != 0 },
            linkedRefunds: score.linkedRefunds, orders: orders,
            refundRate: orders.flatMap { $0 > 0 ? Double(total) / Double($0) : nil },
            shrunkRate: score.shrunkRate, expectedLinkedRefunds: score.expected,
            preventableRefunds: score.preventable, preventableAmount: score.preventableAmount,
            topRuleID: top?.id, topRuleTitle: top?.title, topFix: top?.fix, dominantCategory: score.dominant,
            hasHistory: score.hasHistory, refundExportGiven: ledger.hasRefundExport)
    }
}
