/// How well refunds were tied to listings: counts by method, and a few refunds that matched nothing.
public struct MatchCoverage: Sendable {
    /// One unmatched refund: its id and what it named (listing id, SKU or title).
    public struct Example: Sendable, Equatable {
        public var refundID: String
        public var named: String
        public var location: SourceLocation
    }

    /// Refunds matched by each method (`.unmatched` included).
    public private(set) var counts: [MatchMethod: Int] = [:]
    /// Up to `maximumExamples` unmatched refunds, in input order.
    public private(set) var unmatchedExamples: [Example] = []
    /// How many unmatched refunds are kept as examples.
    public static let maximumExamples = 5

    public init() {}

    /// Refunds counted.
    public var total: Int { counts.values.reduce(0, +) }
    /// Refunds that matched no listing.
    public var unmatched: Int { counts[.unmatched, default: 0] }
    /// Refunds tied to a listing by any method.
    public var matched: Int { total - unmatched }

    /// Counts one refund matched by `method`.
    public mutating func record(_ refund: Refund, method: MatchMethod) {
        counts[method, default: 0] += 1
        guard method == .unmatched, unmatchedExamples.count < Self.maximumExamples else { return }
        unmatchedExamples.append(Example(refundID: refund.id, named: Self.named(refund), location: refund.location))
    }

    /// Adds the counts of `other` (e.g. from another thread's share), keeping the first examples.
    public mutating func merge(_ other: MatchCoverage) {
        for (method, count) in other.counts { counts[method, default: 0] += count }
        for example in other.unmatchedExamples where unmatchedExamples.count < Self.maximumExamples {
            unmatchedExamples.append(example)
        }
    }

    /// What a refund named, for messages: `listing_id=…, sku=…, title=…`.
    static func named(_ refund: Refund) -> String {
        var parts: [String] = []
        if let id = refund.listingID { parts.append("listing_id=\(id)") }
        if let sku = refund.sku { parts.append("sku=\(sku)") }
        if let title = refund.productTitle { parts.append("title=\(title)") }
        return parts.isEmpty ? "nothing" : parts.joined(separator: ", ")
    }
}
