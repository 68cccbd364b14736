/// Classifies a refund into the fixed taxonomy from its reason field and the buyer's comment together.
///
/// The reason is looked up as a platform code or picked reason (Amazon, Shopify, Chinese platforms); when it is
/// free text it is scored with the zh + en lexicon like the comment. Scores add up across both; specific reasons
/// weigh 3, generic ones (其他, `OTHER`, 七天无理由, `NO_REASON_GIVEN`) little, so a specific comment outranks them.
/// On a tie the category the comment supports wins. The result carries the decisive words.
///
/// Pure and `Sendable`: the lexicon tables are built once per process and shared. For millions of refunds use
/// `ReasonClassifierCache`, since reasons repeat.
public struct ReasonClassifier: Sendable {
    public init() {}

    /// The category of a refund and the words or code that decided it.
    public func classify(reason: String, comment: String) -> (category: RefundCategory, evidence: [String]) {
        let trimmedReason = reason.trimmingWhitespace()
        let reasonText = ReasonText(trimmedReason)
        var total = ClauseScorer()
        var fallback: (category: RefundCategory, evidence: [String])?
        if let code = PlatformReasonCodes.lookup(reasonText) {
            total.credit(code.category, code.weight, trimmedReason)
            fallback = (code.category, [trimmedReason])
        } else if !reasonText.scalars.isEmpty {
            total.add(reasonText)
        }
        var fromComment = ClauseScorer()
        if !comment.isEmpty {
            fromComment.add(ReasonText(comment))
        }
        var best: RefundCategory?
        var bestScore = 0.0
        for category in RefundCategory.allCases {
            let index = category.index
            let score = total.scores[index] + fromComment.scores[index]
            guard score > 0 else { continue }
            if let current = best {
                let better =
                    score > bestScore + 1e-9
                    || abs(score - bestScore) <= 1e-9 && fromComment.scores[index] > fromComment.scores[current.index]
                if !better { continue }
            }
            best = category
            bestScore = score
        }
        guard let best else {
            return fallback ?? (.other, [])
        }
        let index = best.index
        return (best, total.evidence[index] + fromComment.evidence[index].filter { !total.evidence[index].contains($0) })
    }
}

/// A per-thread memo in front of `ReasonClassifier`: exact (reason, comment) pairs repeat a lot in refund exports,
/// so each distinct pair is classified once. Bounded: past `capacity` entries it classifies without storing.
/// Not thread-safe; give each worker its own.
public final class ReasonClassifierCache {
    private struct Key: Hashable {
        let reason: String
        let comment: String
    }

    private let classifier: ReasonClassifier
    private let capacity: Int
    private var memo: [Key: (category: RefundCategory, evidence: [String])] = [:]
    /// Lookups answered from the memo.
    public private(set) var hits = 0

    public init(classifier: ReasonClassifier = ReasonClassifier(), capacity: Int = 200_000) {
        self.classifier = classifier
        self.capacity = capacity
    }

    /// Same as `ReasonClassifier.classify(reason:comment:)`.
    public func classify(reason: String, comment: String) -> (category: RefundCategory, evidence: [String]) {
        let key = Key(reason: reason, comment: comment)
        if let known = memo[key] {
            hits += 1
            return known
        }
        let result = classifier.classify(reason: reason, comment: comment)
        if memo.count < capacity { memo[key] = result }
        return result
    }
}
