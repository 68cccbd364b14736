/// Listing ids and rule ids interned once for a whole comparison, shared by every digest it reads.
final class HistoryNames {
    private(set) var listings = TextInternTable()
    private(set) var rules = InternTable<String>()

    /// Each spelling of a rule id met in a snapshot's bytes, with its number.
    private var ruleSpellings: [(bytes: [UInt8], rule: Int32)] = []

    func listing(_ id: String) -> Int32 { listings.index(of: id) }
    /// The number of the listing id whose UTF-8 bytes are `utf8` (as `listing(_:)` numbers its `String`).
    func listing(utf8: UnsafeBufferPointer<UInt8>) -> Int32 { listings.index(ofBytes: utf8) }
    func rule(_ id: String) -> Int32 { rules.index(of: id) }

    /// The number of the listing id `text` (by its bytes, as `listing(_:)` numbers the `String`).
    func listing(_ text: SnapshotText) -> Int32 {
        text.escaped ? listings.index(of: text.string) : listings.index(ofBytes: text.raw)
    }

    /// The number of the rule id `text`: a snapshot holds a few rule ids many times over, so each spelling is made a
    /// `String` and interned once, then found again by its bytes.
    func rule(_ text: SnapshotText) -> Int32 {
        for spelling in ruleSpellings where spelling.bytes.withUnsafeBufferPointer({ $0.hasSameBytes(as: text.raw) }) {
            return spelling.rule
        }
        let number = rule(text.string)
        ruleSpellings.append((Array(text.raw), number))
        return number
    }
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
    /// The listing being added: its findings' rule marks, in finding order, and its non-zero refunds per known
    /// category (ordinal, count); kept from one listing to the next.
    private var findingMarks: [SnapshotDigest.RuleMark] = []
    private var counts: [(UInt8, Int)] = []
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
        let id = names.listing(listing.listingID)
        findingMarks.removeAll(keepingCapacity: true)
        for finding in listing.findings {
            findingMarks.append(SnapshotDigest.RuleMark(
                rule: names.rule(finding.ruleID), categories: RefundCategory.mask(finding.categories)))
        }
        // The listing's few counts, not a look-up (a hash of the name) for each of the taxonomy's categories.
        counts.removeAll(keepingCapacity: true)
        for (name, count) in listing.refundsByCategory where count != 0 {
            if let category = RefundCategory(rawValue: name) { counts.append((UInt8(category.ordinal), count)) }
        }
        append(
            id: id, score: listing.score,
            numbers: SnapshotDigest.Numbers(
                findings: listing.findings.count, refunds: listing.refunds, linkedRefunds: listing.linkedRefunds,
                orders: listing.orders),
            hasCounts: !listing.refundsByCategory.isEmpty, title: { listing.title },
            evidence: { listing.findings[$0].evidence })
    }

    /// Adds the next listing of a snapshot being read, as `append(_:)` adds the `ListingSnapshot` it stands for,
    /// making a `String` only of the title and evidence kept.
    mutating func append(_ listing: SnapshotListing) {
        let id = names.listing(listing.id)
        findingMarks.removeAll(keepingCapacity: true)
        for finding in listing.findings {
            var categories: UInt16 = 0
            for category in listing.categories[finding.categories] { categories |= category.bit }
            findingMarks.append(SnapshotDigest.RuleMark(rule: names.rule(finding.rule), categories: categories))
        }
        counts.removeAll(keepingCapacity: true)
        for count in listing.counts where count.count != 0 {
            if let category = count.category { counts.append((UInt8(category.ordinal), count.count)) }
        }
        append(
            id: id, score: listing.score,
            numbers: SnapshotDigest.Numbers(
                findings: listing.findings.count, refunds: listing.refunds, linkedRefunds: listing.linkedRefunds,
                orders: listing.orders),
            hasCounts: !listing.counts.isEmpty, title: { listing.title?.string ?? "" },
            evidence: { listing.findings[$0].evidence.string })
    }

    /// Adds listing `id` with `findingMarks` (its findings' rules and categories, in finding order) and `counts`
    /// (its non-zero refunds per known category), keeping its title and evidence (`evidence(n)` is finding `n`'s)
    /// where a fix shows them.
    private mutating func append(
        id: Int32, score: Double, numbers: SnapshotDigest.Numbers, hasCounts: Bool, title: () -> String,
        evidence evidenceOfFinding: (Int) -> String
    ) {
        takeRoom()
        let entry = Int32(digest.count)
        let first = digest.entry(of: id) == nil
        let marks = Self.marks(findingMarks)
        counts.sort { $0.0 < $1.0 }
        if keepsAll || (first && lostRule(id, marks)) { titles[entry] = title() }
        let currentEntry = keepsAll || !first ? nil : current?.entry(of: id)
        for (index, finding) in findingMarks.enumerated() {
            guard keepsAll || currentEntry.map({ current?.has($0, rule: finding.rule) == false }) == true
            else { continue }
            let key = SnapshotDigest.EvidenceKey(entry: entry, rule: finding.rule)
            if evidence[key] == nil { evidence[key] = evidenceOfFinding(index) }
        }
        digest.append(id: id, score: score, numbers: numbers, hasCounts: hasCounts, marks: marks, counts: counts)
    }

    /// Adds the next listing from its parts, keeping no title or evidence (for the current audit, whose texts are
    /// looked up in its ranking), as `append(_:)` adds the `ListingSnapshot` with these parts without making it:
    /// `listing` is its id's number in `names`; `findings` gives each finding's rule, interned in `names`, and the
    /// categories its rule links to, in finding order; `counts` the listing's non-zero refunds per category
    /// (ordinal, count), in taxonomy order.
    mutating func append(
        listing: Int32, score: Double, numbers: SnapshotDigest.Numbers,
        findings: some Sequence<SnapshotDigest.RuleMark>, counts: [(UInt8, Int)]
    ) {
        takeRoom()
        digest.append(
            id: listing, score: score, numbers: numbers, hasCounts: !counts.isEmpty,
            marks: Self.marks(findings), counts: counts)
    }

    /// Takes the room `reserveCapacity` asked for, once.
    private mutating func takeRoom() {
        guard let (entries, ids, bytes) = room else { return }
        digest.reserveCapacity(entries: entries, ids: ids, bytes: bytes)
        room = nil
    }

    /// The distinct rules of `findings`, sorted, each with the categories of all its findings.
    private static func marks(_ findings: some Sequence<SnapshotDigest.RuleMark>) -> [SnapshotDigest.RuleMark] {
        var marks: [SnapshotDigest.RuleMark] = []
        for finding in findings {
            if let index = marks.firstIndex(where: { $0.rule == finding.rule }) {
                marks[index].categories |= finding.categories
            } else {
                marks.append(finding)
            }
        }
        marks.sort { $0.rule < $1.rule }
        return marks
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
