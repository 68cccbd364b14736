/// One listing's ranking numbers, computed from the ledger and the baselines (formulas in `docs/ranking.md`).
struct ListingScore {
    var preventable = 0.0
    var preventableAmount = 0.0
    var expected = 0.0
    var linkedRefunds = 0
    var shrunkRate: Double?
    var topRule: Int32?
    var dominant: RefundCategory?
    var hasHistory = false

    init(listing: Int, ledger: AuditLedger, baselines: CategoryBaselines, parameters: RankingParameters) {
        let orders = ledger.orderCount(listing)
        let mask = ledger.mask(listing)
        let refundsTotal = ledger.totalRefunds(listing)
        hasHistory = refundsTotal > 0 || (ledger.hasOrders && orders > 0)
        var excess = Array(repeating: 0.0, count: RefundCategory.count)
        var shrunk = 0.0
        var dominantWeight = 0.0
        for category in RefundCategory.categories(in: mask) {
            let refunds = ledger.refunds(listing, category)
            let baseline = baselines[category]
            linkedRefunds += refunds
            let raw: Double
            if ledger.hasOrders {
                let n = Double(orders)
                let k = parameters.priorStrength
                let rate = n + k > 0 ? (Double(refunds) + k * baseline) / (n + k) : baseline
                shrunk += rate
                expected += baseline * n
                raw = (rate - baseline) * n
            } else {
                expected += baseline
                raw = Double(refunds) - baseline
            }
            excess[category.ordinal] = max(0, raw) * parameters.weight(of: category)
            preventable += excess[category.ordinal]
            // The dominant linked category is the one holding most of the fixable excess, then most refunds.
            let weight = excess[category.ordinal] * 1e6 + Double(refunds)
            if weight > dominantWeight {
                dominantWeight = weight
                dominant = category
            }
        }
        if ledger.hasOrders, mask != 0 { shrunkRate = shrunk }
        if linkedRefunds > 0 {
            preventableAmount = preventable * ledger.linkedAmount(listing) / Double(linkedRefunds)
        }
        if dominant == nil, refundsTotal > 0 {
            dominant = RefundCategory.allCases.max { ledger.refunds(listing, $0) < ledger.refunds(listing, $1) }
        }
        topRule = Self.topRule(ledger.rules(of: listing), rules: ledger.rules, excess: excess)
    }

    /// The rule whose categories hold the most excess. Rules come most severe first, so severity breaks ties;
    /// then the more specific rule (fewer linked categories) wins.
    private static func topRule(
        _ indices: ArraySlice<Int32>, rules: [RuleCatalog.Entry], excess: [Double]
    ) -> Int32? {
        var best: (index: Int32, value: Double, breadth: Int)?
        for index in indices {
            let categories = rules[Int(index)].categories
            let value = categories.reduce(0) { $0 + excess[$1.ordinal] }
            if let current = best {
                let tied = abs(value - current.value) <= 1e-9
                guard value > current.value + 1e-9 || tied && categories.count < current.breadth else { continue }
            }
            best = (index, value, categories.count)
        }
        return best?.index
    }
}
