/// Finds the refunds a listing fix cannot prevent: fulfilment refunds (packing, courier, stock) and listings with
/// many refunds but no findings, each named with its dominant category.
public enum RefundHeavyFinder {
    /// Fulfilment totals and the ten listings with the most fulfilment refunds.
    public static func fulfilment(_ ledger: AuditLedger) -> FulfilmentSummary {
        let fulfilment = RefundCategory.allCases.filter(\.isFulfilment)
        let tallies = ledger.categories.filter(\.isFulfilment)
        let count = tallies.reduce(0) { $0 + $1.count }
        let total = ledger.categories.reduce(0) { $0 + $1.count }
        var counted: [(listing: Int, refunds: Int)] = []
        for listing in 0..<ledger.listings.count {
            let refunds = fulfilment.reduce(0) { $0 + ledger.refunds(listing, $1) }
            if refunds > 0 { counted.append((listing, refunds)) }
        }
        // Only listings with at least the tenth most refunds can be among the first ten: the others are not named.
        let least = cutoff(counted.lazy.map(\.refunds), limit: 10)
        let heavy = counted.lazy.filter { $0.refunds >= least }.map {
            summary($0.listing, refunds: $0.refunds, among: fulfilment, ledger: ledger)
        }
        return FulfilmentSummary(
            count: count, amount: tallies.reduce(0) { $0 + $1.amount },
            share: total == 0 ? 0 : Double(count) / Double(total), topListings: Array(sorted(Array(heavy)).prefix(10)))
    }

    /// The `limit`-th largest of `counts` (the least when there are fewer, 0 when there are none).
    private static func cutoff(_ counts: some Sequence<Int>, limit: Int) -> Int {
        var largest: [Int] = []
        for count in counts where largest.count < limit || count > largest[largest.count - 1] {
            largest.insert(count, at: largest.firstIndex { $0 < count } ?? largest.count)
            if largest.count > limit { largest.removeLast() }
        }
        return largest.last ?? 0
    }

    /// Listings without findings whose refunds stand out: at least `unexplainedMinimumRefunds`, and at least
    /// `unexplainedFactor` times the average refunds of a listing with any, or (with orders) a refund rate per
    /// order, shrunk like the ranking's, at least `unexplainedFactor` times the shop's.
    public static func unexplained(_ ledger: AuditLedger, parameters: RankingParameters) -> [UnexplainedListing] {
        var refundsSum = 0
        var ordersSum = 0
        var withHistory = 0
        for listing in 0..<ledger.listings.count {
            let refunds = ledger.totalRefunds(listing)
            refundsSum += refunds
            ordersSum += ledger.orderCount(listing)
            if refunds > 0 { withHistory += 1 }
        }
        let shopRate = ordersSum > 0 ? Double(refundsSum) / Double(ordersSum) : 0
        let meanRefunds = withHistory > 0 ? Double(refundsSum) / Double(withHistory) : 0
        let k = parameters.priorStrength
        var found: [UnexplainedListing] = []
        for listing in 0..<ledger.listings.count where ledger.findingCount(listing) == 0 {
            let refunds = ledger.totalRefunds(listing)
            guard refunds >= parameters.unexplainedMinimumRefunds else { continue }
            var standsOut = Double(refunds) >= parameters.unexplainedFactor * meanRefunds
            if !standsOut, ledger.hasOrders, ordersSum > 0 {
                let n = Double(ledger.orderCount(listing))
                let rate = n + k > 0 ? (Double(refunds) + k * shopRate) / (n + k) : shopRate
                standsOut = rate >= parameters.unexplainedFactor * shopRate
            }
            guard standsOut else { continue }
            found.append(summary(listing, refunds: refunds, among: RefundCategory.allCases, ledger: ledger))
        }
        return Array(sorted(found).prefix(parameters.unexplainedLimit))
    }

    private static func summary(
        _ listing: Int, refunds: Int, among categories: [RefundCategory], ledger: AuditLedger
    ) -> CategoryHeavyListing {
        var dominant = categories[0]
        for category in categories where ledger.refunds(listing, category) > ledger.refunds(listing, dominant) {
            dominant = category
        }
        let item = ledger.listings[listing]
        return CategoryHeavyListing(
            listingID: item.id, title: item.title, refunds: refunds,
            orders: ledger.hasOrders ? ledger.orderCount(listing) : nil, dominantCategory: dominant,
            dominantCount: ledger.refunds(listing, dominant))
    }

    private static func sorted(_ listings: [CategoryHeavyListing]) -> [CategoryHeavyListing] {
        listings.sorted { $0.refunds != $1.refunds ? $0.refunds > $1.refunds : $0.listingID < $1.listingID }
    }
}
