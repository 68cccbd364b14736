@testable import ListingAudit

/// The history comparison as first written, every snapshot whole in memory: the reference `HistoryFold` must agree
/// with on any history.
struct HistoryReference {
    var comparison: HistoryComparison

    init(history: [AuditSnapshot], current: AuditSnapshot, minimumRateChange: Double = 0.01) {
        let sequence = history.filter { $0.date < current.date }.sorted { $0.date < $1.date } + [current]
        let indexed = sequence.map { snapshot in
            Dictionary(snapshot.listings.map { ($0.listingID, $0) }, uniquingKeysWith: { first, _ in first })
        }
        comparison = HistoryComparison(
            current: current.date, audits: sequence.map(\.date), trend: sequence.map(Self.trendPoint))
        let last = indexed[indexed.count - 1]
        if indexed.count > 1 {
            compareLatest(before: indexed[indexed.count - 2], after: last, minimumRateChange: minimumRateChange)
        }
        let open = Self.openFindings(current: current, indexed: indexed, dates: comparison.audits)
        comparison.openFindings = Array(open.prefix(HistoryComparison.listedOpenFindings))
        comparison.openFindingCount = open.count
        comparison.fixEffects = Self.fixEffects(indexed: indexed, dates: comparison.audits)
    }

    private static func trendPoint(_ snapshot: AuditSnapshot) -> ShopTrendPoint {
        ShopTrendPoint(
            date: snapshot.date, findings: snapshot.listings.reduce(0) { $0 + $1.findings.count },
            linkedRefunds: snapshot.listings.reduce(0) { $0 + $1.linkedRefunds },
            orders: snapshot.basis == .orders ? snapshot.listings.reduce(0) { $0 + ($1.orders ?? 0) } : nil)
    }

    private mutating func compareLatest(
        before: [String: ListingSnapshot], after: [String: ListingSnapshot], minimumRateChange: Double
    ) {
        guard let previous = comparison.previous else { return }
        let current = comparison.current
        for listing in after.values {
            let old = before[listing.listingID]
            let oldRules = old?.ruleIDs ?? []
            for finding in listing.findings where !oldRules.contains(finding.ruleID) {
                comparison.newFindings.append(FindingChange(
                    listingID: listing.listingID, title: listing.title, ruleID: finding.ruleID,
                    evidence: finding.evidence))
            }
            guard let old else { continue }
            let rules = listing.ruleIDs
            for finding in old.findings where !rules.contains(finding.ruleID) {
                comparison.fixedFindings.append(FindingChange(
                    listingID: listing.listingID, title: listing.title, ruleID: finding.ruleID,
                    evidence: finding.evidence))
            }
            let categories = Set((old.findings + listing.findings).flatMap(\.categories))
            let oldTally = RefundTally.one(
                refunds: Self.refunds(of: old, in: categories) ?? old.linkedRefunds, orders: old.orders,
                date: previous)
            let newTally = RefundTally.one(
                refunds: Self.refunds(of: listing, in: categories) ?? listing.linkedRefunds, orders: listing.orders,
                date: current)
            let change = RateChange(
                listingID: listing.listingID, title: listing.title, before: oldTally, after: newTally)
            let threshold = oldTally.rate != nil && newTally.rate != nil ? minimumRateChange : 1
            if abs(change.delta) >= threshold, oldTally.refunds + newTally.refunds > 0 {
                comparison.rateChanges.append(change)
            }
        }
        let byListingAndRule: (FindingChange, FindingChange) -> Bool = {
            ($0.listingID, $0.ruleID) < ($1.listingID, $1.ruleID)
        }
        comparison.newFindings = Self.unique(comparison.newFindings).sorted(by: byListingAndRule)
        comparison.fixedFindings = Self.unique(comparison.fixedFindings).sorted(by: byListingAndRule)
        comparison.rateChanges.sort {
            abs($0.delta) != abs($1.delta) ? abs($0.delta) > abs($1.delta) : $0.listingID < $1.listingID
        }
    }

