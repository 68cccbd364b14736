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

    /// The ranking: the listings' order and the totals summed in that order. Runs of at least `run` listings are
    /// scored and sorted on every core, then merged.
    func ranking(_ ledger: AuditLedger, baselines: CategoryBaselines, run: Int = 4096) -> ListingRanking {
        let scorer = ListingScorer(baselines: baselines, parameters: parameters)
        let runs = ParallelChunks(count: ledger.listings.count, minimumChunk: run).map { listings in
            listings.map { SortKey(listing: $0, score: scorer.score($0, in: ledger), ledger: ledger) }
                .sorted(by: SortKey.precedes)
        }
        let keys = Self.merged(runs)
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

    /// The sorted `runs` merged into one. `SortKey.precedes` orders any two listings (the last word is their
    /// position), so this is the order sorting every key at once gives.
    private static func merged(_ runs: [[SortKey]]) -> [SortKey] {
        var runs = runs
        while runs.count > 1 {
            runs = stride(from: 0, to: runs.count, by: 2).map { first in
                first + 1 < runs.count ? merged(runs[first], runs[first + 1]) : runs[first]
            }
        }
        return runs.first ?? []
    }

    /// The sorted `first` and `second` merged into one sorted run.
    private static func merged(_ first: [SortKey], _ second: [SortKey]) -> [SortKey] {
        var result: [SortKey] = []
        result.reserveCapacity(first.count + second.count)
        var (i, j) = (0, 0)
        while i < first.count, j < second.count {
            if SortKey.precedes(second[j], first[i]) {
                result.append(second[j])
                j += 1
            } else {
                result.append(first[i])
                i += 1
            }
        }
        result += first[i...]
        result += second[j...]
        return result
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
