import Foundation

@testable import ListingAudit

/// `ReasonClassifier.classify` as it stood before the thirty-third round (`b5c8a97`), over
/// `ReferenceClauseScorer`: the reference `ClauseScorerReferenceTests` holds the classifier to.
struct ReferenceReasonClassifier: Sendable {
    init() {}

    /// The category of a refund and the words or code that decided it.
    func classify(reason: String, comment: String) -> (category: RefundCategory, evidence: [String]) {
        var room = ReferenceClauseScorer.Room()
        return classify(reason: reason, comment: comment, room: &room)
    }

    /// `classify(reason:comment:)`, its texts scored in the lists of `room`: one room kept over many refunds saves
    /// each text's clause lists (`ReasonClassifierCache`). `reasonIsTrimmed`: `reason` is its own
    /// `trimmingWhitespace()` already (a refund row's cell, `FieldText.trimmed`), so it is not trimmed again.
    func classify(
        reason: String, comment: String, reasonIsTrimmed: Bool = false, room: inout ReferenceClauseScorer.Room
    ) -> (category: RefundCategory, evidence: [String]) {
        assert(!reasonIsTrimmed || reason.trimmingWhitespace() == reason, "a reason given as trimmed is not")
        let trimmedReason = reasonIsTrimmed ? reason : reason.trimmingWhitespace()
        let reasonText = FoldedText(trimmedReason)
        var scores = ReferenceClauseScorer.PerCategory<Double>(repeating: 0)
        var code: PlatformReasonCodes.Code?
        var fromReason: ReferenceClauseScorer?
        if let known = PlatformReasonCodes.lookup(reasonText) {
            code = known
            scores[known.category.ordinal] += known.weight
        } else if !reasonText.isEmpty {
            let scorer = ReferenceClauseScorer(reasonText, room: &room)
            for index in scores.indices { scores[index] += scorer.scores[index] }
            fromReason = scorer
        }
        let fromComment = comment.isEmpty ? nil : ReferenceClauseScorer(FoldedText(comment), room: &room)
        if let fromComment {
            // The comment rules out the picked reason (`SIZE_TOO_LARGE` + "the size is OK, the print peels"):
            // the reason no longer counts. Damage with the packaging ruled out is a defect of the goods; and
            // conversely, breakage with the packaging damaged on its way is transit damage, whatever the picked
            // defect code (`DEFECTIVE` + "box arrived crushed, the base snapped off").
            if let known = code, fromComment.denied.contains(known.category) {
                scores[known.category.ordinal] -= known.weight
            }
            let damaged = RefundCategory.damagedInTransit.ordinal
            let defect = RefundCategory.qualityDefect.ordinal
            if fromComment.denied.contains(.damagedInTransit) {
                move(from: damaged, to: defect, in: &scores, comment: fromComment)
            } else if fromComment.transitDamage {
                move(from: defect, to: damaged, in: &scores, comment: fromComment)
            }
        }
        // The comment's scores read once (zero without a comment), not the optional scorer copied per category.
        let commentScores = fromComment?.scores ?? ReferenceClauseScorer.PerCategory<Double>(repeating: 0)
        var best: RefundCategory?
        var bestScore = 0.0
        for category in RefundCategory.taxonomy {
            let index = category.ordinal
            let score = scores[index] + commentScores[index]
            guard score > 0 else { continue }
            if let current = best {
                let commentSays = commentScores[index] > commentScores[current.ordinal]
                guard score > bestScore + 1e-9 || abs(score - bestScore) <= 1e-9 && commentSays else { continue }
            }
            best = category
            bestScore = score
        }
        guard let best else { return (.other, []) }
        var evidence: [String] = []
        if let code, code.category == best { evidence.append(trimmedReason) }
        func adopt(_ words: [String]) {
            for word in words where !evidence.contains(word) { evidence.append(word) }
        }
        adopt(fromReason?.evidence(for: best) ?? [])
        adopt(fromComment?.evidence(for: best) ?? [])
        return (best, evidence)
    }

    /// Moves the whole score of category `source` (reason and comment) to `target`, leaving `source` at zero once
    /// the comment's own scores are added back.
    private func move(
        from source: Int, to target: Int, in scores: inout ReferenceClauseScorer.PerCategory<Double>,
        comment: ReferenceClauseScorer
    ) {
        scores[target] += scores[source] + comment.scores[source]
        scores[source] = -comment.scores[source]
    }
}
