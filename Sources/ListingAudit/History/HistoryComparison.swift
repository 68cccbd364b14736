/// The current audit against the earlier ones: new, fixed and still-open findings, refund rate changes since the
/// last audit, and the before/after refunds of every fix the history shows.
public struct HistoryComparison: Sendable, Equatable {
    public var current: AuditDate
    /// The audit compared against, `nil` on the first audit.
    public var previous: AuditDate?
    /// Every audit considered, oldest first, the current one last.
    public var audits: [AuditDate]
    public var newFindings: [FindingChange]
    public var fixedFindings: [FindingChange]
    /// Current findings already present in the audit before (two or more consecutive audits), longest open first:
    /// the first `listedOpenFindings` of them. A shop audited unchanged has every finding open (millions at a
    /// million listings), and nothing shows more than the first few hundred.
    public var openFindings: [OpenFinding]
    /// How many current findings are open since an earlier audit (`openFindings` lists the first of them).
    public var openFindingCount: Int
    /// At most how many open findings `openFindings` lists: as many as the report's history tables show.
    public static let listedOpenFindings = HTMLReport.historyRowLimit
    public var rateChanges: [RateChange]
    /// Fixes seen anywhere in the history, most recent first.
    public var fixEffects: [FixEffect]
    /// Shop totals per audit, oldest first, the current one last.
    public var trend: [ShopTrendPoint]

    /// Whether there was an earlier audit to compare with.
    public var hasHistory: Bool { previous != nil }

    /// Compares `current` with the snapshots in `history` dated before it (later or same-day ones are ignored).
    /// A rate change counts when linked refunds per order move by at least `minimumRateChange` (or, without
    /// orders, linked refunds by at least one).
    public init(history: [AuditSnapshot], current: AuditSnapshot, minimumRateChange: Double = 0.01) {
        let names = HistoryNames()
        let sequence = history.filter { $0.date < current.date }.sorted { $0.date < $1.date }
        var fold = HistoryFold(
            current: SnapshotDigest(current, names: names, keepingAll: true), names: names,
            minimumRateChange: minimumRateChange)
        for snapshot in sequence {
            var builder = fold.builder()
            for listing in snapshot.listings { builder.append(listing) }
            fold.fold(builder.finish(date: snapshot.date, basis: snapshot.basis, schema: snapshot.schema))
        }
        self = fold.finish { SnapshotDigest(sequence[$0], names: names) }
    }

    /// The comparison before any change is looked for: `audits` and `trend` as given.
    init(current: AuditDate, audits: [AuditDate], trend: [ShopTrendPoint]) {
        self.current = current
        self.audits = audits
        self.trend = trend
        previous = audits.count > 1 ? audits[audits.count - 2] : nil
        newFindings = []
        fixedFindings = []
        openFindings = []
        openFindingCount = 0
        rateChanges = []
        fixEffects = []
    }
}
