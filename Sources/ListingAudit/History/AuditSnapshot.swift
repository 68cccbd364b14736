/// What one audit leaves in the history folder: per listing, its score, findings, refunds and orders. Later audits
/// compare against it (new / fixed / open findings, refund rate changes, whether a fix worked).
public struct AuditSnapshot: Codable, Sendable, Equatable {
    /// The snapshot format; readers skip snapshots from a newer format with a warning.
    public static let currentSchema = 1

    public var schema: Int
    public var date: AuditDate
    public var toolVersion: String
    /// Whether orders were known (rates) or only refund counts.
    public var basis: RankingBasis
    public var listings: [ListingSnapshot]

    public init(date: AuditDate, toolVersion: String, basis: RankingBasis, listings: [ListingSnapshot]) {
        schema = Self.currentSchema
        self.date = date
        self.toolVersion = toolVersion
        self.basis = basis
        self.listings = listings
    }

    enum CodingKeys: String, CodingKey {
        case schema, date, basis, listings
        case toolVersion = "tool_version"
    }
}

/// One listing in a snapshot.
public struct ListingSnapshot: Codable, Sendable, Equatable {
    public var listingID: String
    public var title: String
    public var score: Double
    public var findings: [SnapshotFinding]
    /// Every refund tied to the listing.
    public var refunds: Int
    /// Refunds in the categories its findings link to.
    public var linkedRefunds: Int
    /// Refunds per category id, for measuring a fix by the categories the fixed rule links to.
    public var refundsByCategory: [String: Int]
    /// Orders, when an order export was given.
    public var orders: Int?

    public init(
        listingID: String, title: String, score: Double, findings: [SnapshotFinding], refunds: Int,
        linkedRefunds: Int, refundsByCategory: [String: Int] = [:], orders: Int?
    ) {
        self.listingID = listingID
        self.title = title
        self.score = score
        self.findings = findings
        self.refunds = refunds
        self.linkedRefunds = linkedRefunds
        self.refundsByCategory = refundsByCategory
        self.orders = orders
    }

    /// All refunds per order, when orders are known and non-zero.
    public var refundRate: Double? {
        guard let orders, orders > 0 else { return nil }
        return Double(refunds) / Double(orders)
    }

    /// Linked refunds per order, when orders are known and non-zero.
    public var linkedRefundRate: Double? {
        guard let orders, orders > 0 else { return nil }
        return Double(linkedRefunds) / Double(orders)
    }

    /// The distinct rule ids of its findings.
    public var ruleIDs: Set<String> { Set(findings.map(\.ruleID)) }

    enum CodingKeys: String, CodingKey {
        case title, score, findings, refunds, orders
        case listingID = "listing_id"
        case linkedRefunds = "linked_refunds"
        case refundsByCategory = "refunds_by_category"
    }

    /// Empty and zero fields are left out, so a shop of a million mostly quiet listings keeps a small history.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(listingID, forKey: .listingID)
        if !title.isEmpty { try container.encode(title, forKey: .title) }
        if score != 0 { try container.encode(score, forKey: .score) }
        if !findings.isEmpty { try container.encode(findings, forKey: .findings) }
        if refunds != 0 { try container.encode(refunds, forKey: .refunds) }
        if linkedRefunds != 0 { try container.encode(linkedRefunds, forKey: .linkedRefunds) }
        if !refundsByCategory.isEmpty { try container.encode(refundsByCategory, forKey: .refundsByCategory) }
        try container.encodeIfPresent(orders, forKey: .orders)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        listingID = try container.decode(String.self, forKey: .listingID)
        title = try container.decodeIfPresent(String.self, forKey: .title) ?? ""
        score = try container.decodeIfPresent(Double.self, forKey: .score) ?? 0
        findings = try container.decodeIfPresent([SnapshotFinding].self, forKey: .findings) ?? []
        refunds = try container.decodeIfPresent(Int.self, forKey: .refunds) ?? 0
        linkedRefunds = try container.decodeIfPresent(Int.self, forKey: .linkedRefunds) ?? 0
        refundsByCategory = try container.decodeIfPresent([String: Int].self, forKey: .refundsByCategory) ?? [:]
        orders = try container.decodeIfPresent(Int.self, forKey: .orders)
    }
}

/// One finding in a snapshot: the rule, its evidence, and the refund categories the rule links to.
public struct SnapshotFinding: Codable, Sendable, Equatable {
    public var ruleID: String
    public var severity: Severity
    public var evidence: String
    public var categories: [RefundCategory]

    public init(ruleID: String, severity: Severity, evidence: String, categories: [RefundCategory]) {
        self.ruleID = ruleID
        self.severity = severity
        self.evidence = evidence
        self.categories = categories
    }

    enum CodingKeys: String, CodingKey {
        case severity, evidence, categories
        case ruleID = "rule_id"
    }
}