    private static func openFindings(
        current: AuditSnapshot, indexed: [[String: ListingSnapshot]], dates: [AuditDate]
    ) -> [OpenFinding] {
        var result: [OpenFinding] = []
        for listing in current.listings {
            for ruleID in listing.ruleIDs.sorted() {
                var first = indexed.count - 1
                while first > 0, indexed[first - 1][listing.listingID]?.ruleIDs.contains(ruleID) == true {
                    first -= 1
                }
                let count = indexed.count - first
                guard count >= 2 else { continue }
                result.append(OpenFinding(
                    listingID: listing.listingID, title: listing.title, ruleID: ruleID, audits: count,
                    since: dates[first]))
            }
        }
        return result.sorted {
            $0.audits != $1.audits ? $0.audits > $1.audits : ($0.listingID, $0.ruleID) < ($1.listingID, $1.ruleID)
        }
    }

    private static func fixEffects(indexed: [[String: ListingSnapshot]], dates: [AuditDate]) -> [FixEffect] {
        guard indexed.count > 1 else { return [] }
        var result: [FixEffect] = []
        for index in 1..<indexed.count {
            for (listingID, listing) in indexed[index] {
                guard let before = indexed[index - 1][listingID] else { continue }
                let fixed = before.ruleIDs.subtracting(listing.ruleIDs)
                guard !fixed.isEmpty else { continue }
                let categories = Set(before.findings.filter { fixed.contains($0.ruleID) }.flatMap(\.categories))
                var windowBefore: [(ListingSnapshot, AuditDate)] = []
                var cursor = index - 1
                while cursor >= 0, let old = indexed[cursor][listingID], !old.ruleIDs.isDisjoint(with: fixed) {
                    windowBefore.append((old, dates[cursor]))
                    cursor -= 1
                }
                var windowAfter: [(ListingSnapshot, AuditDate)] = []
                var reappeared = false
                cursor = index
                while cursor < indexed.count, let later = indexed[cursor][listingID] {
                    if !later.ruleIDs.isDisjoint(with: fixed) {
                        reappeared = true
                        break
                    }
                    windowAfter.append((later, dates[cursor]))
                    cursor += 1
                }
                let byCategory = (windowBefore + windowAfter).allSatisfy { refunds(of: $0.0, in: categories) != nil }
                let measure: FixEffect.Measure = byCategory && !categories.isEmpty ? .linkedCategories : .allRefunds
                result.append(FixEffect(
                    listingID: listingID, title: listing.title, ruleIDs: fixed.sorted(), fixedOn: dates[index],
                    measure: measure, before: tally(windowBefore, categories: categories, measure: measure),
                    after: tally(windowAfter, categories: categories, measure: measure), reappeared: reappeared))
            }
        }
        return result.sorted { $0.fixedOn != $1.fixedOn ? $0.fixedOn > $1.fixedOn : $0.listingID < $1.listingID }
    }

    private static func tally(
        _ window: [(ListingSnapshot, AuditDate)], categories: Set<RefundCategory>, measure: FixEffect.Measure
    ) -> RefundTally {
        var result: RefundTally?
        for (listing, date) in window {
            let refunds = measure == .linkedCategories ? (refunds(of: listing, in: categories) ?? 0) : listing.refunds
            result = result?.adding(refunds: refunds, orders: listing.orders, date: date)
                ?? .one(refunds: refunds, orders: listing.orders, date: date)
        }
        return result ?? RefundTally(audits: 0, refunds: 0, orders: nil, from: .epoch, through: .epoch)
    }

    /// The listing's refunds in `categories`, or `nil` when it has refunds but no per-category counts.
    static func refunds(of listing: ListingSnapshot, in categories: Set<RefundCategory>) -> Int? {
        if listing.refunds == 0 { return 0 }
        guard !listing.refundsByCategory.isEmpty, !categories.isEmpty else { return nil }
        return categories.reduce(0) { $0 + (listing.refundsByCategory[$1.rawValue] ?? 0) }
    }

    private static func unique(_ changes: [FindingChange]) -> [FindingChange] {
        var seen = Set<String>()
        return changes.filter { seen.insert($0.listingID + "\u{1F}" + $0.ruleID).inserted }
    }
}
