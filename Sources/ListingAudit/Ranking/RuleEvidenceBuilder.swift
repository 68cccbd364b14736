/// Builds the shop-level evidence table: for every rule that fired and links to some category, the linked refund
/// rate of listings with its finding against listings without it.
///
/// With orders the rate is linked refunds per order over listings that have orders (refunds of listings with no
/// orders in the export have no denominator and are left out); without orders it is the share of listings with
/// at least one linked refund. Sorted by the difference, largest first.
public enum RuleEvidenceBuilder {
    public static func build(_ ledger: AuditLedger, z: Double = 1.96) -> [RuleEvidence] {
        var members = Array(repeating: [Int32](), count: ledger.rules.count)
        for listing in 0..<ledger.listings.count {
            for rule in ledger.rules(of: listing) { members[Int(rule)].append(Int32(listing)) }
        }
        var totals: [UInt16: Exposure] = [:]
        var table: [RuleEvidence] = []
        for (index, rule) in ledger.rules.enumerated() where !rule.categories.isEmpty {
            let mask = RefundCategory.mask(rule.categories)
            let all = totals[mask] ?? exposure(of: 0..<ledger.listings.count, mask: mask, ledger: ledger)
            totals[mask] = all
            let with = exposure(of: members[index].lazy.map(Int.init), mask: mask, ledger: ledger)
            let basis: RankingBasis = ledger.hasOrders ? .orders : .refundCounts
            table.append(
                RuleEvidence(
                    ruleID: rule.id, title: rule.title, categories: rule.categories, basis: basis,
                    listingsWith: with.listings, listingsWithout: all.listings - with.listings,
                    with: RateEstimate(events: with.events, trials: with.trials, z: z),
                    without: RateEstimate(events: all.events - with.events, trials: all.trials - with.trials, z: z)))
        }
        return table.sorted {
            $0.difference.estimate != $1.difference.estimate
                ? $0.difference.estimate > $1.difference.estimate : $0.ruleID < $1.ruleID
        }
    }

    /// Events and trials over a set of listings.
    private struct Exposure {
        var events = 0
        var trials = 0
        var listings = 0
    }

    private static func exposure<S: Sequence>(of listings: S, mask: UInt16, ledger: AuditLedger) -> Exposure
    where S.Element == Int {
        let categories = RefundCategory.categories(in: mask)
        var result = Exposure()
        for listing in listings {
            result.listings += 1
            let linked = categories.reduce(0) { $0 + ledger.refunds(listing, $1) }
            if ledger.hasOrders {
                let orders = ledger.orderCount(listing)
                guard orders > 0 else { continue }
                result.trials += orders
                result.events += min(linked, orders)
            } else {
                result.trials += 1
                result.events += linked > 0 ? 1 : 0
            }
        }
        return result
    }
}
