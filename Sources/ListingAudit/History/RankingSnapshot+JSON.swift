/// The JSON a ranking's snapshot repeats from finding to finding, made once per snapshot: each rule's part of a
/// finding's object before its evidence (`{"categories":[…],"evidence":`) and, per severity, after it
/// (`,"rule_id":…,"severity":…}`), and each distinct evidence text as a JSON string. A million-listing shop's 1.7M
/// findings use a few hundred rules and some 30k evidence texts: each is escaped once, not once per finding.
final class RankingFindingJSON {
    private var heads = JSONParts()
    /// Rule `r`'s tail with severity `s` is part `r * Severity.allCases.count + slot(s)`.
    private var tails = JSONParts()
    private var evidence = JSONParts()

    /// The parts of the findings of `findings`, whose rules are `rules` (numbered alike).
    init(findings: AuditFindings, rules: [RuleLinkTable.Entry]) {
        for rule in rules {
            heads.append { SnapshotFinding.writeHead(categories: rule.categories, to: &$0) }
        }
        for id in findings.rules.values {
            for severity in Severity.allCases {
                precondition(Self.slot(severity) == tails.count % Severity.allCases.count)
                tails.append { SnapshotFinding.writeTail(ruleID: id, severity: severity, to: &$0) }
            }
        }
        for text in findings.evidence.values {
            evidence.append { $0.string(text) }
        }
    }

    /// Writes the object of the finding `record` as its `SnapshotFinding` would be written.
    func write(_ record: AuditFindings.Record, to json: inout JSONByteWriter) {
        let rule = Int(record.rule)
        json.raw(heads[rule])
        json.raw(evidence[Int(record.evidence)])
        json.raw(tails[rule * Severity.allCases.count + Self.slot(record.severity)])
    }

    /// The position of `severity` in `Severity.allCases`.
    private static func slot(_ severity: Severity) -> Int {
        switch severity {
        case .advice: 0
        case .warning: 1
        case .error: 2
        }
    }
}

/// Pieces of JSON back to back in one array: piece `i` is `bytes[ends[i - 1]..<ends[i]]`.
private struct JSONParts {
    private var bytes: [UInt8] = []
    private var ends: [Int] = []

    var count: Int { ends.count }

    /// Adds the piece `write` writes.
    mutating func append(_ write: (inout JSONByteWriter) -> Void) {
        var json = JSONByteWriter()
        write(&json)
        bytes += json.bytes
        ends.append(bytes.count)
    }

    subscript(index: Int) -> ArraySlice<UInt8> {
        bytes[(index == 0 ? 0 : ends[index - 1])..<ends[index]]
    }
}

/// The listing at one rank of a ranking, as its snapshot object holds it, read from the ledger as it is written:
/// its id and title escaped from the ledger's bytes, its findings from `RankingFindingJSON`'s parts.
struct RankedListingFields: ListingSnapshotFields {
    private let ranking: ListingRanking
    private let listing: Int
    private let parts: RankingFindingJSON
    private let findings: Range<Int>
    let linkedRefunds: Int
    let orders: Int?
    let refunds: Int
    let score: Double

    /// The fields of `listing` of `ranking`'s ledger, whose score is `score`, its findings written with `parts`.
    init(ranking: ListingRanking, listing: Int, score: ListingScore, parts: RankingFindingJSON) {
        self.ranking = ranking
        self.listing = listing
        self.parts = parts
        findings = ranking.ledger.findings.range(ofListing: listing)
        linkedRefunds = score.linkedRefunds
        orders = ranking.ledger.hasOrders ? ranking.ledger.orderCount(listing) : nil
        refunds = ranking.ledger.totalRefunds(listing)
        self.score = score.preventable
    }

    var findingCount: Int { findings.count }

    var hasRefundsByCategory: Bool {
        RefundCategory.inKeyOrder.contains { ranking.ledger.refunds(listing, $0) > 0 }
    }

    var hasTitle: Bool { ranking.ledger.listings.withTitle(listing) { !$0.isEmpty } }

    func writeFindings(to json: inout JSONByteWriter) {
        for index in findings {
            if index > findings.lowerBound { json.raw(",") }
            parts.write(ranking.ledger.findings.records[index], to: &json)
        }
    }

    func writeListingID(to json: inout JSONByteWriter) {
        ranking.ledger.listings.withID(listing) { json.string(utf8: $0) }
    }

    func writeRefundsByCategory(to json: inout JSONByteWriter) {
        var first = true
        for (category, key) in zip(RefundCategory.inKeyOrder, Self.categoryKeys) {
            let count = ranking.ledger.refunds(listing, category)
            guard count > 0 else { continue }
            json.raw(first ? "{" : ",")
            first = false
            json.raw(key[...])
            json.int(count)
        }
        json.raw("}")
    }

    func writeTitle(to json: inout JSONByteWriter) {
        ranking.ledger.listings.withTitle(listing) { json.string(utf8: $0) }
    }

    /// Each category's key in `refunds_by_category`, `"id":`, in `RefundCategory.inKeyOrder`.
    private static let categoryKeys: [[UInt8]] = RefundCategory.inKeyOrder.map { category in
        var json = JSONByteWriter()
        json.string(category.rawValue)
        json.raw(":")
        return json.bytes
    }
}
