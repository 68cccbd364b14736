import Testing
@testable import ListingAudit

/// Builds ledgers from a few lines of synthetic data for the ranking, evidence and linking tests.
enum LedgerFixture {
    static func make(
        listings: [String], findings: [(String, String, Severity)] = [],
        refunds: [(String?, RefundCategory)] = [], amounts: Double = 10, orders: [String: Int]? = nil,
        links: RefundLinkMap = RefundLinkMap()
    ) -> AuditLedger {
        let location = SourceLocation(file: "listings.csv", line: 2)
        var ledger = AuditLedger(
            listings: listings.map {
                AuditListing(id: $0, title: "Title \($0)", profile: .apparel, location: location)
            },
            findings: findings.map {
                Finding(
                    listingID: $0.0, ruleID: $0.1, severity: $0.2, message: LocalizedText(zh: "问题", en: "problem"),
                    evidence: "", location: location)
            },
            ruleLinks: RuleLinkTable(descriptions: [], links: links))
        for (listing, category) in refunds {
            ledger.addRefund(
                position: listing.flatMap(ledger.position(of:)), category: category, amount: amounts,
                type: .returnAndRefund, matchedBy: listing == nil ? .unmatched : .listingID)
        }
        if let orders {
            ledger.markOrdersRead()
            for (listing, count) in orders.sorted(by: { $0.key < $1.key }) {
                ledger.addOrder(position: ledger.position(of: listing), quantity: count)
            }
        }
        return ledger
    }

    static func repeated(_ listing: String?, _ category: RefundCategory, _ count: Int) -> [(String?, RefundCategory)] {
        Array(repeating: (listing, category), count: count)
    }

    static func rank(
        _ ledger: AuditLedger, _ parameters: RankingParameters = RankingParameters()
    ) -> ListingPriorities {
        PriorityRanker(parameters: parameters).rank(ledger, baselines: CategoryBaselines(ledger: ledger))
    }
}

@Suite struct RankingTests {
    @Test func shrinkageKeepsATwoOrderListingBelowAnEstablishedOne() throws {
        // Baseline: C has no size finding, 20 size refunds in 1000 orders (2%).
        let ledger = LedgerFixture.make(
            listings: ["A", "B", "C"],
            findings: [("A", "size.no_chart", .error), ("B", "size.no_chart", .warning)],
            refunds: LedgerFixture.repeated("A", .sizeFit, 1) + LedgerFixture.repeated("B", .sizeFit, 20)
                + LedgerFixture.repeated("C", .sizeFit, 20),
            orders: ["A": 2, "B": 200, "C": 1000])
        let rows = LedgerFixture.rank(ledger)
        #expect(rows.map(\.listingID) == ["B", "A", "C"])
        let b = try #require(rows.first)
        // (20 + 20·0.02) / (200 + 20) − 0.02, times 200 orders.
        #expect(abs(b.shrunkRate! - 20.4 / 220) < 1e-12)
        #expect(abs(b.preventableRefunds - (20.4 / 220 - 0.02) * 200) < 1e-9)
        #expect(abs(b.expectedLinkedRefunds - 4) < 1e-12)
        #expect(b.score == b.preventableRefunds)
        #expect(abs(b.preventableAmount - b.preventableRefunds * 10) < 1e-9)
        let a = rows[1]
        #expect(abs(a.preventableRefunds - (1.4 / 22 - 0.02) * 2) < 1e-12)
        #expect(a.preventableRefunds < 0.1)
        #expect(a.refundRate == 0.5)
        #expect(rows[2].score == 0)
    }

    @Test func withoutOrdersCountsInExcessOfTheMeanListingAreRanked() throws {
        let ledger = LedgerFixture.make(
            listings: ["A", "B", "C", "D"],
            findings: [("A", "size.no_chart", .warning), ("D", "size.no_chart", .warning)],
            refunds: LedgerFixture.repeated("A", .sizeFit, 5) + LedgerFixture.repeated("B", .sizeFit, 1)
                + LedgerFixture.repeated("C", .sizeFit, 3) + LedgerFixture.repeated("D", .sizeFit, 1))
        let rows = LedgerFixture.rank(ledger)
        let a = try #require(rows.first)
        #expect(a.listingID == "A")
        #expect(a.orders == nil && a.shrunkRate == nil && a.refundRate == nil)
        #expect(a.expectedLinkedRefunds == 2)
        #expect(a.preventableRefunds == 3)
        // D has fewer size refunds than the baseline mean: nothing to prevent, never negative.
        #expect(rows.first { $0.listingID == "D" }?.preventableRefunds == 0)
    }

