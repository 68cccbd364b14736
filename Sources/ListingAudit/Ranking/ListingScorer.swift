/// Scores one listing at a time from the ledger: the shop's baselines, the category weights and the prior strength
/// of the ranking parameters, applied to the listing's refunds and orders. A score is cheap to compute again, so the
/// ranking keeps only its order and rescores a listing when a report reads its row.
struct ListingScorer: Sendable {
    let baselines: CategoryBaselines
    /// `RankingParameters.weight(of:)` per category, by ordinal.
    private let weights: [Double]
    private let priorStrength: Double

    init(baselines: CategoryBaselines, parameters: RankingParameters) {
        self.baselines = baselines
        weights = RefundCategory.taxonomy.map { parameters.weight(of: $0) }
        priorStrength = parameters.priorStrength
    }

    /// The score of listing `listing`.
    func score(_ listing: Int, in ledger: AuditLedger) -> ListingScore {
        withUnsafeTemporaryAllocation(of: Double.self, capacity: RefundCategory.count) { excess in
            excess.initialize(repeating: 0)
            return score(listing, in: ledger, excess: excess)
        }
    }

    /// The score, with `excess` (zeroed) to hold each linked category's fixable excess.
    private func score(
        _ listing: Int, in ledger: AuditLedger, excess: UnsafeMutableBufferPointer<Double>
    ) -> ListingScore {
        var score = ListingScore()
        let orders = ledger.orderCount(listing)
        let mask = ledger.mask(listing)
        let refundsTotal = ledger.totalRefunds(listing)
        score.hasHistory = refundsTotal > 0 || (ledger.hasOrders && orders > 0)
        var shrunk = 0.0
        var dominantWeight = 0.0
        for category in RefundCategory.taxonomy where mask & category.bit != 0 {
            let refunds = ledger.refunds(listing, category)
            let baseline = baselines[category]
            score.linkedRefunds += refunds
            let raw: Double
            if ledger.hasOrders {
                let n = Double(orders)
                let k = priorStrength
                let rate = n + k > 0 ? (Double(refunds) + k * baseline) / (n + k) : baseline
                shrunk += rate
                score.expected += baseline * n
                raw = (rate - baseline) * n
            } else {
                score.expected += baseline
                raw = Double(refunds) - baseline
            }
            excess[category.ordinal] = max(0, raw) * weights[category.ordinal]
            score.preventable += excess[category.ordinal]
            // The dominant linked category is the one holding most of the fixable excess, then most refunds.
            let weight = excess[category.ordinal] * 1e6 + Double(refunds)
            if weight > dominantWeight {
                dominantWeight = weight
                score.dominant = category
            }
        }
        if ledger.hasOrders, mask != 0 { score.shrunkRate = shrunk }
        if score.linkedRefunds > 0 {
            score.preventableAmount = score.preventable * ledger.linkedAmount(listing) / Double(score.linkedRefunds)
        }
        if score.dominant == nil, refundsTotal > 0 {
            // The first category with the most refunds, as `max(by:)` picks it.
            var most = RefundCategory.taxonomy[0]
            for category in RefundCategory.taxonomy
            where ledger.refunds(listing, category) > ledger.refunds(listing, most) {
                most = category
            }
            score.dominant = most
        }
        score.topRule = Self.topRule(ledger.rules(of: listing), rules: ledger.rules, excess: excess)
        return score
    }

    /// The rule whose categories hold the most excess. Rules come most severe first, so severity breaks ties;
    /// then the more specific rule (fewer linked categories) wins.
    private static func topRule(
        _ indices: ArraySlice<Int32>, rules: [RuleLinkTable.Entry], excess: UnsafeMutableBufferPointer<Double>
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
