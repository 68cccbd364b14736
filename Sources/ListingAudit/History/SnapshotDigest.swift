/// One audit in the compact form the history comparison reads: per listing its interned id, the numbers `trend.csv`
/// shows, its distinct rules (each with the categories its findings link to) and its refunds per category; titles
/// and evidence only where the comparison shows them (`DigestBuilder` decides which). A snapshot of a million
/// listings takes tens of megabytes this way instead of gigabytes, and only two are held at a time.
struct SnapshotDigest {
    /// One listing, in snapshot order (a repeated id keeps every row, as `trend.csv` does). Its counts take 32 bits
    /// each (`numbers(of:)` reads them); a count that does not fit is kept aside, the entry marked `findings == -1`.
    struct Entry {
        var score: Double
        var id: Int32
        /// Where its rules end in `rules` (they start where the previous entry's end).
        var rulesEnd: Int32
        /// Where its category counts end in `countValues`.
        var countsEnd: Int32
        fileprivate var findings: Int32
        fileprivate var refunds: Int32
        fileprivate var linkedRefunds: Int32
        /// `Int32.min` without orders.
        fileprivate var orders: Int32
        /// Whether the snapshot recorded refunds per category (possibly all in unknown categories).
        var hasCounts: Bool
    }

    /// A listing's counts.
    struct Numbers {
        var findings: Int
        var refunds: Int
        var linkedRefunds: Int
        /// `nil` without orders.
        var orders: Int?
    }

    /// A distinct rule of a listing and the categories of its findings with that rule (a `RefundCategory` mask).
    struct RuleMark {
        var rule: Int32
        var categories: UInt16
    }

    /// The rule marks of entries, back to back, as two parallel arrays (6 bytes a mark rather than a padded 8): a
    /// million-listing audit has millions of marks, and two digests are held at once.
    struct RuleMarks: RandomAccessCollection {
        fileprivate(set) var rules: ArraySlice<Int32>
        fileprivate(set) var categories: ArraySlice<UInt16>

        var startIndex: Int { rules.startIndex }
        var endIndex: Int { rules.endIndex }
        subscript(position: Int) -> RuleMark { RuleMark(rule: rules[position], categories: categories[position]) }

        fileprivate mutating func append(contentsOf marks: [RuleMark]) {
            for mark in marks {
                rules.append(mark.rule)
                categories.append(mark.categories)
            }
        }

        fileprivate mutating func reserveCapacity(_ count: Int) {
            rules.reserveCapacity(count)
            categories.reserveCapacity(count)
        }
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
    /// Every entry's rules, in entry order (`Entry.rulesEnd` marks where each ends).
    private(set) var rules = RuleMarks(rules: [], categories: [])
    /// Every entry's refunds per known category, in entry order (`Entry.countsEnd` marks where each ends): the
    /// taxonomy ordinals and, beside them, the counts (`Int32.min` when kept aside in `wideCounts`).
    private var countOrdinals: [UInt8] = []
    private var countValues: [Int32] = []
    /// The counts of entries whose counts do not fit in 32 bits.
    private var wide: [Int32: Numbers] = [:]
    /// The category counts (by position in `countValues`) that do not fit in 32 bits.
    private var wideCounts: [Int32: Int] = [:]
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
    func rules(of entry: Int) -> RuleMarks.SubSequence {
        rules[(entry == 0 ? 0 : Int(entries[entry - 1].rulesEnd))..<Int(entries[entry].rulesEnd)]
    }

    /// Sets aside room for `entries` entries with `marks` rule marks in all, so that a digest of a known size is
    /// not grown by doubling (which would leave up to half of each array unused).
    mutating func reserveCapacity(entries count: Int, marks: Int) {
        entries.reserveCapacity(count)
        firstEntry.reserveCapacity(count)
        rules.reserveCapacity(marks)
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

    /// The counts of `entry`.
    func numbers(of entry: Int) -> Numbers {
        let listing = entries[entry]
        guard listing.findings >= 0 else {
            return wide[Int32(entry)] ?? Numbers(findings: 0, refunds: 0, linkedRefunds: 0)
        }
        return Numbers(
            findings: Int(listing.findings), refunds: Int(listing.refunds), linkedRefunds: Int(listing.linkedRefunds),
            orders: listing.orders == .min ? nil : Int(listing.orders))
    }

    /// The entry's refunds in the categories of `mask`, or `nil` when it has refunds but no per-category counts (or
    /// `mask` is empty), as the comparison has always counted them.
    func refunds(of entry: Int, in mask: UInt16) -> Int? {
        if numbers(of: entry).refunds == 0 { return 0 }
        guard entries[entry].hasCounts, mask != 0 else { return nil }
        let start = entry == 0 ? 0 : Int(entries[entry - 1].countsEnd)
        return (start..<Int(entries[entry].countsEnd)).reduce(0) { total, index in
            guard mask & (1 << UInt16(countOrdinals[index])) != 0 else { return total }
            let count = countValues[index]
            return total + (count == .min ? wideCounts[Int32(index)] ?? 0 : Int(count))
        }
    }

    /// Adds a row: listing `id`'s `score` and `numbers`, its `marks` (sorted by rule and distinct) and its non-zero
    /// refunds per known category (`counts`), and whether it had per-category counts at all.
    mutating func append(
        id: Int32, score: Double, numbers: Numbers, hasCounts: Bool, marks: [RuleMark], counts more: [(UInt8, Int)]
    ) {
        let index = Int32(entries.count)
        for (ordinal, count) in more {
            if let narrow = Int32(exactly: count), narrow != .min {
                countValues.append(narrow)
            } else {
                wideCounts[Int32(countValues.count)] = count
                countValues.append(.min)
            }
            countOrdinals.append(ordinal)
        }
        rules.append(contentsOf: marks)
        var entry = Entry(
            score: score, id: id, rulesEnd: Int32(rules.count), countsEnd: Int32(countValues.count), findings: -1,
            refunds: 0, linkedRefunds: 0, orders: .min, hasCounts: hasCounts)
        let orders = numbers.orders.map(Self.narrow) ?? Optional(Int32.min)
        if let findings = Int32(exactly: numbers.findings), let refunds = Self.narrow(numbers.refunds),
            let linked = Self.narrow(numbers.linkedRefunds), let orders
        {
            (entry.findings, entry.refunds, entry.linkedRefunds, entry.orders) = (findings, refunds, linked, orders)
        } else {
            wide[index] = numbers
        }
        if Int(id) >= firstEntry.count {
            firstEntry += repeatElement(-1, count: Int(id) + 1 - firstEntry.count)
        }
        if firstEntry[Int(id)] < 0 { firstEntry[Int(id)] = index }
        entries.append(entry)
    }

    /// `value` in 32 bits, leaving `Int32.min` to mean "none".
    private static func narrow(_ value: Int) -> Int32? {
        Int32(exactly: value).flatMap { $0 == .min ? nil : $0 }
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
