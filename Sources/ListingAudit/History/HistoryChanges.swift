/// The whole shop in one audit, for the trend chart.
public struct ShopTrendPoint: Sendable, Equatable {
    public var date: AuditDate
    public var findings: Int
    public var linkedRefunds: Int
    /// Orders, when every listing's were known.
    public var orders: Int?

    /// Linked refunds per order, when orders are known and non-zero.
    public var linkedRate: Double? {
        guard let orders, orders > 0 else { return nil }
        return Double(linkedRefunds) / Double(orders)
    }
}

extension ShopTrendPoint {
    /// The totals of the audit `digest` holds.
    init(_ digest: SnapshotDigest) {
        var (findings, linked, orders) = (0, 0, 0)
        for entry in 0..<digest.count {
            let numbers = digest.numbers(of: entry)
            (findings, linked, orders) =
                (findings + numbers.findings, linked + numbers.linkedRefunds, orders + (numbers.orders ?? 0))
        }
        self.init(
            date: digest.date, findings: findings, linkedRefunds: linked,
            orders: digest.basis == .orders ? orders : nil)
    }
}

/// A finding that appeared or disappeared between two audits.
public struct FindingChange: Sendable, Equatable {
    public var listingID: String
    public var title: String
    public var ruleID: String
    public var evidence: String
}

/// A finding present in the current audit and in the audits just before it.
public struct OpenFinding: Sendable, Equatable {
    public var listingID: String
    public var title: String
    public var ruleID: String
    /// Consecutive audits, ending with the current one, that had the finding.
    public var audits: Int
    /// The first audit of that run.
    public var since: AuditDate
}

/// Refunds and orders of one listing added up over some audits.
public struct RefundTally: Sendable, Equatable {
    public var audits: Int
    public var refunds: Int
    /// Orders, when every audit counted knew them.
    public var orders: Int?
    public var from: AuditDate
    public var through: AuditDate

    /// Refunds per order, when orders are known and non-zero.
    public var rate: Double? {
        guard let orders, orders > 0 else { return nil }
        return Double(refunds) / Double(orders)
    }

    /// Refunds per audit, the measure when orders are unknown.
    public var refundsPerAudit: Double { audits > 0 ? Double(refunds) / Double(audits) : 0 }

    /// The tally with one more audit added.
    func adding(refunds more: Int, orders moreOrders: Int?, date: AuditDate) -> RefundTally {
        var tally = self
        tally.audits += 1
        tally.refunds += more
        tally.orders = orders.flatMap { known in moreOrders.map { known + $0 } }
        tally.from = min(from, date)
        tally.through = max(through, date)
        return tally
    }

    static func one(refunds: Int, orders: Int?, date: AuditDate) -> RefundTally {
        RefundTally(audits: 1, refunds: refunds, orders: orders, from: date, through: date)
    }
}

/// A listing whose linked refunds per order (or, without orders, linked refunds) rose or fell since the last audit.
public struct RateChange: Sendable, Equatable {
    public var listingID: String
    public var title: String
    public var before: RefundTally
    public var after: RefundTally

    /// After minus before: a rate difference with orders, a refund-count difference without.
    public var delta: Double {
        if let old = before.rate, let new = after.rate { return new - old }
        return Double(after.refunds - before.refunds)
    }
}

/// "Did the fix work": a listing's refunds in the categories the fixed rules link to, in the audits while the
/// findings were open against the audits since they were fixed.
public struct FixEffect: Sendable, Equatable {
    /// What the tallies count.
    public enum Measure: String, Sendable, Equatable {
        /// Refunds in the categories the fixed rules link to.
        case linkedCategories = "linked_categories"
        /// All the listing's refunds (per-category counts were not recorded).
        case allRefunds = "all_refunds"
    }

    public var listingID: String
    public var title: String
    public var ruleIDs: [String]
    /// The first audit without the findings.
    public var fixedOn: AuditDate
    public var measure: Measure
    public var before: RefundTally
    public var after: RefundTally
    /// Whether one of the findings came back after the fix (the after window stops there).
    public var reappeared: Bool

    /// After minus before: refunds per order with orders, refunds per audit without.
    public var delta: Double {
        if let old = before.rate, let new = after.rate { return new - old }
        return after.refundsPerAudit - before.refundsPerAudit
    }
}
