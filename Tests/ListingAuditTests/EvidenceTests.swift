import Testing
@testable import ListingAudit

@Suite struct EvidenceTests {
    @Test func wilsonIntervalMatchesPublishedValues() {
        // 10 of 100 at 95%: 0.0552 … 0.1744 (Newcombe 1998, method 3).
        let estimate = RateEstimate(events: 10, trials: 100)
        #expect(estimate.rate == 0.1)
        #expect(abs(estimate.lower - 0.0552) < 5e-4 && abs(estimate.upper - 0.1744) < 5e-4)
        let none = RateEstimate(events: 0, trials: 10)
        #expect(none.lower == 0 && abs(none.upper - 0.2775) < 5e-4)
        let all = RateEstimate(events: 10, trials: 10)
        #expect(all.upper == 1 && abs(all.lower - 0.7225) < 5e-4)
        let empty = RateEstimate(events: 3, trials: 0)
        #expect(empty.rate == 0 && empty.lower == 0 && empty.upper == 1 && empty.events == 0)
    }

    @Test func newcombeDifferenceMatchesThePublishedExample() {
        // Newcombe (1998) table II, example (a): 56/70 − 48/80 = 0.2000, method 10: 0.0524 … 0.3339.
        let difference = RateDifference(
            RateEstimate(events: 56, trials: 70), minus: RateEstimate(events: 48, trials: 80))
        #expect(abs(difference.estimate - 0.2) < 1e-12)
        #expect(abs(difference.lower - 0.0524) < 5e-4 && abs(difference.upper - 0.3339) < 5e-4)
        #expect(difference.isCrediblyPositive)
    }

    @Test func perOrderEvidenceComparesListingsWithAndWithoutTheFinding() throws {
        let ledger = LedgerFixture.make(
            listings: ["A", "B", "C", "D"],
            findings: [("A", "size.no_chart", .error), ("B", "size.no_chart", .error)],
            refunds: LedgerFixture.repeated("A", .sizeFit, 10) + LedgerFixture.repeated("B", .sizeFit, 5)
                + LedgerFixture.repeated("C", .sizeFit, 3) + LedgerFixture.repeated("D", .colourMismatch, 9),
            orders: ["A": 100, "B": 50, "C": 200, "D": 0])
        let evidence = try #require(RuleEvidenceBuilder.build(ledger).first)
        #expect(evidence.ruleID == "size.no_chart" && evidence.basis == .orders)
        #expect(evidence.listingsWith == 2 && evidence.listingsWithout == 2)
        #expect(evidence.with.events == 15 && evidence.with.trials == 150)
        // D has no orders, so its refunds have no denominator and stay out.
        #expect(evidence.without.events == 3 && evidence.without.trials == 200)
        #expect(abs(evidence.difference.estimate - (0.1 - 0.015)) < 1e-12)
        #expect(evidence.difference.isCrediblyPositive)
        #expect(evidence.sentence.en.contains("10.0% Size / fit refunds per order vs 1.5% without"))
        #expect(evidence.sentence.en.contains("n=150 / 200 orders"))
    }

    @Test func perListingEvidenceCountsListingsWithALinkedRefund() throws {
        let ledger = LedgerFixture.make(
            listings: ["A", "B", "C", "D", "E"],
            findings: [
                ("A", "colour.random", .warning), ("B", "colour.random", .warning), ("C", "misc.nolink", .advice),
            ],
            refunds: LedgerFixture.repeated("A", .colourMismatch, 4) + [("C", .colourMismatch), ("D", .sizeFit)])
        let table = RuleEvidenceBuilder.build(ledger)
        // Rules that link to no category give no evidence row.
        #expect(table.map(\.ruleID) == ["colour.random"])
        let evidence = try #require(table.first)
        #expect(evidence.basis == .refundCounts)
        #expect(evidence.with.events == 1 && evidence.with.trials == 2)
        #expect(evidence.without.events == 1 && evidence.without.trials == 3)
        #expect(evidence.sentence.zh.contains("商品数 2 / 3"))
    }
}
