/// One audit in the compact form the history comparison reads: per listing its interned id, the numbers `trend.csv`
/// shows, its distinct rules (each with the categories its findings link to) and its refunds per category; titles
/// and evidence only where the comparison shows them (`DigestBuilder` decides which). Each listing is one record of
/// variable-length integers in a byte arena (`DigestRecord`): about 45 bytes for a listing with a few findings and
/// refunds, where fixed-width fields took twice that. A snapshot of a million listings takes tens of megabytes this
/// way instead of gigabytes, and the comparison holds at most three at a time (`HistoryFold`).
struct SnapshotDigest {
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

    /// Evidence of a listing's first finding with a rule.
    struct EvidenceKey: Hashable {
        var entry: Int32
        var rule: Int32
    }

    var date: AuditDate
    var basis: RankingBasis
    var schema: Int
    /// Every entry's record, back to back (`DigestRecord` reads and writes them).
    private var records: [UInt8] = []
    /// Where each entry's record starts in `records`; one entry per snapshot row, in snapshot order (a repeated id
    /// keeps every row, as `trend.csv` does).
    private var starts: [Int] = []
    /// Where each entry's rule marks end, counted over all entries: the current audit numbers its marks this way.
    private var marksEnd: [Int32] = []
    /// The entry of each interned listing id's first row, `-1` for ids not in this audit.
    private var firstEntry: [Int32] = []
    /// Titles and evidence kept by `DigestBuilder`, or the ranking of the current audit to look them up in.
    var texts: DigestTexts

    init(date: AuditDate, basis: RankingBasis, schema: Int = AuditSnapshot.currentSchema, texts: DigestTexts) {
        self.date = date
        self.basis = basis
        self.schema = schema
        self.texts = texts
    }

    /// How many entries (snapshot rows) there are.
    var count: Int { starts.count }

    /// Every entry's rule marks in all.
    var markCount: Int { Int(marksEnd.last ?? 0) }

    /// The bytes the records take, for sizing a digest like this one.
    var recordBytes: Int { records.count }

    /// The first entry of interned listing `id`, if the audit has it.
    func entry(of id: Int32) -> Int? {
        guard id >= 0, Int(id) < firstEntry.count else { return nil }
        let entry = firstEntry[Int(id)]
        return entry < 0 ? nil : Int(entry)
    }

    /// Whether `entry` is the first row of its listing (a repeated id's later rows are not).
    func isFirst(_ entry: Int) -> Bool { self.entry(of: id(of: entry)) == entry }

    /// The interned listing id of `entry`.
    func id(of entry: Int) -> Int32 { record(entry).id }

    /// The score of `entry`.
    func score(of entry: Int) -> Double { record(entry).score }

    /// The counts of `entry`.
    func numbers(of entry: Int) -> Numbers { record(entry).numbers }

    /// The positions of `entry`'s rule marks among every entry's, in order (the current audit keys its streaks
    /// by them).
    func markRange(of entry: Int) -> Range<Int> {
        (entry == 0 ? 0 : Int(marksEnd[entry - 1]))..<Int(marksEnd[entry])
    }

    /// The rules of `entry`, sorted by rule number.
    func rules(of entry: Int) -> DigestRecord.Marks { record(entry).marks }

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
    /// `mask` is empty), as the comparison has always counted them.
    func refunds(of entry: Int, in mask: UInt16) -> Int? {
        record(entry).refunds(in: mask)
    }

    /// Sets aside room for `entries` entries, `ids` interned ids and `bytes` bytes of records, so that a digest of a
    /// known size is not grown by doubling (which would leave up to half of each array unused).
    mutating func reserveCapacity(entries count: Int, ids: Int, bytes: Int) {
        records.reserveCapacity(bytes)
        starts.reserveCapacity(count)
        marksEnd.reserveCapacity(count)
        firstEntry.reserveCapacity(ids)
    }

    /// Adds a row: listing `id`'s `score` and `numbers`, its `marks` (sorted by rule and distinct) and its non-zero
    /// refunds per known category (`counts`), and whether it had per-category counts at all.
    mutating func append(
        id: Int32, score: Double, numbers: Numbers, hasCounts: Bool, marks: [RuleMark], counts: [(UInt8, Int)]
    ) {
        let index = Int32(starts.count)
        starts.append(records.count)
        DigestRecord.write(
            id: id, score: score, numbers: numbers, hasCounts: hasCounts, marks: marks, counts: counts,
            to: &records)
        marksEnd.append(Int32(markCount + marks.count))
        if Int(id) >= firstEntry.count {
            firstEntry += repeatElement(-1, count: Int(id) + 1 - firstEntry.count)
        }
        if firstEntry[Int(id)] < 0 { firstEntry[Int(id)] = index }
    }

    /// Gives back the room the records' array holds beyond an eighth more than it uses (left by growth past a
    /// reservation, or by one made for a larger audit).
    mutating func trimRecords() {
        guard records.capacity > records.count + records.count / 8 else { return }
        let used = records
        records = [UInt8](unsafeUninitializedCapacity: used.count) { buffer, initialized in
            initialized = used.withUnsafeBufferPointer { buffer.initialize(fromContentsOf: $0) }
        }
    }

    /// `entry`'s record.
    private func record(_ entry: Int) -> DigestRecord {
        DigestRecord(records, from: starts[entry], marks: markRange(of: entry).count)
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
