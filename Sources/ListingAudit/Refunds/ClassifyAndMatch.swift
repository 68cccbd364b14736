import Dispatch

/// Classifies and matches a whole refund export: each refund gets its category, evidence and listing. The work is
/// split into contiguous shares run on `workers` threads, each with its own `ReasonClassifierCache`; results keep
/// input order.
public enum ClassifyAndMatch {
    /// The classified refunds in input order, and how well they matched listings.
    public static func run(
        _ refunds: [Refund], matcher: RefundMatcher, classifier: ReasonClassifier = ReasonClassifier(),
        workers: Int = 2
    ) -> (refunds: [ClassifiedRefund], coverage: MatchCoverage) {
        let shares = max(1, min(workers, refunds.count / 10_000 + 1))
        let shareSize = (refunds.count + shares - 1) / max(shares, 1)
        let results = ShareResults(count: shares)
        DispatchQueue.concurrentPerform(iterations: shares) { share in
            let start = share * shareSize
            let end = min(refunds.count, start + shareSize)
            let cache = ReasonClassifierCache(classifier: classifier)
            var classified: [ClassifiedRefund] = []
            classified.reserveCapacity(max(0, end - start))
            var coverage = MatchCoverage()
            for refund in refunds[start..<max(start, end)] {
                let (category, evidence) = cache.classify(reason: refund.reason, comment: refund.comment)
                let (position, method) = matcher.match(refund)
                coverage.record(refund, method: method)
                classified.append(
                    ClassifiedRefund(
                        refund: refund, category: category, evidence: evidence,
                        listingID: position.map(matcher.listingID(at:)),
                        matchedBy: method))
            }
            results.store(share, classified, coverage)
        }
        var all: [ClassifiedRefund] = []
        all.reserveCapacity(refunds.count)
        var coverage = MatchCoverage()
        for share in 0..<shares {
            let (classified, shareCoverage) = results.take(share)
            all.append(contentsOf: classified)
            coverage.merge(shareCoverage)
        }
        return (all, coverage)
    }
}

/// Per-share results written by worker threads, each into its own slot.
private final class ShareResults: @unchecked Sendable {
    private var slots: [([ClassifiedRefund], MatchCoverage)]
    private let lock = DispatchQueue(label: "ClassifyAndMatch.results")

    init(count: Int) {
        slots = Array(repeating: ([], MatchCoverage()), count: count)
    }

    func store(_ share: Int, _ refunds: [ClassifiedRefund], _ coverage: MatchCoverage) {
        lock.sync { slots[share] = (refunds, coverage) }
    }

    func take(_ share: Int) -> ([ClassifiedRefund], MatchCoverage) {
        lock.sync { slots[share] }
    }
}
