import Testing

@testable import ListingAudit

/// The ranking scores and sorts runs of listings on every core and merges the runs. Listings compare by many keys
/// that often tie (no findings and equal refunds, equal severities, equal preventable refunds), the last word being
/// their position: the merged order, and the totals summed in that order, must be those of sorting every listing
/// in one run.
@Suite struct RankingRunsTests {
    @Test(arguments: [51, 52])
    func mergedRunsRankAsOneSortedRun(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let count = 9_000
        let location = SourceLocation(file: "a.csv", line: 2)
        let listings = (0..<count).map { AuditListing(id: "L\($0)", title: "T", profile: .apparel, location: location) }
        let rules = Array(RuleRegistry.ids.prefix(12)) + [BrokenMainImageRule.id]
        var findings: [Finding] = []
        for listing in 0..<count where generator.below(3) != 0 {
            for _ in 0..<(1 + generator.below(3)) {
                findings.append(Finding(
                    listingID: "L\(listing)", ruleID: rules[generator.below(rules.count)],
                    severity: Severity.allCases[generator.below(Severity.allCases.count)],
                    message: LocalizedText(zh: "m", en: "m"), evidence: "", location: location))
            }
        }
        var ledger = AuditLedger(
            listings: listings, findings: findings,
            ruleLinks: RuleLinkTable(descriptions: RuleRegistry.all.map { $0.description }))
        let categories = RefundCategory.allCases
        for _ in 0..<(count * 2) {
            ledger.addRefund(
                position: generator.below(count / 2), category: categories[generator.below(categories.count)],
                amount: Double(generator.below(40)), type: .refundOnly, matchedBy: .listingID)
        }
        if seed % 2 == 0 {
            ledger.markOrdersRead()
            for listing in 0..<count where generator.below(2) == 0 {
                ledger.addOrder(position: listing, quantity: generator.below(30))
            }
        }
        let ranker = PriorityRanker(parameters: RankingParameters())
        let baselines = CategoryBaselines(ledger: ledger)
        #expect(ParallelChunks(count: count, minimumChunk: 4096).ranges.count > 2)
        let merged = ranker.ranking(ledger, baselines: baselines)
        let single = ranker.ranking(ledger, baselines: baselines, run: count)
        #expect(merged.order.count == count)
        #expect(merged.order == single.order)
        #expect(merged.preventableRefunds == single.preventableRefunds && single.preventableRefunds > 0)
        #expect(merged.preventableAmount == single.preventableAmount)
        #expect(merged.listingsWithFindings == single.listingsWithFindings)
    }
}
