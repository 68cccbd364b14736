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
        var dominantCount = 0
        for category in RefundCategory.categories(in: mask) {
            let refunds = ledger.refunds(listing, category)
            let baseline = baselines[category]
            linkedRefunds += refunds
            if refunds > dominantCount {
                dominantCount = refunds
                dominant = category
            }
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

    /// The rule whose categories hold the most excess; rules come most severe first, so severity breaks ties.
    private static func topRule(
        _ indices: ArraySlice<Int32>, rules: [RuleCatalog.Entry], excess: [Double]
    ) -> Int32? {
        var best: (index: Int32, value: Double)?
        for index in indices {
            let value = rules[Int(index)].categories.reduce(0) { $0 + excess[$1.ordinal] }
            if let current = best, value <= current.value { continue }
            best = (index, value)
        }
        return best?.index
    }
}
