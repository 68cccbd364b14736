import Testing
@testable import ListingAudit

@Suite struct HistoryComparisonTests {
    typealias F = HistoryFixtures

    /// Three weekly audits: L1 has a size problem fixed in the third; L2's colour finding is fixed in the second
    /// and comes back in the third; L3 appears in the second; L4 is steady.
    private var weeks: [AuditSnapshot] {
        let size = F.finding("size.missing_chart", [.sizeFit])
        let vague = F.finding("description.vague", [.notAsDescribed])
        let colour = F.finding("colour.unnamed", [.colourMismatch])
        return [
            F.snapshot("2026-11-05", [
                F.listing("L1", [size, vague], refunds: 12, byCategory: [.sizeFit: 10, .notAsDescribed: 2]),
                F.listing("L2", [colour], refunds: 6, byCategory: [.colourMismatch: 6]),
                F.listing("L4", [vague], refunds: 1, byCategory: [.notAsDescribed: 1]),
            ]),
            F.snapshot("2026-11-12", [
                F.listing("L1", [size, vague], refunds: 9, byCategory: [.sizeFit: 8, .notAsDescribed: 1]),
                F.listing("L2", [], refunds: 1, byCategory: [.colourMismatch: 1]),
                F.listing("L3", [size], refunds: 0),
                F.listing("L4", [vague], refunds: 1, byCategory: [.notAsDescribed: 1]),
            ]),
            F.snapshot("2026-11-19", [
                F.listing("L1", [vague], refunds: 3, linked: 1, byCategory: [.sizeFit: 2, .notAsDescribed: 1],
                    orders: 200),
                F.listing("L2", [colour], refunds: 5, byCategory: [.colourMismatch: 5]),
                F.listing("L3", [size], refunds: 0),
                F.listing("L4", [vague], refunds: 1, byCategory: [.notAsDescribed: 1]),
            ]),
        ]
    }

    @Test func theFirstAuditHasNoHistory() {
        let comparison = HistoryComparison(history: [], current: weeks[0])
        #expect(!comparison.hasHistory)
        #expect(comparison.newFindings.isEmpty && comparison.fixedFindings.isEmpty)
        #expect(comparison.openFindings.isEmpty && comparison.fixEffects.isEmpty)
        #expect(comparison.audits == [F.date("2026-11-05")])
    }

    @Test func newAndFixedFindingsAreAgainstThePreviousAudit() {
        let comparison = HistoryComparison(history: Array(weeks.prefix(2)), current: weeks[2])
        #expect(comparison.previous == F.date("2026-11-12"))
        #expect(comparison.newFindings.map { "\($0.listingID) \($0.ruleID)" } == ["L2 colour.unnamed"])
        #expect(comparison.fixedFindings.map { "\($0.listingID) \($0.ruleID)" } == ["L1 size.missing_chart"])
        #expect(comparison.fixedFindings.first?.evidence == "evidence of size.missing_chart")
    }

