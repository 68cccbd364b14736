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

/// The snapshot of an audit's ranking, its listings written one at a time — into the snapshot file, and into the
/// current audit's digest — instead of held whole: in rank order, each with its findings (and the categories their
/// rules link to) and its refunds per category, read straight from the ranking's ledger.
struct RankingSnapshot: SnapshotJSON {
    let ranking: ListingRanking
    let toolVersion: String
    let date: AuditDate

    /// Whether orders were known.
    var basis: RankingBasis { ranking.ledger.hasOrders ? .orders : .refundCounts }

    /// Writes each listing as its `ListingSnapshot` would be written, without making it.
    func writeJSON<E: Error>(to write: ([UInt8]) throws(E) -> Void) throws(E) -> Bool {
        let parts = RankingFindingJSON(findings: ranking.ledger.findings, rules: ranking.ledger.rules)
        // The scorer is handed this copy of the ledger: handed the ranking's, it copied it for every listing.
        let ledger = ranking.ledger
        return try AuditSnapshot.writeJSON(
            basis: basis, date: date, schema: AuditSnapshot.currentSchema, toolVersion: toolVersion,
            count: ranking.order.count,
            listing: { offset, json in
                let listing = ranking.listing(at: offset)
                return RankedListingFields(
                    ranking: ranking, listing: listing, score: ranking.scorer.score(listing, in: ledger), parts: parts
                ).write(to: &json)
            }, to: write)
    }

    /// The audit's digest, its titles and evidence looked up in the ranking when shown.
    func digest(names: HistoryNames) -> SnapshotDigest {
        var builder = DigestBuilder(names: names, previous: nil, current: nil)
        let ledger = ranking.ledger
        let marks = ranking.order.reduce(0) { total, listing in total + ledger.rules(of: Int(listing)).count }
        // About 16 bytes a listing and 3 a rule mark; `finish` gives back what an underestimate's growth left over.
        builder.reserveCapacity(
            entries: ranking.order.count, ids: ranking.order.count, bytes: ranking.order.count * 16 + marks * 3)
        let findings = ledger.findings
        // The ledger's rule numbers as `names` numbers them, each interned when first met, in rank and
        // finding order as the snapshot lists them.
        var interned = [Int32](repeating: -1, count: findings.rules.count)
        let masks = ledger.rules.map { RefundCategory.mask($0.categories) }
        // One listing's rule marks and counts, kept from one listing to the next.
        var rules: [SnapshotDigest.RuleMark] = []
        var counts: [(UInt8, Int)] = []
        for offset in ranking.order.indices {
            let listing = ranking.listing(at: offset)
            let score = ranking.scorer.score(listing, in: ledger)
            let range = findings.range(ofListing: listing)
            rules.removeAll(keepingCapacity: true)
            for index in range {
                let rule = Int(findings.records[index].rule)
                if interned[rule] < 0 { interned[rule] = names.rule(findings.rules[Int32(rule)]) }
                rules.append(SnapshotDigest.RuleMark(rule: interned[rule], categories: masks[rule]))
            }
            counts.removeAll(keepingCapacity: true)
            for category in RefundCategory.taxonomy {
                let count = ledger.refunds(listing, category)
                if count > 0 { counts.append((UInt8(category.ordinal), count)) }
            }
            builder.append(
                listing: ledger.listings.withID(listing) { names.listing(utf8: $0) }, score: score.preventable,
                numbers: SnapshotDigest.Numbers(
                    findings: range.count, refunds: ledger.totalRefunds(listing), linkedRefunds: score.linkedRefunds,
                    orders: ledger.hasOrders ? ledger.orderCount(listing) : nil),
                findings: rules, counts: counts)
        }
        var digest = builder.finish(date: date, basis: basis, schema: AuditSnapshot.currentSchema)
        digest.texts = .ranking(ranking)
        return digest
    }
}
