import Foundation
import Testing
@testable import ListingAudit

/// The fold (one snapshot at a time, compact digests, a second look for long "before" windows) against the
/// comparison as first written (`HistoryReference`), on many made-up histories: in memory and from a store.
@Suite struct HistoryFoldTests {
    typealias F = HistoryFixtures


    private static let rules: [(String, [RefundCategory])] = [
        ("size.missing_chart", [.sizeFit]), ("description.vague", [.notAsDescribed, .qualityDefect]),
        ("colour.unnamed", [.colourMismatch]), ("images.too_few", []),
    ]

    /// A history of 2–7 weekly audits of up to 6 listings that come and go, gain and lose findings, with or
    /// without orders and per-category counts; earlier audits may repeat a listing.
    private static func history(seed: UInt64) -> [AuditSnapshot] {
        var random = SeededGenerator(seed: seed)
        let weeks = Int.random(in: 2...7, using: &random)
        return (0..<weeks).map { week in
            var listings: [ListingSnapshot] = []
            for number in (1...6).shuffled(using: &random) where Int.random(in: 0..<5, using: &random) > 0 {
                let findings = rules.enumerated().compactMap { index, rule -> SnapshotFinding? in
                    guard Int.random(in: 0..<(index == 0 ? 2 : 3), using: &random) == 0 else { return nil }
                    return SnapshotFinding(
                        ruleID: rule.0, severity: .warning, evidence: "w\(week) L\(number) \(rule.0)",
                        categories: rule.1)
                }
                var byCategory: [String: Int] = [:]
                if Bool.random(using: &random) {
                    for category in [RefundCategory.sizeFit, .notAsDescribed, .colourMismatch, .other] {
                        byCategory[category.rawValue] = Int.random(in: 0...4, using: &random)
                    }
                }
                let refunds =
                    byCategory.isEmpty ? Int.random(in: 0...6, using: &random) : byCategory.values.reduce(0, +)
                let listing = ListingSnapshot(
                    listingID: "L\(number)", title: "Week \(week) title \(number)", score: Double(refunds) / 2,
                    findings: findings, refunds: refunds, linkedRefunds: Int.random(in: 0...refunds, using: &random),
                    refundsByCategory: byCategory,
                    orders: Int.random(in: 0..<4, using: &random) == 0 ? nil : Int.random(in: 0...40, using: &random))
                listings.append(listing)
                if week < weeks - 1, Int.random(in: 0..<8, using: &random) == 0 { listings.append(listing) }
            }
            return AuditSnapshot(
                date: F.date(String(format: "2026-%02d-10", week + 1)), toolVersion: "test",
                basis: Bool.random(using: &random) ? .orders : .refundCounts, listings: listings)
        }
    }

    @Test func theFoldAgreesWithTheWholeHistoryComparison() {
        for seed in UInt64(1)...400 {
            let weeks = Self.history(seed: seed)
            let reference = HistoryReference(history: Array(weeks.dropLast()), current: weeks.last!).comparison
            let folded = HistoryComparison(history: Array(weeks.dropLast()), current: weeks.last!)
            #expect(folded == reference, "seed \(seed)")
            if folded != reference { return }
        }
    }

    @Test func theStoreFoldsItsSnapshotsOneAtATime() throws {
        for seed in UInt64(1)...40 {
            let weeks = Self.history(seed: seed)
            let store = HistoryStore(directory: F.temporaryFolder())
            for week in weeks.dropLast() { try store.save(week) }
            let names = HistoryNames()
            var visited: [AuditDate] = []
            let (folded, warnings) = store.compare(
                SnapshotDigest(weeks.last!, names: names, keepingAll: true), names: names
            ) { digest in visited.append(digest.date) }
            #expect(warnings.isEmpty)
            #expect(visited == weeks.dropLast().map(\.date))
            let reference = HistoryReference(history: Array(weeks.dropLast()), current: weeks.last!).comparison
            #expect(folded == reference, "seed \(seed)")
        }
    }