    @Test func openFindingsCountConsecutiveAudits() {
        let comparison = HistoryComparison(history: Array(weeks.prefix(2)), current: weeks[2])
        let open = comparison.openFindings.map { "\($0.listingID) \($0.ruleID) \($0.audits) \($0.since)" }
        #expect(open == [
            "L1 description.vague 3 2026-11-05", "L4 description.vague 3 2026-11-05",
            "L3 size.missing_chart 2 2026-11-12",
        ])
    }

    @Test func didTheFixWorkComparesTheLinkedCategoriesBeforeAndAfter() throws {
        let comparison = HistoryComparison(history: Array(weeks.prefix(2)), current: weeks[2])
        #expect(comparison.fixEffects.map(\.listingID) == ["L1", "L2"])
        let size = try #require(comparison.fixEffects.first)
        #expect(size.ruleIDs == ["size.missing_chart"])
        #expect(size.fixedOn == F.date("2026-11-19"))
        #expect(size.measure == .linkedCategories)
        #expect(size.before == RefundTally(
            audits: 2, refunds: 18, orders: 200, from: F.date("2026-11-05"), through: F.date("2026-11-12")))
        #expect(size.after.refunds == 2 && size.after.orders == 200 && size.after.audits == 1)
        #expect(abs(size.delta - (0.01 - 0.09)) < 1e-9)
        #expect(!size.reappeared)

        let colour = try #require(comparison.fixEffects.last)
        #expect(colour.fixedOn == F.date("2026-11-12"))
        #expect(colour.before.refunds == 6 && colour.after.refunds == 1)
        #expect(colour.after.through == F.date("2026-11-12"))
        #expect(colour.reappeared)
    }

    @Test func theTrendAddsUpTheShopPerAudit() {
        let comparison = HistoryComparison(history: Array(weeks.prefix(2)), current: weeks[2])
        #expect(comparison.trend.map(\.findings) == [4, 4, 4])
        #expect(comparison.trend.map(\.linkedRefunds) == [19, 10, 7])
        #expect(comparison.trend.map(\.orders) == [300, 400, 500])
        #expect(comparison.trend.last?.linkedRate == 7.0 / 500)
    }

    @Test func rateChangesUseTheSameCategoriesOnBothSides() {
        let comparison = HistoryComparison(history: Array(weeks.prefix(2)), current: weeks[2])
        // L1: size + description categories 9/100 → 3/200; L2: colour 1/100 → 5/100; L4 steady, L3 no refunds.
        let changes = comparison.rateChanges.map { "\($0.listingID) \($0.before.refunds)->\($0.after.refunds)" }
        #expect(changes == ["L1 9->3", "L2 1->5"])
        #expect(comparison.rateChanges[0].delta < 0 && comparison.rateChanges[1].delta > 0)
    }

    @Test func withoutCategoryCountsTheFixIsMeasuredByAllRefundsAndCountsWithoutOrders() throws {
        let size = F.finding("size.missing_chart")
        let before = F.snapshot("2026-11-05", [F.listing("L1", [size], refunds: 8, orders: nil)])
        let after = F.snapshot("2026-11-12", [F.listing("L1", [], refunds: 2, orders: nil)])
        let comparison = HistoryComparison(history: [before], current: after)
        let effect = try #require(comparison.fixEffects.first)
        #expect(effect.measure == .allRefunds)
        #expect(effect.before.rate == nil && effect.after.rate == nil)
        #expect(effect.delta == -6)
    }

    @Test func laterAndSameDaySnapshotsAreNotHistory() {
        let comparison = HistoryComparison(history: [weeks[1], weeks[2]], current: weeks[1])
        #expect(comparison.audits == [F.date("2026-11-12")])
        #expect(!comparison.hasHistory)
    }

    @Test func snapshotsAreBuiltFromAnAuditResult() {
        let location = SourceLocation(file: "listings.csv", line: 2)
        let finding = Finding(
            listingID: "L1", ruleID: "size.missing_chart", severity: .error,
            message: LocalizedText(zh: "缺尺码表", en: "No size chart"), evidence: "均码", location: location)
        let result = AuditResult(
            version: "9.9", generatedAt: .init(timeIntervalSince1970: 0), language: .zh, inputs: [], basis: .orders,
            parameters: RankingParameters(), totals: AuditTotals(),
            priorities: [ListingPriority(
                rank: 1, listingID: "L1", title: "连衣裙", profile: .apparel, location: location, score: 2.5,
                findingCount: 1, refundsTotal: 5, linkedRefunds: 4, orders: 50)],
            findings: [finding], categories: [],
            evidence: [RuleEvidence(
                ruleID: "size.missing_chart", title: LocalizedText(zh: "缺尺码表", en: "No size chart"),
                categories: [.sizeFit], basis: .orders, listingsWith: 1, listingsWithout: 0,
                with: RateEstimate(events: 4, trials: 50), without: RateEstimate(events: 0, trials: 0))],
            coverage: MatchSummary(), fulfilment: FulfilmentSummary(), unexplained: [])
        let snapshot = AuditSnapshot(
            result: result, date: F.date("2026-11-26"), refundsByCategory: ["L1": [.sizeFit: 4, .other: 1]])
        #expect(snapshot.toolVersion == "9.9")
        let listing = snapshot.listings[0]
        #expect(listing.findings == [SnapshotFinding(
            ruleID: "size.missing_chart", severity: .error, evidence: "均码", categories: [.sizeFit])])
        #expect(listing.refundsByCategory == ["size_fit": 4, "other": 1])
        #expect(listing.linkedRefundRate == 0.08 && listing.refundRate == 0.1)
    }
}
