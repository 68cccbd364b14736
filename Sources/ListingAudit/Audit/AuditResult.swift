import Foundation

/// Everything one `audit` run found, in the shape every report renders (CSV, JSON, terminal, HTML, history).
///
/// Per-refund rows are deliberately not part of it: at millions of refunds they are streamed to `refunds.csv`
/// while the refunds are read, and only per-listing and per-category aggregates are kept here. Per-listing rows and
/// findings are kept compact and made when read (`ListingPriorities`, `AuditFindings`).
public struct AuditResult: Sendable {
    /// The tool version that produced the result (injected, so tests are deterministic).
    public var version: String
    /// When the result was produced (injected, so tests are deterministic).
    public var generatedAt: Date
    /// The language the input looks written in: Chinese headers or a Chinese platform format give `zh`.
    public var language: Language
    /// Every input file read, with what was read and skipped.
    public var inputs: [InputSummary]
    /// Whether listings were ranked by refund rates (an order export was given) or by refund counts.
    public var basis: RankingBasis
    /// The ranking parameters in force, so a report can state them.
    public var parameters: RankingParameters
    /// Shop-wide totals.
    public var totals: AuditTotals
    /// One row per listing, in rank order (rank 1 first). Doubles as the listing summary (id, title, profile,
    /// location).
    public var priorities: ListingPriorities
    /// Every finding, grouped by listing in input order.
    public var findings: AuditFindings
    /// Refund counts and amounts per taxonomy category, in taxonomy order, every category present.
    public var categories: [CategoryTally]
    /// Per rule that fired: the linked refund rate with the finding against without it.
    public var evidence: [RuleEvidence]
    /// How refunds were tied to listings.
    public var coverage: MatchSummary
    /// Refunds caused by packing, couriers or stock rather than by listing content.
    public var fulfilment: FulfilmentSummary
    /// Listings with many refunds but no findings: a supplier, courier or product problem, not a listing fix.
    public var unexplained: [UnexplainedListing]
    /// What probing the images found, for the report's image health; `nil` when images were not probed.
    public var imageHealth: ImageHealth?

    public init(
        version: String, generatedAt: Date, language: Language, inputs: [InputSummary], basis: RankingBasis,
        parameters: RankingParameters, totals: AuditTotals, priorities: ListingPriorities, findings: AuditFindings,
        categories: [CategoryTally], evidence: [RuleEvidence], coverage: MatchSummary,
        fulfilment: FulfilmentSummary, unexplained: [UnexplainedListing]
    ) {
        self.version = version
        self.generatedAt = generatedAt
        self.language = language
        self.inputs = inputs
        self.basis = basis
        self.parameters = parameters
        self.totals = totals
        self.priorities = priorities
        self.findings = findings
        self.categories = categories
        self.evidence = evidence
        self.coverage = coverage
        self.fulfilment = fulfilment
        self.unexplained = unexplained
    }

    /// Whether a refund export was read: without one, refund numbers are absent, not zero.
    public var refundExportGiven: Bool { totals.refunds > 0 || inputs.contains { $0.kind == .refunds } }

    /// The highest severity among all findings, or `nil` when there are none (for `--fail-on`).
    public var maximumSeverity: Severity? { findings.maximumSeverity }
}

/// What the ranking divides by.
public enum RankingBasis: String, Codable, Sendable {
    /// An order export gave each listing's orders: refund rates, shrunk toward the shop's baseline.
    case orders
    /// No orders: refund counts in excess of the average listing's.
    case refundCounts = "refund_counts"
}

/// Shop-wide totals of one run.
public struct AuditTotals: Codable, Sendable, Equatable {
    public var listings: Int
    public var listingsWithFindings: Int
    public var findings: Int
    public var refunds: Int
    /// Sum of refund amounts (refunds without an amount add nothing).
    public var refundAmount: Double
    /// Refunds tied to a listing.
    public var matchedRefunds: Int
    /// Of `refunds`, the 仅退款 ones: money back, goods kept by the buyer.
    public var refundOnly: Int
    /// Requests closed, rejected or withdrawn without a refund: read, listed, not in `refunds` nor in rankings.
    public var notRefunded: Int
    /// Orders (units) read from the order export, 0 without one.
    public var orders: Int
    /// Orders tied to a listing.
    public var matchedOrders: Int
    /// Refunds a fix of the listed findings could prevent, summed over listings.
    public var preventableRefunds: Double
    /// Money a fix of the listed findings could save, summed over listings.
    public var preventableAmount: Double

    public init(
        listings: Int = 0, listingsWithFindings: Int = 0, findings: Int = 0, refunds: Int = 0,
        refundAmount: Double = 0, matchedRefunds: Int = 0, orders: Int = 0, matchedOrders: Int = 0,
        preventableRefunds: Double = 0, preventableAmount: Double = 0, refundOnly: Int = 0, notRefunded: Int = 0
    ) {
        self.listings = listings
        self.listingsWithFindings = listingsWithFindings
        self.findings = findings
        self.refunds = refunds
        self.refundAmount = refundAmount
        self.matchedRefunds = matchedRefunds
        self.orders = orders
        self.matchedOrders = matchedOrders
        self.preventableRefunds = preventableRefunds
        self.preventableAmount = preventableAmount
        self.refundOnly = refundOnly
        self.notRefunded = notRefunded
    }
}
