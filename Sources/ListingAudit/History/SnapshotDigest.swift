/// One audit in the compact form the history comparison reads: per listing its interned id, the numbers `trend.csv`
/// shows, its distinct rules (each with the categories its findings link to) and its refunds per category; titles
/// and evidence only where the comparison shows them (`DigestBuilder` decides which). A snapshot of a million
/// listings takes tens of megabytes this way instead of gigabytes, and only two are held at a time.
struct SnapshotDigest {
    /// One listing, in snapshot order (a repeated id keeps every row, as `trend.csv` does).
    struct Entry {
        var id: Int32
        var score: Double
        var findings: Int
        var refunds: Int
        var linkedRefunds: Int
        /// `nil` without orders.
        var orders: Int?
        /// Where its rules end in `rules` (they start where the previous entry's end).
        var rulesEnd: Int32
        /// Where its category counts end in `counts`.
        var countsEnd: Int32
        /// Whether the snapshot recorded refunds per category (possibly all in unknown categories).
        var hasCounts: Bool
    }

    /// A distinct rule of a listing and the categories of its findings with that rule (a `RefundCategory` mask).
    struct RuleMark {
        var rule: Int32
        var categories: UInt16
    }

    /// A listing's refunds in one known category (taxonomy ordinal).
    struct CategoryCount {
        var ordinal: UInt8
        var count: Int
    }

    /// Evidence of a listing's first finding with a rule.
    struct EvidenceKey: Hashable {
        var entry: Int32
        var rule: Int32
    }

    var date: AuditDate
    var basis: RankingBasis
    var schema: Int
    private(set) var entries: [Entry] = []
    private(set) var rules: [RuleMark] = []
    private(set) var counts: [CategoryCount] = []
    /// The entry of each interned listing id's first row, `-1` for ids not in this audit.
    private(set) var firstEntry: [Int32] = []
    /// Titles and evidence kept by `DigestBuilder`, or the ranking of the current audit to look them up in.
    var texts: DigestTexts

    init(date: AuditDate, basis: RankingBasis, schema: Int = AuditSnapshot.currentSchema, texts: DigestTexts) {
        self.date = date
        self.basis = basis
        self.schema = schema
        self.texts = texts
    }

    /// The first entry of interned listing `id`, if the audit has it.
    func entry(of id: Int32) -> Int? {
        guard Int(id) < firstEntry.count else { return nil }
        let entry = firstEntry[Int(id)]
        return entry < 0 ? nil : Int(entry)
    }

    /// The rules of `entry`, sorted by rule number.
    func rules(of entry: Int) -> ArraySlice<RuleMark> {
        rules[(entry == 0 ? 0 : Int(entries[entry - 1].rulesEnd))..<Int(entries[entry].rulesEnd)]
    }

    /// Whether `entry` has a finding with `rule`.
    func has(_ entry: Int, rule: Int32) -> Bool {
        rules(of: entry).contains { $0.rule == rule }
    }

    /// The categories of `entry`'s findings whose rule is in `selected` (`nil` selects every rule).
    func categories(of entry: Int, rules selected: [Int32]? = nil) -> UInt16 {
        rules(of: entry).reduce(0) { mask, mark in
            selected.map { $0.contains(mark.rule) } ?? true ? mask | mark.categories : mask
        }
    }

    /// The entry's refunds in the categories of `mask`, or `nil` when it has refunds but no per-category counts (or
    /// `mask` is empty), as `HistoryComparison.refunds(of:in:)` counts them.
    func refunds(of entry: Int, in mask: UInt16) -> Int? {
        let listing = entries[entry]
        if listing.refunds == 0 { return 0 }
        guard listing.hasCounts, mask != 0 else { return nil }
        let start = entry == 0 ? 0 : Int(entries[entry - 1].countsEnd)
        return counts[start..<Int(listing.countsEnd)].reduce(0) {
            mask & (1 << UInt16($1.ordinal)) != 0 ? $0 + $1.count : $0
        }
    }

    /// Adds a row; `marks` must be sorted by rule and distinct.
    mutating func append(_ entry: Entry, marks: [RuleMark], counts more: [CategoryCount]) {
        var entry = entry
        rules += marks
        counts += more
        entry.rulesEnd = Int32(rules.count)
        entry.countsEnd = Int32(counts.count)
        if Int(entry.id) >= firstEntry.count {
            firstEntry += repeatElement(-1, count: Int(entry.id) + 1 - firstEntry.count)
        }
        if firstEntry[Int(entry.id)] < 0 { firstEntry[Int(entry.id)] = Int32(entries.count) }
        entries.append(entry)
    }
}

extension SnapshotDigest {
    /// The digest of a whole `snapshot`, keeping no text (or, `keepingAll`, every title and evidence).
    init(_ snapshot: AuditSnapshot, names: HistoryNames, keepingAll: Bool = false) {
        var builder = DigestBuilder(names: names, previous: nil, current: nil, keepsAll: keepingAll)
        for listing in snapshot.listings { builder.append(listing) }
        self = builder.finish(date: snapshot.date, basis: snapshot.basis, schema: snapshot.schema)
    }
}
