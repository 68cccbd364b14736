import Foundation
import Testing
@testable import ListingAudit

/// The ranking keeps only its order and makes each `ListingPriority` row when read: the rows must be exactly the
/// array the ranker built before (`ReferenceRanker`, the code as it was), on ledgers of every shape.
@Suite struct RankingOnDemandTests {
    static let rules: [(String, Severity)] = [
        ("size.no_chart", .error), ("size.missing_options", .warning), ("colour.missing", .warning),
        ("images.too_few", .advice), ("description.thin", .advice), ("title.promotional", .warning),
        ("unknown.rule", .error),
    ]

    /// A ledger of `count` listings with random findings, refunds and (when `orders`) orders.
    static func randomLedger(count: Int, orders: Bool, seed: UInt64) -> AuditLedger {
        var random = SeededGenerator(seed: seed)
        // Some ids need quoting or neutralising in a CSV cell.
        let listings = (0..<count).map { index in
            (index % 11 == 0 ? "=" : "") + "L\(index)" + (index % 5 == 0 ? ",\"q\"\n连衣裙" : "")
        }
        var findings: [(String, String, Severity)] = []
        var refunds: [(String?, RefundCategory)] = []
        var units: [String: Int] = [:]
        for listing in listings {
            for (rule, severity) in rules where random.below(5) == 0 {
                findings.append((listing, rule, random.below(3) == 0 ? .advice : severity))
            }
            for _ in 0..<random.below(12) where random.below(3) > 0 {
                refunds.append((listing, RefundCategory.taxonomy[random.below(RefundCategory.count)]))
            }
            if orders, random.below(4) > 0 { units[listing] = random.below(400) }
        }
        refunds += LedgerFixture.repeated(nil, .sizeFit, 5)
        return LedgerFixture.make(
            listings: listings, findings: findings, refunds: refunds, orders: orders ? units : nil)
    }

    @Test(arguments: [false, true])
    func rowsMadeOnDemandEqualTheArrayTheRankerBuilt(_ orders: Bool) {
        for seed in 1...6 {
            let ledger = Self.randomLedger(count: 300, orders: orders, seed: UInt64(seed))
            let weights = seed.isMultiple(of: 2) ? ["size_fit": 2, "changed_mind": 0] : ["changed_mind": 0.25]
            let parameters = RankingParameters(priorStrength: Double(seed) * 4, categoryWeights: weights)
            let baselines = CategoryBaselines(ledger: ledger)
            let expected = ReferenceRanker(parameters: parameters).rank(ledger, baselines: baselines)
            let ranking = PriorityRanker(parameters: parameters).ranking(ledger, baselines: baselines)
            let rows = ListingPriorities(ranking)
            #expect(rows.count == expected.count)
            #expect(Array(rows) == expected, "seed \(seed)")
            #expect(rows.indices.map(rows.listingID(at:)) == expected.map(\.listingID))
            #expect(rows.linkedRefunds() == expected.map(\.linkedRefunds))
            #expect(ranking.preventableRefunds == expected.reduce(0) { $0 + $1.preventableRefunds })
            #expect(ranking.preventableAmount == expected.reduce(0) { $0 + $1.preventableAmount })
            #expect(rows.listingsWithFindings == expected.filter { $0.findingCount > 0 }.count)
            #expect(rows.firstWithFindings(7) == Array(expected.filter { $0.findingCount > 0 }.prefix(7)))
        }
    }

    /// `priorities.csv` written straight from a ranking is the file its rows, made one by one, would give.
    @Test(arguments: Language.allCases)
    func rankedRowsAreWrittenAsTheRowsWould(_ language: Language) throws {
        for seed in 1...4 {
            for orders in [false, true] {
                let ledger = Self.randomLedger(count: 300, orders: orders, seed: UInt64(seed))
                let ranked = PriorityRanker().rank(ledger, baselines: CategoryBaselines(ledger: ledger))
                #expect(ranked.ranking != nil)
                let direct = try HistoryFixtures.written {
                    try AuditPrioritiesCSV.write(ranked, language: language, to: $0)
                }
                let fromRows = try HistoryFixtures.written {
                    try AuditPrioritiesCSV.write(ListingPriorities(Array(ranked)), language: language, to: $0)
                }
                #expect(direct == fromRows, "seed \(seed), orders \(orders)")
            }
        }
    }

    @Test func rowsGivenAsValuesAreKeptAsTheyAre() {
        let rows = Array(ListingPriorities(ReportFixtures.result().priorities.map { $0 }))
        let given = ListingPriorities(rows)
        #expect(Array(given) == rows)
        #expect(given.listingsWithFindings == 2 && given.firstWithFindings(1).map(\.listingID) == ["L-1"])
        #expect(given.preventableRefunds == 7.5 && given.preventableAmount == 670)
        #expect(ListingPriorities([]).isEmpty)
    }
}

/// The ranker as it was before rows were made on demand: every row built up front (kept as the reference).
struct ReferenceRanker {
    let parameters: RankingParameters

    private struct Score {
        var preventable = 0.0
        var preventableAmount = 0.0
        var expected = 0.0
        var linkedRefunds = 0
        var shrunkRate: Double?
        var topRule: Int32?
        var dominant: RefundCategory?
        var hasHistory = false
    }

