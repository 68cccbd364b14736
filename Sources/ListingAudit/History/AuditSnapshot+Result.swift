extension AuditSnapshot {
    /// The snapshot of `result` on `date`. `refundsByCategory` gives each listing's refunds per category when the
    /// caller has them (it lets a later audit measure a fix by exactly the categories the fixed rule links to).
    public init(result: AuditResult, date: AuditDate, refundsByCategory: [String: [RefundCategory: Int]] = [:]) {
        var categoriesByRule: [String: [RefundCategory]] = [:]
        for evidence in result.evidence { categoriesByRule[evidence.ruleID] = evidence.categories }
        var findingsByListing: [String: [SnapshotFinding]] = [:]
        for finding in result.findings {
            findingsByListing[finding.listingID, default: []].append(
                SnapshotFinding(
                    ruleID: finding.ruleID, severity: finding.severity, evidence: finding.evidence,
                    categories: categoriesByRule[finding.ruleID] ?? []))
        }
        let listings = result.priorities.map { priority in
            var byCategory: [String: Int] = [:]
            for (category, count) in refundsByCategory[priority.listingID] ?? [:] where count > 0 {
                byCategory[category.rawValue] = count
            }
            return ListingSnapshot(
                listingID: priority.listingID, title: priority.title, score: priority.score,
                findings: findingsByListing[priority.listingID] ?? [], refunds: priority.refundsTotal,
                linkedRefunds: priority.linkedRefunds, refundsByCategory: byCategory, orders: priority.orders)
        }
        self.init(date: date, toolVersion: result.version, basis: result.basis, listings: listings)
    }
}
