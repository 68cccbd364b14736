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

    /// Refunds of the listing at `offset` in the categories its findings link to.
    func linkedRefunds(at offset: Int) -> Int {
        let listing = listing(at: offset)
        let mask = ledger.mask(listing)
        guard mask != 0 else { return 0 }
        var total = 0
        for category in RefundCategory.taxonomy where mask & category.bit != 0 {
            total += ledger.refunds(listing, category)
        }
        return total
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