    @Test func snapshotsAreFoldedInTheOrderOfTheirDatesNotTheirNames() throws {
        let weeks = Self.history(seed: 7)
        let store = HistoryStore(directory: F.temporaryFolder())
        for week in weeks.dropLast() { try store.save(week) }
        let renamed = store.directory.appendingPathComponent("audit-0-renamed.json")
        try FileManager.default.moveItem(at: store.url(for: weeks[weeks.count - 2].date), to: renamed)
        let broken = store.directory.appendingPathComponent("audit-1-broken.json")
        try Data("{\"basis\":\"orders\",\"date\":\"2026-01-01\",".utf8).write(to: broken)
        let names = HistoryNames()
        var visited: [AuditDate] = []
        let (folded, warnings) = store.compare(
            SnapshotDigest(weeks.last!, names: names, keepingAll: true), names: names
        ) { digest in visited.append(digest.date) }
        #expect(visited == weeks.dropLast().map(\.date))
        #expect(folded == HistoryReference(history: Array(weeks.dropLast()), current: weeks.last!).comparison)
        #expect(warnings == store.load().warnings && warnings.count == 1)
    }

    @Test func openFindingsAreCountedInFullAndListedUpToTheReportsLimit() {
        // 3 weeks of 400 listings with two findings each, a third week-3 finding on every fifth: 880 open findings,
        // more than are listed, with streaks of 2 and 3 audits, listed longest open first.
        let size = F.finding("size.missing_chart", [.sizeFit])
        let vague = F.finding("description.vague", [.notAsDescribed])
        let colour = F.finding("colour.unnamed", [.colourMismatch])
        let weeks = (1...3).map { week in
            F.snapshot(String(format: "2026-11-%02d", week * 7), (1...400).reversed().map { number in
                let findings = week > 1 && number % 5 == 0 ? [size, vague, colour] : [size, vague]
                return F.listing(String(format: "L%03d", number), findings, refunds: 0, byCategory: [:], orders: 1)
            })
        }
        let folded = HistoryComparison(history: Array(weeks.dropLast()), current: weeks[2])
        let reference = HistoryReference(history: Array(weeks.dropLast()), current: weeks[2]).comparison
        #expect(folded == reference)
        #expect(folded.openFindingCount == 880)
        #expect(folded.openFindings.count == HistoryComparison.listedOpenFindings)
        let first = folded.openFindings.first
        #expect(first?.listingID == "L001" && first?.ruleID == "description.vague" && first?.audits == 3)
        let last = folded.openFindings.last
        #expect(last?.listingID == "L250" && last?.ruleID == "size.missing_chart" && last?.audits == 3)
    }

    @Test func countsTooLargeFor32BitsAreKeptExactly() throws {
        let huge = 5_000_000_000
        let size = F.finding("size.missing_chart", [.sizeFit])
        let weeks = [
            F.snapshot("2026-11-05", [
                F.listing("L1", [size], refunds: huge, byCategory: [.sizeFit: huge - 1], orders: 3 * huge),
                F.listing("L2", [size], refunds: 2, byCategory: [.sizeFit: 2], orders: Int(Int32.min)),
            ]),
            F.snapshot("2026-11-12", [
                F.listing("L1", [], refunds: 7, byCategory: [.sizeFit: 7], orders: 70),
                F.listing("L2", [], refunds: 1, byCategory: [.sizeFit: 1], orders: nil),
            ]),
        ]
        let folded = HistoryComparison(history: [weeks[0]], current: weeks[1])
        #expect(folded == HistoryReference(history: [weeks[0]], current: weeks[1]).comparison)
        #expect(folded.fixEffects.first?.before.refunds == huge - 1)
        #expect(folded.trend.first?.orders == 3 * huge + Int(Int32.min))
        let trend = try F.written { try TrendTable.write(weeks, language: .en, to: $0) }
        #expect(trend.contains(",L1,\(huge).00,1,\(huge),33.33%,\(huge),\(3 * huge)"))
        #expect(trend.contains(",L2,2.00,1,2,,2,\(Int32.min)"))
    }
}