    @Test func severityBreaksTiesAndInputOrderBreaksTheRest() {
        let ledger = LedgerFixture.make(
            listings: ["A", "B", "C", "D"],
            findings: [("A", "size.no_chart", .advice), ("B", "size.no_chart", .error), ("C", "colour.x", .advice)],
            refunds: [("A", .other), ("B", .other), ("C", .other), ("D", .other)])
        #expect(LedgerFixture.rank(ledger).map(\.listingID) == ["B", "A", "C", "D"])
    }

    @Test func newProductsComeAfterListingsWithHistoryRankedBySeverityAndMarked() {
        let ledger = LedgerFixture.make(
            listings: ["new-warning", "old", "new-error"],
            findings: [
                ("new-warning", "size.a", .warning), ("new-error", "size.a", .error), ("old", "title.a", .advice),
            ],
            refunds: [("old", .changedMind)], orders: ["old": 30])
        let rows = LedgerFixture.rank(ledger)
        #expect(rows.map(\.listingID) == ["old", "new-error", "new-warning"])
        #expect(rows.map(\.hasHistory) == [true, false, false])
        #expect(rows.map(\.rank) == [1, 2, 3])
        #expect(rows[1].why.en.hasPrefix("New product"))
        #expect(rows[1].orders == 0 && rows[1].refundRate == nil)
    }

    @Test func refundHeavyListingWithoutFindingsScoresZeroAndIsReportedSeparately() throws {
        let ledger = LedgerFixture.make(
            listings: ["courier", "dress", "plain1", "plain2"],
            findings: [("dress", "size.no_chart", .error)],
            refunds: LedgerFixture.repeated("courier", .damagedInTransit, 30)
                + LedgerFixture.repeated("courier", .wrongOrMissingItem, 5)
                + LedgerFixture.repeated("dress", .sizeFit, 6) + [("plain1", .sizeFit), ("plain2", .other)])
        let rows = LedgerFixture.rank(ledger)
        #expect(rows.first?.listingID == "dress")
        let courier = try #require(rows.first { $0.listingID == "courier" })
        #expect(courier.score == 0 && courier.dominantCategory == .damagedInTransit)
        #expect(courier.why.en.contains("check packing, courier or warehouse"))
        let unexplained = RefundHeavyFinder.unexplained(ledger, parameters: RankingParameters())
        #expect(unexplained.map(\.listingID) == ["courier"])
        #expect(unexplained.first?.dominantCategory == .damagedInTransit)
        #expect(unexplained.first?.dominantCount == 30)
        let fulfilment = RefundHeavyFinder.fulfilment(ledger)
        #expect(fulfilment.count == 35)
        #expect(abs(fulfilment.share - 35.0 / 43.0) < 1e-12)
        #expect(fulfilment.topListings.map(\.listingID) == ["courier"])
    }

    @Test func changedMindCountsAtAQuarterWhenLinked() throws {
        let links = RefundLinkMap(overrides: ["description": [.notAsDescribed, .changedMind]])
        let ledger = LedgerFixture.make(
            listings: ["A", "B"], findings: [("A", "description.vague", .warning)],
            refunds: LedgerFixture.repeated("A", .changedMind, 8) + LedgerFixture.repeated("A", .notAsDescribed, 2),
            links: links)
        let a = try #require(LedgerFixture.rank(ledger).first)
        #expect(a.linkedRefunds == 10)
        #expect(a.preventableRefunds == 2 + 0.25 * 8)
        #expect(a.dominantCategory == .changedMind)
    }

    @Test func topRuleIsTheOneWhoseCategoriesHoldTheExcess() throws {
        let ledger = LedgerFixture.make(
            listings: ["A", "B"],
            findings: [("A", "title.short", .error), ("A", "size.no_chart", .warning)],
            refunds: LedgerFixture.repeated("A", .sizeFit, 4) + [("A", .notAsDescribed)])
        let a = try #require(LedgerFixture.rank(ledger).first)
        #expect(a.ruleIDs == ["title.short", "size.no_chart"])
        #expect(a.topRuleID == "size.no_chart")
        #expect(a.maxSeverity == .error)
        #expect(a.linkedCategories == [.sizeFit, .notAsDescribed])
        #expect(a.why.en.contains("mostly Size / fit"))
    }

    @Test func unmatchedAndUnknownListingRefundsCountOnlyInShopTotals() {
        let ledger = LedgerFixture.make(
            listings: ["A"], refunds: [(nil, .sizeFit), ("ghost", .sizeFit), ("A", .sizeFit)])
        #expect(ledger.coverage == MatchSummary(byListingID: 1, bySKU: 0, byTitle: 0, unmatched: 2))
        #expect(ledger.categories[0].count == 3 && ledger.categories[0].matched == 1)
        #expect(ledger.totalRefunds(0) == 1)
    }
}
