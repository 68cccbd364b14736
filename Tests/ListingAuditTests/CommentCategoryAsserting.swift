@testable import ListingAudit

/// A suite that asserts the category the reason classifier gives a buyer's comment (the free-text mechanisms of
/// issue 11 §3), through one `category` shared by all of them.
protocol CommentCategoryAsserting {}

extension CommentCategoryAsserting {
    /// The category `ReasonClassifier` gives `comment` under the picked `reason` (none unless given).
    func category(_ comment: String, reason: String = "") -> RefundCategory {
        ReasonClassifier().classify(reason: reason, comment: comment).category
    }
}