    func rank(_ ledger: AuditLedger, baselines: CategoryBaselines) -> [ListingPriority] {
        let count = ledger.listings.count
        let scores = (0..<count).map { score($0, ledger: ledger, baselines: baselines) }
        let order = (0..<count).sorted { precedes($0, $1, scores: scores, ledger: ledger) }
        return order.enumerated().map { rank, listing in
            row(rank: rank + 1, listing: listing, score: scores[listing], ledger: ledger)
        }
    }

    private func score(_ listing: Int, ledger: AuditLedger, baselines: CategoryBaselines) -> Score {
        var score = Score()
        let orders = ledger.orderCount(listing)
        let mask = ledger.mask(listing)
        let refundsTotal = ledger.totalRefunds(listing)
        score.hasHistory = refundsTotal > 0 || (ledger.hasOrders && orders > 0)
        var excess = Array(repeating: 0.0, count: RefundCategory.count)
        var shrunk = 0.0
        var dominantWeight = 0.0
        for category in RefundCategory.categories(in: mask) {
            let refunds = ledger.refunds(listing, category)
            let baseline = baselines[category]
            score.linkedRefunds += refunds
            let raw: Double
            if ledger.hasOrders {
                let n = Double(orders)
                let k = parameters.priorStrength
                let rate = n + k > 0 ? (Double(refunds) + k * baseline) / (n + k) : baseline
                shrunk += rate
                score.expected += baseline * n
                raw = (rate - baseline) * n
            } else {
                score.expected += baseline
                raw = Double(refunds) - baseline
            }
            excess[category.ordinal] = max(0, raw) * parameters.weight(of: category)
            score.preventable += excess[category.ordinal]
            let weight = excess[category.ordinal] * 1e6 + Double(refunds)
            if weight > dominantWeight {
                dominantWeight = weight
                score.dominant = category
            }
        }
        if ledger.hasOrders, mask != 0 { score.shrunkRate = shrunk }
        if score.linkedRefunds > 0 {
            score.preventableAmount = score.preventable * ledger.linkedAmount(listing) / Double(score.linkedRefunds)
        }
        if score.dominant == nil, refundsTotal > 0 {
            score.dominant = RefundCategory.allCases.max { ledger.refunds(listing, $0) < ledger.refunds(listing, $1) }
        }
        var best: (index: Int32, value: Double, breadth: Int)?
        for index in ledger.rules(of: listing) {
            let categories = ledger.rules[Int(index)].categories
            let value = categories.reduce(0) { $0 + excess[$1.ordinal] }
            if let current = best {
                let tied = abs(value - current.value) <= 1e-9
                guard value > current.value + 1e-9 || tied && categories.count < current.breadth else { continue }
            }
            best = (index, value, categories.count)
        }
        score.topRule = best?.index
        return score
    }

    private func precedes(_ a: Int, _ b: Int, scores: [Score], ledger: AuditLedger) -> Bool {
        let sa = scores[a]
        let sb = scores[b]
        let findingsA = ledger.findingCount(a)
        let findingsB = ledger.findingCount(b)
        if (findingsA > 0) != (findingsB > 0) { return findingsA > 0 }
        if findingsA == 0 {
            let refundsA = ledger.totalRefunds(a)
            let refundsB = ledger.totalRefunds(b)
            return refundsA != refundsB ? refundsA > refundsB : a < b
        }
        if sa.hasHistory != sb.hasHistory { return sa.hasHistory }
        if sa.hasHistory, sa.preventable != sb.preventable { return sa.preventable > sb.preventable }
        let severityA = weight(ledger.severity(a))
        let severityB = weight(ledger.severity(b))
        if severityA != severityB { return severityA > severityB }
        if sa.hasHistory, sa.preventableAmount != sb.preventableAmount {
            return sa.preventableAmount > sb.preventableAmount
        }
        if findingsA != findingsB { return findingsA > findingsB }
        return a < b
    }

    private func weight(_ severity: Severity?) -> Int {
        switch severity {
        case nil: 0
        case .advice: 1
        case .warning: 2
        case .error: 3
        }
    }

    private func row(rank: Int, listing: Int, score: Score, ledger: AuditLedger) -> ListingPriority {
        let summary = ledger.listings[listing]
        let orders = ledger.hasOrders ? ledger.orderCount(listing) : nil
        let total = ledger.totalRefunds(listing)
        let top = score.topRule.map { ledger.rules[Int($0)] }
        return ListingPriority(
            rank: rank, listingID: summary.id, title: summary.title, profile: summary.profile,
            location: summary.location, score: score.preventable, findingCount: ledger.findingCount(listing),
            ruleIDs: ledger.rules(of: listing).map { ledger.rules[Int($0)].id },
            maxSeverity: ledger.severity(listing), refundsTotal: total, refundAmount: ledger.amount(listing),
            linkedCategories: RefundCategory.categories(in: ledger.mask(listing)),
            linkedRefunds: score.linkedRefunds, orders: orders,
            refundRate: orders.flatMap { $0 > 0 ? Double(total) / Double($0) : nil },
            shrunkRate: score.shrunkRate, expectedLinkedRefunds: score.expected,
            preventableRefunds: score.preventable, preventableAmount: score.preventableAmount,
            topRuleID: top?.id, topRuleTitle: top?.title, topFix: top?.fix, dominantCategory: score.dominant,
            hasHistory: score.hasHistory, refundExportGiven: ledger.hasRefundExport)
    }
}
