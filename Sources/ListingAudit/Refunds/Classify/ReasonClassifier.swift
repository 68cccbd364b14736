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
        var room = ClauseScorer.Room()
        return classify(reason: reason, comment: comment, room: &room)
    }

    /// `classify(reason:comment:)`, its texts scored in the lists of `room`: one room kept over many refunds saves
    /// each text's clause lists (`ReasonClassifierCache`). `reasonIsTrimmed`: `reason` is its own
    /// `trimmingWhitespace()` already (a refund row's cell, `FieldText.trimmed`), so it is not trimmed again.
    func classify(
        reason: String, comment: String, reasonIsTrimmed: Bool = false, room: inout ClauseScorer.Room
    ) -> (category: RefundCategory, evidence: [String]) {
        assert(!reasonIsTrimmed || reason.trimmingWhitespace() == reason, "a reason given as trimmed is not")
        let trimmedReason = reasonIsTrimmed ? reason : reason.trimmingWhitespace()
        let reasonText = FoldedText(trimmedReason)
        var scores = ClauseScorer.PerCategory<Double>(repeating: 0)
        let code = PlatformReasonCodes.lookup(reasonText)
        if let code { scores[code.category.ordinal] += code.weight }
        // Each text has one scorer, made where it is kept and never copied (a blank one for no text): an optional
        // scorer assigned on was copied and destroyed three times a text.
        let fromReason: ClauseScorer
        if code == nil && !reasonText.isEmpty {
            fromReason = ClauseScorer(reasonText, room: &room)
            for index in scores.indices { scores[index] += fromReason.scores[index] }
        } else {
            fromReason = ClauseScorer()
        }
        let commentText = comment.isEmpty ? nil : FoldedText(comment)
        let fromComment: ClauseScorer
        if let commentText {
            fromComment = ClauseScorer(commentText, room: &room)
        } else {
            fromComment = ClauseScorer()
        }
        if commentText != nil {
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
        // The comment's scores read once (zero without a comment: its blank scorer's).
        let commentScores = fromComment.scores
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
        fromReason.appendEvidence(for: best, quoting: reasonText, to: &evidence)
        if let commentText { fromComment.appendEvidence(for: best, quoting: commentText, to: &evidence) }
        return (best, evidence)
    }

    /// Moves the whole score of category `source` (reason and comment) to `target`, leaving `source` at zero once
    /// the comment's own scores are added back.
    private func move(
        from source: Int, to target: Int, in scores: inout ClauseScorer.PerCategory<Double>, comment: ClauseScorer
    ) {
        scores[target] += scores[source] + comment.scores[source]
        scores[source] = -comment.scores[source]
    }
}
