/// Ranks listings by the refunds a fix of their findings can prevent.
///
/// Order: listings with findings first. Among them, those whose main image is broken (`images.broken_main`, found
/// only when images are probed) lead, since they hardly sell at all; then those with refund history, by score
/// (preventable refunds), then worst severity, preventable amount, finding count and input order; then those
/// without history (new products) by severity alone, then finding count and input order. Listings without findings
/// come last, by refund count: they score 0, because their refunds are not a listing fix.
public struct PriorityRanker: Sendable {
    public let parameters: RankingParameters

    public init(parameters: RankingParameters = RankingParameters()) {
        self.parameters = parameters
    }

    /// One row per listing, in rank order (rows are made when read).
    public func rank(_ ledger: AuditLedger, baselines: CategoryBaselines) -> ListingPriorities {
        ListingPriorities(ranking(ledger, baselines: baselines))
    }

    /// The ranking: the listings' order and the totals summed in that order.
    func ranking(_ ledger: AuditLedger, baselines: CategoryBaselines) -> ListingRanking {
        let scorer = ListingScorer(baselines: baselines, parameters: parameters)
        var keys = ledger.listings.indices.map { listing in
            SortKey(listing: listing, score: scorer.score(listing, in: ledger), ledger: ledger)
        }
        keys.sort(by: SortKey.precedes)
        var preventable = 0.0
        var preventableAmount = 0.0
        var withFindings = 0
        for key in keys {
            preventable += key.preventable
            preventableAmount += key.preventableAmount
            if key.findings > 0 { withFindings += 1 }
        }
        return ListingRanking(
            ledger: ledger, scorer: scorer, order: keys.map(\.listing), preventableRefunds: preventable,
            preventableAmount: preventableAmount, listingsWithFindings: withFindings)
    }

    /// What the order of one listing depends on.
    private struct SortKey {
        var preventable: Double
        var preventableAmount: Double
        var findings: Int32
        var refunds: Int32
        var listing: Int32
        /// Severity as a number: none < advice < warning < error.
        var severity: UInt8
        var hasHistory: Bool
        /// The main image cannot be shown.
        var mainImageBroken: Bool

        init(listing: Int, score: ListingScore, ledger: AuditLedger) {
            preventable = score.preventable
            preventableAmount = score.preventableAmount
            findings = Int32(clamping: ledger.findingCount(listing))
            refunds = Int32(clamping: ledger.totalRefunds(listing))
            self.listing = Int32(listing)
            severity = switch ledger.severity(listing) {
            case nil: 0
            case .advice: 1
            case .warning: 2
            case .error: 3
            }
            hasHistory = score.hasHistory
            mainImageBroken = severity == 3 && ledger.hasRule(listing, id: BrokenMainImageRule.id)
        }

        /// Whether `a` ranks before `b`.
        static func precedes(_ a: SortKey, _ b: SortKey) -> Bool {
            if (a.findings > 0) != (b.findings > 0) { return a.findings > 0 }
            if a.findings == 0 {
                return a.refunds != b.refunds ? a.refunds > b.refunds : a.listing < b.listing
            }
            if a.mainImageBroken != b.mainImageBroken { return a.mainImageBroken }
            if a.hasHistory != b.hasHistory { return a.hasHistory }
            if a.hasHistory, a.preventable != b.preventable { return a.preventable > b.preventable }
            if a.severity != b.severity { return a.severity > b.severity }
            if a.hasHistory, a.preventableAmount != b.preventableAmount {
                return a.preventableAmount > b.preventableAmount
            }
            if a.findings != b.findings { return a.findings > b.findings }
            return a.listing < b.listing
        }
    }
}
