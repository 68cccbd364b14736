/// Listing ids and rule ids interned once for a whole comparison, shared by every digest it reads.
final class HistoryNames {
    private(set) var listings = TextInternTable()
    private(set) var rules = InternTable<String>()

    func listing(_ id: String) -> Int32 { listings.index(of: id) }
    func rule(_ id: String) -> Int32 { rules.index(of: id) }
}

/// Where a digest's titles and evidence come from.
enum DigestTexts {
    /// Those `DigestBuilder` kept: titles by entry, evidence by entry and rule.
    case kept(titles: [Int32: String], evidence: [SnapshotDigest.EvidenceKey: String])
    /// The current audit's ranking: entry `n` is rank `n`.
    case ranking(ListingRanking)
}

extension SnapshotDigest {
    /// The title of `entry` (empty when it was not kept).
    func title(of entry: Int) -> String {
        switch texts {
        case .kept(let titles, _): return titles[Int32(entry)] ?? ""
        case .ranking(let ranking): return ranking.ledger.listings.title(ranking.listing(at: entry))
        }
    }

    /// The evidence of the first finding of `entry` with `rule` (empty when it was not kept).
    func evidence(of entry: Int, rule: Int32, names: HistoryNames) -> String {
        switch texts {
        case .kept(_, let evidence): return evidence[EvidenceKey(entry: Int32(entry), rule: rule)] ?? ""
        case .ranking(let ranking):
            let findings = ranking.ledger.findings
            let ruleID = names.rules[rule]
            for index in findings.range(ofListing: ranking.listing(at: entry)) {
                let record = findings.records[index]
                if findings.rules[Int32(record.rule)] == ruleID { return findings.evidence[record.evidence] }
            }
            return ""
        }
    }
}

/// Builds a digest from listings handed over one at a time. It keeps a title only where a fix shows it (a listing's
/// first row lacks a rule its row in `previous` had) and evidence only where a fixed finding shows it (a rule that
/// the current audit's first row for the listing lacks), or every title and evidence when told to.
struct DigestBuilder {
    private var digest: SnapshotDigest
    private let names: HistoryNames
    private let previous: SnapshotDigest?
    private let current: SnapshotDigest?
    private let keepsAll: Bool
    private var titles: [Int32: String] = [:]
    private var evidence: [SnapshotDigest.EvidenceKey: String] = [:]
    /// The room `reserveCapacity` asked for, taken at the first `append`.
    private var room: (entries: Int, ids: Int, bytes: Int)?

    init(names: HistoryNames, previous: SnapshotDigest?, current: SnapshotDigest?, keepsAll: Bool = false) {
        digest = SnapshotDigest(date: .epoch, basis: .orders, texts: .kept(titles: [:], evidence: [:]))
        self.names = names
        self.previous = previous
        self.current = current
        self.keepsAll = keepsAll
    }

    /// Sets aside room for about `entries` listings, `ids` interned ids and `bytes` bytes of records (see
    /// `SnapshotDigest.reserveCapacity`) when the first listing is added: a builder is copied before it is used, and
    /// room taken before the copy would be taken twice (the copy's first append cannot share the buffer).
    mutating func reserveCapacity(entries: Int, ids: Int, bytes: Int) {
        room = (entries, ids, bytes)
    }

    /// Adds the next listing.
    mutating func append(_ listing: ListingSnapshot) {
        if let (entries, ids, bytes) = room {
            digest.reserveCapacity(entries: entries, ids: ids, bytes: bytes)
            room = nil
        }
        let id = names.listing(listing.listingID)
        let entry = Int32(digest.count)
        let first = digest.entry(of: id) == nil
        var marks: [SnapshotDigest.RuleMark] = []
        var rules: [Int32] = []
        for finding in listing.findings {
            let rule = names.rule(finding.ruleID)
            rules.append(rule)
            let mask = RefundCategory.mask(finding.categories)
            if let index = marks.firstIndex(where: { $0.rule == rule }) {
                marks[index].categories |= mask
            } else {
                marks.append(SnapshotDigest.RuleMark(rule: rule, categories: mask))
            }
        }
        marks.sort { $0.rule < $1.rule }
        let counts = RefundCategory.taxonomy.compactMap { category in
            listing.refundsByCategory[category.rawValue].flatMap { count in
                count == 0 ? nil : (UInt8(category.ordinal), count)
            }
        }
        if keepsAll || (first && lostRule(id, marks)) { titles[entry] = listing.title }
        let currentEntry = keepsAll || !first ? nil : current?.entry(of: id)
        for (finding, rule) in zip(listing.findings, rules) {
            guard keepsAll || currentEntry.map({ current?.has($0, rule: rule) == false }) == true else { continue }
            let key = SnapshotDigest.EvidenceKey(entry: entry, rule: rule)
            if evidence[key] == nil { evidence[key] = finding.evidence }
        }
        digest.append(
            id: id, score: listing.score,
            numbers: SnapshotDigest.Numbers(
                findings: listing.findings.count, refunds: listing.refunds, linkedRefunds: listing.linkedRefunds,
                orders: listing.orders),
            hasCounts: !listing.refundsByCategory.isEmpty, marks: marks, counts: counts)
    }

    /// Whether listing `id`'s row in `previous` has a rule that `marks` lacks.
    private func lostRule(_ id: Int32, _ marks: [SnapshotDigest.RuleMark]) -> Bool {
        guard let previous, let before = previous.entry(of: id) else { return false }
        return previous.rules(of: before).contains { old in !marks.contains { $0.rule == old.rule } }
    }

    /// The digest of the listings added, for an audit on `date`.
    func finish(date: AuditDate, basis: RankingBasis, schema: Int) -> SnapshotDigest {
        var result = digest
        result.trimRecords()
        result.date = date
        result.basis = basis
        result.schema = schema
        result.texts = .kept(titles: titles, evidence: evidence)
        return result
    }
}
