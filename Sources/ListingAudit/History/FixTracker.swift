/// The fixes a history shows ("did the fix work"), found and measured while the audits are folded one at a time:
/// a fix is a listing's rules that an audit no longer has and the audit before it had. Its "after" window (the
/// audits from the fix on, while the listing is there without those rules) is followed as later audits arrive; its
/// "before" window (the audits up to the fix with one of them) starts with the audit just before the fix, and when
/// the listing had findings in earlier audits too, `measureBefore` looks at those again.
struct FixTracker {
    /// One fix being measured.
    struct Fix {
        var listing: Int32
        /// The audit without the rules.
        var audit: Int
        var rules: [Int32]
        /// The categories the fixed findings linked to.
        var categories: UInt16
        var title: String
        /// The first earlier audit that may belong to the before window; the window is complete when it is
        /// `audit - 1`.
        var reach: Int
        var before = FixWindow()
        /// The earlier part of the before window being gathered by `measureBefore`.
        var earlier = FixWindow()
        var after = FixWindow()
        var reappeared = false
    }

    private(set) var fixes: [Fix] = []
    /// The fixes whose after window may grow.
    private var open: [Int] = []

    /// The earlier audits `measureBefore` must see (in order): none unless a fix's before window may reach before
    /// the audit just before it.
    var beforeRange: Range<Int> {
        let pending = fixes.filter { $0.reach < $0.audit - 1 }
        guard let low = pending.map(\.reach).min(), let high = pending.map({ $0.audit - 2 }).max() else { return 0..<0 }
        return low..<high + 1
    }

    /// Extends the open after windows with `digest`, audit number `audit`, and closes those it ends.
    mutating func follow(_ digest: SnapshotDigest, audit: Int) {
        open.removeAll { index in
            guard let entry = digest.entry(of: fixes[index].listing) else { return true }
            if digest.rules(of: entry).contains(where: { fixes[index].rules.contains($0.rule) }) {
                fixes[index].reappeared = true
                return true
            }
            fixes[index].after.add(digest, entry, fixes[index].categories)
            return false
        }
    }

    /// Records the fixes between `before` and `after` (audit number `audit`); `runStart` gives each listing's first
    /// audit of its run with findings.
    mutating func detect(before: SnapshotDigest, after: SnapshotDigest, audit: Int, runStart: [Int32]) {
        for entry in 0..<after.count where after.isFirst(entry) {
            let listing = after.id(of: entry)
            guard let old = before.entry(of: listing) else { continue }
            let fixed = before.rules(of: old).map(\.rule).filter { !after.has(entry, rule: $0) }
            guard !fixed.isEmpty else { continue }
            var fix = Fix(
                listing: listing, audit: audit, rules: fixed,
                categories: before.categories(of: old, rules: fixed), title: after.title(of: entry),
                reach: Int(runStart[Int(listing)]))
            fix.before.add(before, old, fix.categories)
            fix.after.add(after, entry, fix.categories)
            open.append(fixes.count)
            fixes.append(fix)
        }
    }

    /// Looks again at earlier audit number `audit` (`nil` when it can no longer be read) for the before windows
    /// that may reach it; the audits in `beforeRange` are handed over in order.
    mutating func measureBefore(_ digest: SnapshotDigest?, audit: Int) {
        for index in fixes.indices where fixes[index].reach <= audit && audit <= fixes[index].audit - 2 {
            let rules = fixes[index].rules
            let entry = digest.flatMap { $0.entry(of: fixes[index].listing) }
            if let digest, let entry, digest.rules(of: entry).contains(where: { rules.contains($0.rule) }) {
                fixes[index].earlier.add(digest, entry, fixes[index].categories)
            } else {
                fixes[index].earlier = FixWindow()
            }
            if audit == fixes[index].audit - 2 { fixes[index].before.merge(fixes[index].earlier) }
        }
    }

    /// The fix effects, most recent fix first.
    func effects(names: HistoryNames, dates: [AuditDate]) -> [FixEffect] {
        fixes.map { fix in
            let byCategory = fix.before.byCategory && fix.after.byCategory && fix.categories != 0
            let measure: FixEffect.Measure = byCategory ? .linkedCategories : .allRefunds
            return FixEffect(
                listingID: names.listings[fix.listing], title: fix.title,
                ruleIDs: fix.rules.map { names.rules[$0] }.sorted(),
                fixedOn: dates[fix.audit], measure: measure, before: fix.before.tally(measure),
                after: fix.after.tally(measure), reappeared: fix.reappeared)
        }
        .sorted { $0.fixedOn != $1.fixedOn ? $0.fixedOn > $1.fixedOn : $0.listingID < $1.listingID }
    }
}

/// A listing's refunds over some audits, counted both ways a fix may be measured.
struct FixWindow {
    /// Refunds in the fixed rules' categories.
    private var linked: RefundTally?
    /// All refunds.
    private var all: RefundTally?
    /// Whether every audit in the window recorded the refunds per category.
    private(set) var byCategory = true

    /// Adds `entry` of `digest`, measured in the categories of `mask`.
    mutating func add(_ digest: SnapshotDigest, _ entry: Int, _ mask: UInt16) {
        let listing = digest.numbers(of: entry)
        let inCategories = digest.refunds(of: entry, in: mask)
        byCategory = byCategory && inCategories != nil
        linked = Self.adding(linked, inCategories ?? 0, listing.orders, digest.date)
        all = Self.adding(all, listing.refunds, listing.orders, digest.date)
    }

    /// Adds the audits of `other`.
    mutating func merge(_ other: FixWindow) {
        linked = Self.merged(linked, other.linked)
        all = Self.merged(all, other.all)
        byCategory = byCategory && other.byCategory
    }

    /// The tally the measure counts; no audits give zero refunds from and through the epoch.
    func tally(_ measure: FixEffect.Measure) -> RefundTally {
        (measure == .linkedCategories ? linked : all)
            ?? RefundTally(audits: 0, refunds: 0, orders: nil, from: .epoch, through: .epoch)
    }

    private static func adding(_ tally: RefundTally?, _ refunds: Int, _ orders: Int?, _ date: AuditDate)
        -> RefundTally
    {
        tally?.adding(refunds: refunds, orders: orders, date: date)
            ?? .one(refunds: refunds, orders: orders, date: date)
    }

    private static func merged(_ first: RefundTally?, _ second: RefundTally?) -> RefundTally? {
        guard let first else { return second }
        guard let second else { return first }
        return RefundTally(
            audits: first.audits + second.audits, refunds: first.refunds + second.refunds,
            orders: first.orders.flatMap { known in second.orders.map { known + $0 } },
            from: min(first.from, second.from), through: max(first.through, second.through))
    }
}
