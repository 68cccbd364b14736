/// Builds a `HistoryComparison` from the audits handed to it one at a time, oldest first, then the current one. It
/// holds the current audit's digest, the previous audit's, and counters per listing — never the whole history — so
/// its memory follows the shop's size, not the number of audits kept. Fixes whose "before" window reaches back more
/// than one audit need a second look at those audits.
struct HistoryFold {
    let names: HistoryNames
    let current: SnapshotDigest
    private let minimumRateChange: Double
    /// The latest audit folded.
    private(set) var previous: SnapshotDigest?
    private var dates: [AuditDate] = []
    private var trend: [ShopTrendPoint] = []
    /// Per rule mark of the current audit (numbered as `current.markRange(of:)` numbers them): the consecutive
    /// audits just before it that had the listing's finding with that rule.
    private var streaks: [Int32]
    /// Per interned listing: the first audit of its run of audits with findings that ends with `previous`.
    private var runStart: [Int32] = []
    private var fixes = FixTracker()

    init(current: SnapshotDigest, names: HistoryNames, minimumRateChange: Double) {
        self.current = current
        self.names = names
        self.minimumRateChange = minimumRateChange
        streaks = Array(repeating: 0, count: current.markCount)
    }

    /// A builder for the next audit's digest, keeping the titles and evidence the comparison will show, with room
    /// for an audit a sixteenth larger than the current one (a weekly shop changes little; an array grown past its
    /// room doubles).
    func builder() -> DigestBuilder {
        var builder = DigestBuilder(names: names, previous: previous, current: current)
        builder.reserveCapacity(
            entries: current.count + current.count / 16, ids: names.listings.count,
            bytes: current.recordBytes + current.recordBytes / 16)
        return builder
    }

    /// Folds in the next earlier audit (dated after those before and before the current one).
    mutating func fold(_ digest: SnapshotDigest) {
        step(digest)
        for entry in 0..<current.count {
            let other = digest.entry(of: current.id(of: entry))
            for (index, mark) in zip(current.markRange(of: entry), current.rules(of: entry)) {
                let present = other.map { digest.has($0, rule: mark.rule) } ?? false
                streaks[index] = present ? streaks[index] + 1 : 0
            }
        }
        if runStart.count < names.listings.count {
            runStart += repeatElement(0, count: names.listings.count - runStart.count)
        }
        let audit = Int32(dates.count - 1)
        for entry in 0..<digest.count where digest.isFirst(entry) {
            guard !digest.rules(of: entry).isEmpty else { continue }
            let listing = digest.id(of: entry)
            let continues = previous.map { before in
                before.entry(of: listing).map { !before.rules(of: $0).isEmpty } ?? false
            }
            if continues != true { runStart[Int(listing)] = audit }
        }
        previous = digest
    }

    /// Folds in the current audit and returns the comparison. `earlier` reads earlier audit number `n` again (`nil`
    /// when it no longer can), for fixes whose before window may reach past the audit just before them.
    mutating func finish(rereading earlier: (Int) -> SnapshotDigest?) -> HistoryComparison {
        step(current)
        var comparison = HistoryComparison(current: current.date, audits: dates, trend: trend)
        if let previous {
            compareLatest(previous, into: &comparison)
        }
        previous = nil  // the rest needs only the counters: let the previous audit's digest go
        for audit in fixes.beforeRange {
            fixes.measureBefore(earlier(audit), audit: audit)
        }
        (comparison.openFindings, comparison.openFindingCount) = openFindings()
        comparison.fixEffects = fixes.effects(names: names, dates: dates)
        return comparison
    }

    /// Adds `digest` to the dates and the trend, and follows the fixes it shows and those it may undo.
    private mutating func step(_ digest: SnapshotDigest) {
        dates.append(digest.date)
        trend.append(ShopTrendPoint(digest))
        fixes.follow(digest, audit: dates.count - 1)
        guard let previous else { return }
        fixes.detect(before: previous, after: digest, audit: dates.count - 1, runStart: runStart)
    }

