/// Ranks listings by the refunds a fix of their findings can prevent.
///
/// Order: listings with findings first. Among them, those with refund history lead, by score (preventable refunds),
/// then worst severity, preventable amount, finding count and input order; then those without history (new
/// products) by severity alone, then finding count and input order. Listings without findings come last, by refund
/// count: they score 0, because their refunds are not a listing fix.
public struct PriorityRanker: Sendable {
    public let parameters: RankingParameters

    public init(parameters: RankingParameters = RankingParameters()) {
        self.parameters = parameters
    }

    /// One row per listing, in rank order.
    public func rank(_ ledger: AuditLedger, baselines: CategoryBaselines) -> [ListingPriority] {
        let count = ledger.listings.count
        let scores = (0..<count).map {
            ListingScore(listing: $0, ledger: ledger, baselines: baselines, parameters: parameters)
        }
        let order = (0..<count).sorted { a, b in
            Self.precedes(a, b, scores: scores, ledger: ledger)
        }
        return order.enumerated().map { rank, listing in
            row(rank: rank + 1, listing: listing, score: scores[listing], ledger: ledger)
        }
    }

    /// Whether listing `a` ranks before listing `b`.
    static func precedes(_ a: Int, _ b: Int, scores: [ListingScore], ledger: AuditLedger) -> Bool {
        let sa = scores[a]
        let sb = scores[b]
        let findingsA = ledger.findingCount(a)
        let findingsB = ledger.findingCount(b)
        if (findingsA > 0) != (findingsB > 0) { return findingsA > 0 }
        if findingsA == 0 {
            let refundsA = ledger.totalRefunds(a)
            let refundsB = ledger.totalRefunds(b)
            return refundsA != refundsB ? refundsA > refundsB : a < b
        }
        if sa.hasHistory != sb.hasHistory { return sa.hasHistory }
        if sa.hasHistory {
            if sa.preventable != sb.preventable { return sa.preventable > sb.preventable }
        }
        let severityA = weight(ledger.severity(a))
        let severityB = weight(ledger.severity(b))
        if severityA != severityB { return severityA > severityB }
        if sa.hasHistory, sa.preventableAmount != sb.preventableAmount {
            return sa.preventableAmount > sb.preventableAmount
        }
        if findingsA != findingsB { return findingsA > findingsB }
        return a < b
    }

    /// Severity as a number for sorting: none < advice < warning < error.
    private static func weight(_ severity: Severity?) -> Int {
        switch severity {
        case nil: 0
        case .advice: 1
        case .warning: 2
        case .error: 3
        }
    }

    private func row(rank: Int, listing: Int, score: ListingScore, ledger: AuditLedger) -> ListingPriority {
        let summary = ledger.listings[listing]
        let orders = ledger.hasOrders ? ledger.orderCount(listing) : nil
        let total = ledger.totalRefunds(listing)
        let top = score.topRule.map { ledger.rules[Int($0)] }
        return ListingPriority(
            rank: rank, listingID: summary.id, title: summary.title, profile: summary.profile,
            location: summary.location, score: score.preventable, findingCount: ledger.findingCount(listing),
            ruleIDs: ledger.rules(of: listing).map { ledger.rules[Int($0)].id },
            maxSeverity: ledger.severity(listing), refundsTotal: total, refundAmount: ledger.amount(listing),
            linkedCategories: RefundCategory.categories(in: ledger.mask(listing)),
            linkedRefunds: score.linkedRefunds, orders: orders,
            refundRate: orders.flatMap { $0 > 0 ? Double(total) / Double($0) : nil },
            shrunkRate: score.shrunkRate, expectedLinkedRefunds: score.expected,
            preventableRefunds: score.preventable, preventableAmount: score.preventableAmount,
            topRuleID: top?.id, topRuleTitle: top?.title, topFix: top?.fix, dominantCategory: score.dominant,
            hasHistory: score.hasHistory)
    }
}
