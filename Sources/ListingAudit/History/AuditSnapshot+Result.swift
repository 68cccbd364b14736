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

/// The snapshot of an audit's ranking, its listings made one at a time — for the snapshot file and the current
/// audit's digest — instead of held whole: in rank order, each with its findings (and the categories their rules
/// link to) and its refunds per category, read straight from the ranking's ledger.
struct RankingSnapshot: SnapshotJSON {
    let ranking: ListingRanking
    let toolVersion: String
    let date: AuditDate

    /// Whether orders were known.
    var basis: RankingBasis { ranking.ledger.hasOrders ? .orders : .refundCounts }

    /// The listing at rank `offset`.
    func listing(at offset: Int) -> ListingSnapshot {
        let ledger = ranking.ledger
        let findings = ledger.findings
        let listing = ranking.listing(at: offset)
        let score = ranking.scorer.score(listing, in: ledger)
        var byCategory: [String: Int] = [:]
        for category in RefundCategory.taxonomy {
            let count = ledger.refunds(listing, category)
            if count > 0 { byCategory[category.rawValue] = count }
        }
        return ListingSnapshot(
            listingID: ledger.listings.id(listing), title: ledger.listings.title(listing), score: score.preventable,
            findings: findings.range(ofListing: listing).map { index in
                let record = findings.records[index]
                return SnapshotFinding(
                    ruleID: findings.rules[Int32(record.rule)], severity: record.severity,
                    evidence: findings.evidence[record.evidence], categories: ledger.rules[Int(record.rule)].categories)
            },
            refunds: ledger.totalRefunds(listing), linkedRefunds: score.linkedRefunds, refundsByCategory: byCategory,
            orders: ledger.hasOrders ? ledger.orderCount(listing) : nil)
    }

    func writeJSON<E: Error>(to write: ([UInt8]) throws(E) -> Void) throws(E) -> Bool {
        try AuditSnapshot.writeJSON(
            basis: basis, date: date, schema: AuditSnapshot.currentSchema, toolVersion: toolVersion,
            count: ranking.order.count, listing: listing(at:), to: write)
    }

    /// The audit's digest, its titles and evidence looked up in the ranking when shown.
    func digest(names: HistoryNames) -> SnapshotDigest {
        var builder = DigestBuilder(names: names, previous: nil, current: nil)
        let ledger = ranking.ledger
        let marks = ranking.order.reduce(0) { total, listing in total + ledger.rules(of: Int(listing)).count }
        // About 16 bytes a listing and 3 a rule mark; `finish` gives back what an underestimate's growth left over.
        builder.reserveCapacity(
            entries: ranking.order.count, ids: ranking.order.count, bytes: ranking.order.count * 16 + marks * 3)
        for offset in ranking.order.indices { builder.append(listing(at: offset)) }
        var digest = builder.finish(date: date, basis: basis, schema: AuditSnapshot.currentSchema)
        digest.texts = .ranking(ranking)
        return digest
    }
}