    /// The new and fixed findings and the rate changes between `before` and the current audit. A listing's id and
    /// title are made only when one of them shows the listing: most listings show none.
    private func compareLatest(_ before: SnapshotDigest, into comparison: inout HistoryComparison) {
        for entry in 0..<current.count where current.isFirst(entry) {
            let listing = current.id(of: entry)
            var shown: (id: String, title: String)?
            func shownListing() -> (id: String, title: String) {
                if let shown { return shown }
                let made = (names.listings[listing], current.title(of: entry))
                shown = made
                return made
            }
            let numbers = current.numbers(of: entry)
            let old = before.entry(of: listing)
            for mark in current.rules(of: entry) where old.map({ !before.has($0, rule: mark.rule) }) ?? true {
                let (id, title) = shownListing()
                comparison.newFindings.append(FindingChange(
                    listingID: id, title: title, ruleID: names.rules[mark.rule],
                    evidence: current.evidence(of: entry, rule: mark.rule, names: names)))
            }
            guard let old else { continue }
            for mark in before.rules(of: old) where !current.has(entry, rule: mark.rule) {
                let (id, title) = shownListing()
                comparison.fixedFindings.append(FindingChange(
                    listingID: id, title: title, ruleID: names.rules[mark.rule],
                    evidence: before.evidence(of: old, rule: mark.rule, names: names)))
            }
            let categories = before.categories(of: old) | current.categories(of: entry)
            let oldNumbers = before.numbers(of: old)
            let oldTally = RefundTally.one(
                refunds: before.refunds(of: old, in: categories) ?? oldNumbers.linkedRefunds,
                orders: oldNumbers.orders, date: before.date)
            let newTally = RefundTally.one(
                refunds: current.refunds(of: entry, in: categories) ?? numbers.linkedRefunds, orders: numbers.orders,
                date: current.date)
            var change = RateChange(listingID: "", title: "", before: oldTally, after: newTally)
            let threshold = oldTally.rate != nil && newTally.rate != nil ? minimumRateChange : 1
            if abs(change.delta) >= threshold, oldTally.refunds + newTally.refunds > 0 {
                (change.listingID, change.title) = shownListing()
                comparison.rateChanges.append(change)
            }
        }
        let byListingAndRule: (FindingChange, FindingChange) -> Bool = {
            ($0.listingID, $0.ruleID) < ($1.listingID, $1.ruleID)
        }
        comparison.newFindings.sort(by: byListingAndRule)
        comparison.fixedFindings.sort(by: byListingAndRule)
        comparison.rateChanges.sort {
            abs($0.delta) != abs($1.delta) ? abs($0.delta) > abs($1.delta) : $0.listingID < $1.listingID
        }
    }

    /// The first `HistoryComparison.listedOpenFindings` current findings open since an earlier audit, longest open
    /// first, then by listing id and rule id, and how many there are. A million-listing shop audited twice has
    /// millions of them: the listed ones are kept in order as the positions (entry, rule) stream past — most fail
    /// one comparison with the last kept — and only they are made into `OpenFinding`s, each listing's title once.
    /// A listing's id is made a `String` once, when a position of it is compared, and kept with the positions kept.
    private func openFindings() -> (listed: [OpenFinding], count: Int) {
        let limit = HistoryComparison.listedOpenFindings
        typealias Position = (entry: Int32, streak: Int32, rule: Int32, listingID: String)
        func precedes(_ first: Position, _ second: Position) -> Bool {
            guard first.streak == second.streak else { return first.streak > second.streak }
            return (first.listingID, names.rules[first.rule]) < (second.listingID, names.rules[second.rule])
        }
        var kept: [Position] = []
        var count = 0
        for entry in 0..<current.count {
            var entryID: String?
            for (mark, rule) in zip(current.markRange(of: entry), current.rules(of: entry)) where streaks[mark] >= 1 {
                count += 1
                let streak = streaks[mark]
                if kept.count == limit, streak < kept[limit - 1].streak { continue }
                let id = entryID ?? listingID(of: Int32(entry))
                entryID = id
                let position = (entry: Int32(entry), streak: streak, rule: rule.rule, listingID: id)
                if kept.count == limit {
                    guard precedes(position, kept[limit - 1]) else { continue }
                    kept.removeLast()
                }
                var low = 0
                var high = kept.count
                while low < high {
                    let middle = (low + high) / 2
                    if precedes(position, kept[middle]) { high = middle } else { low = middle + 1 }
                }
                kept.insert(position, at: low)
            }
        }
        let latest = dates.count - 1
        var result: [OpenFinding] = []
        result.reserveCapacity(kept.count)
        var titled: (entry: Int32, title: String) = (-1, "")
        for (entry, streak, rule, id) in kept {
            if titled.entry != entry { titled = (entry, current.title(of: Int(entry))) }
            result.append(OpenFinding(
                listingID: id, title: titled.title, ruleID: names.rules[rule], audits: Int(streak) + 1,
                since: dates[latest - Int(streak)]))
        }
        return (result, count)
    }

    /// The listing id of the current audit's `entry`.
    private func listingID(of entry: Int32) -> String { names.listings[current.id(of: Int(entry))] }
}
