import Foundation
import Testing
@testable import ListingAudit

/// The weekly snapshot is written straight from the ranking's ledger, each rule's and evidence text's JSON made once:
/// it must be byte for byte what `JSONEncoder` writes for the `AuditSnapshot` of the same listings.
@Suite struct RankingSnapshotJSONTests {
    static let rules = ["size.no_chart", "a/b\\c\"d", "连衣裙.规则", "ctl\u{1}\t\n.rule", "🙂.rule", "images.too_few"]

    /// A ledger of listings with tricky ids, titles, rule ids and evidence, random findings of every severity, refunds
    /// in random categories and (when `orders`) orders.
    static func trickyLedger(seed: UInt64, orders: Bool) -> AuditLedger {
        let texts = SnapshotJSONTests.trickyTexts
        var random = SeededGenerator(seed: seed)
        let location = SourceLocation(file: "listings.csv", line: 2)
        let listings = (0..<160).map { index in
            AuditListing(
                id: "\(index)" + (index % 3 == 0 ? texts[index % texts.count] : ""),
                title: index % 5 == 0 ? "" : texts[(index * 7) % texts.count], profile: .apparel, location: location)
        }
        var findings: [Finding] = []
        for listing in listings {
            for rule in rules where random.below(3) == 0 {
                findings.append(Finding(
                    listingID: listing.id, ruleID: rule, severity: Severity.allCases[random.below(3)],
                    message: LocalizedText(zh: "问题", en: "problem"),
                    evidence: random.below(4) == 0 ? "" : texts[random.below(texts.count)], location: location))
            }
        }
        var links: [String: [RefundCategory]] = [:]
        for rule in rules where random.below(4) > 0 {
            links[rule] = RefundCategory.taxonomy.filter { _ in random.below(3) == 0 }
        }
        var ledger = AuditLedger(
            listings: listings, findings: findings,
            ruleLinks: RuleLinkTable(descriptions: [], links: RefundLinkMap(overrides: links)))
        for position in listings.indices {
            for _ in 0..<random.below(8) {
                ledger.addRefund(
                    position: position, category: RefundCategory.taxonomy[random.below(RefundCategory.count)],
                    amount: 10, type: .returnAndRefund, matchedBy: .listingID)
            }
        }
        if orders {
            ledger.markOrdersRead()
            for position in listings.indices where random.below(4) > 0 {
                ledger.addOrder(position: position, quantity: random.below(400))
            }
        }
        return ledger
    }

    /// The `AuditSnapshot` of `ranking`, made listing by listing from its ledger's `Finding`s.
    static func reference(_ ranking: ListingRanking, toolVersion: String, date: AuditDate) -> AuditSnapshot {
        let ledger = ranking.ledger
        let listings = ranking.order.map { position in
            let listing = Int(position)
            let score = ranking.scorer.score(listing, in: ledger)
            let findings = ledger.findings.range(ofListing: listing).map { index in
                let finding = ledger.findings[index]
                return SnapshotFinding(
                    ruleID: finding.ruleID, severity: finding.severity, evidence: finding.evidence,
                    categories: ledger.rules[Int(ledger.findings.records[index].rule)].categories)
            }
            var byCategory: [String: Int] = [:]
            for category in RefundCategory.taxonomy where ledger.refunds(listing, category) > 0 {
                byCategory[category.rawValue] = ledger.refunds(listing, category)
            }
            return ListingSnapshot(
                listingID: ledger.listings.id(listing), title: ledger.listings.title(listing),
                score: score.preventable, findings: findings, refunds: ledger.totalRefunds(listing),
                linkedRefunds: score.linkedRefunds, refundsByCategory: byCategory,
                orders: ledger.hasOrders ? ledger.orderCount(listing) : nil)
        }
        return AuditSnapshot(
            date: date, toolVersion: toolVersion, basis: ledger.hasOrders ? .orders : .refundCounts,
            listings: listings)
    }

    @Test(arguments: [false, true])
    func aRankingIsWrittenAsJSONEncoderWritesItsSnapshot(_ orders: Bool) throws {
        for seed in 1...4 {
            let ledger = Self.trickyLedger(seed: UInt64(seed), orders: orders)
            let ranking = PriorityRanker().ranking(ledger, baselines: CategoryBaselines(ledger: ledger))
            let date = HistoryFixtures.date("2026-11-26")
            let snapshot = RankingSnapshot(ranking: ranking, toolVersion: "1.0 \"β\"", date: date)
            var bytes: [UInt8] = []
            #expect(snapshot.writeJSON { bytes += $0 })
            let expected = Self.reference(ranking, toolVersion: "1.0 \"β\"", date: date)
            #expect(expected.listings.contains { !$0.findings.isEmpty && !$0.refundsByCategory.isEmpty })
            #expect(bytes == (try SnapshotJSONTests.encoded(expected)), "seed \(seed), orders \(orders)")
        }
    }

    /// The current audit's digest, its ids interned from the ledger's bytes, is the digest of its snapshot.
    @Test(arguments: [false, true])
    func aRankingsDigestIsTheDigestOfItsSnapshot(_ orders: Bool) {
        for seed in 5...7 {
            let ledger = Self.trickyLedger(seed: UInt64(seed), orders: orders)
            let ranking = PriorityRanker().ranking(ledger, baselines: CategoryBaselines(ledger: ledger))
            let date = HistoryFixtures.date("2026-11-26")
            let (names, expectedNames) = (HistoryNames(), HistoryNames())
            let digest = RankingSnapshot(ranking: ranking, toolVersion: "1", date: date).digest(names: names)
            let expected = SnapshotDigest(Self.reference(ranking, toolVersion: "1", date: date), names: expectedNames)
            #expect(digest.count == expected.count)
            #expect(digest.count == ledger.listings.count)
            for entry in 0..<min(digest.count, expected.count) {
                #expect(names.listings[digest.id(of: entry)] == expectedNames.listings[expected.id(of: entry)])
                #expect(digest.score(of: entry).bitPattern == expected.score(of: entry).bitPattern)
                let (numbers, expectedNumbers) = (digest.numbers(of: entry), expected.numbers(of: entry))
                #expect(numbers.findings == expectedNumbers.findings && numbers.refunds == expectedNumbers.refunds)
                #expect(numbers.linkedRefunds == expectedNumbers.linkedRefunds)
                #expect(numbers.orders == expectedNumbers.orders)
                #expect(digest.rules(of: entry).map { names.rules[$0.rule] + "\($0.categories)" }
                    == expected.rules(of: entry).map { expectedNames.rules[$0.rule] + "\($0.categories)" })
                for mask in [UInt16(0), 1, 0b1_0110, 0x1FF] {
                    #expect(digest.refunds(of: entry, in: mask) == expected.refunds(of: entry, in: mask))
                }
            }
        }
    }

    @Test func wholeNumbersAreWrittenAsStringWritesThem() {
        var values = [0, 1, -1, 9, -9, Int.max, Int.min, Int.max - 1, Int.min + 1]
        var power = 1
        for _ in 0..<18 {
            power *= 10
            values += [power - 1, power, power + 1, -power]
        }
        for value in values {
            var json = JSONByteWriter()
            json.int(value)
            #expect(json.bytes == Array(String(value).utf8), "\(value)")
        }
    }
}
