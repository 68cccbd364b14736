import Foundation
import Testing
@testable import ListingAudit

/// The planted causes of `Corpus/demo-shop` (see its `generate.py`) must come out on top, and the listings whose
/// refunds are not a listing problem must not.
@Suite struct DemoShopTests {
    static let folder = TestPaths.corpus.appendingPathComponent("demo-shop").path

    /// The demo shop audited once for all tests of the suite.
    private static let shared: Result<AuditResult, AuditError> = Result { () throws(AuditError) in
        try DemoShopAudit.run(folder)
    }

    static func audit() throws -> AuditResult { try shared.get() }

    @Test func plantedCausesRankFirstWithTheirFix() throws {
        let result = try Self.audit()
        #expect(result.basis == .orders && result.language == .zh)
        #expect(result.priorities.prefix(3).map(\.listingID) == ["D01", "D02", "D03"])
        let top = Dictionary(uniqueKeysWithValues: result.priorities.prefix(3).map { ($0.listingID, $0) })
        #expect(top["D01"]?.dominantCategory == .sizeFit && top["D01"]?.topRuleID?.hasPrefix("size.") == true)
        #expect(top["D02"]?.dominantCategory == .colourMismatch && top["D02"]?.topRuleID == "colour.vague_values")
        #expect(top["D03"]?.dominantCategory == .notAsDescribed)
        for row in result.priorities.prefix(3) {
            #expect(row.preventableRefunds > 20 && row.preventableAmount > 0 && row.hasHistory)
        }
    }

    @Test func courierDamageAndATwoOrderListingDoNotTopTheList() throws {
        let result = try Self.audit()
        let courier = try #require(result.priorities.first { $0.listingID == "D04" })
        #expect(courier.score == 0 && courier.findingCount == 0 && courier.rank > 3)
        // Every listing a fix would help ranks above it.
        #expect(result.priorities.filter { $0.score > 0 }.allSatisfy { $0.rank < courier.rank })
        #expect(result.unexplained.first?.listingID == "D04")
        #expect(result.unexplained.first?.dominantCategory == .damagedInTransit)
        #expect(result.fulfilment.topListings.first?.listingID == "D04")
        let tiny = try #require(result.priorities.first { $0.listingID == "D05" })
        #expect(tiny.findingCount > 0 && tiny.refundRate == 0.5)
        #expect(tiny.rank > 3 && tiny.preventableRefunds < 0.5)
    }

    @Test func newProductWithFindingsIsRankedAfterListingsWithHistoryAndMarked() throws {
        let result = try Self.audit()
        let withFindings = result.priorities.filter { $0.findingCount > 0 }
        let fresh = try #require(withFindings.last)
        #expect(fresh.listingID == "D06")
        #expect(withFindings.dropLast().allSatisfy { $0.hasHistory })
        #expect(!fresh.hasHistory && fresh.findingCount > 0 && fresh.orders == 0)
        #expect(fresh.why.zh.hasPrefix("新品"))
    }

    @Test func listingsWithoutFindingsComeLastByRefundCount() throws {
        let result = try Self.audit()
        let firstClean = try #require(result.priorities.firstIndex { $0.findingCount == 0 })
        let clean = result.priorities[firstClean...]
        #expect(clean.allSatisfy { $0.findingCount == 0 && $0.score == 0 })
        #expect(zip(clean, clean.dropFirst()).allSatisfy { $0.refundsTotal >= $1.refundsTotal })
        #expect(clean.first?.listingID == "D04")
    }

    @Test func everyRefundIsCountedAndMatchedByIdSKUOrTitle() throws {
        let result = try Self.audit()
        let coverage = result.coverage
        // Counted in Corpus/demo-shop with Python's csv.DictReader: 520 after-sales rows; 423 name a listed 商品ID,
        // 64 more a listed 商家编码 (SKU), 27 more a listed 商品名称, 6 none (the unmatched); orders.csv has 8,351
        // rows of quantity 1 (sum of 商品数量 = 8,351), each naming a listed 商品ID.
        #expect(coverage.total == 520)
        #expect(coverage.byListingID > 0 && coverage.bySKU > 0 && coverage.byTitle > 0)
        #expect(coverage.unmatched == 6)
        #expect(result.categories.reduce(0) { $0 + $1.count } == 520)
        let refunds = try #require(result.inputs.first { $0.kind == .refunds })
        #expect(refunds.rowsRead == 520 && refunds.skipped == 0 && refunds.format == "chinese-shop")
        #expect(result.totals.orders == 8351 && result.totals.matchedOrders == 8351)
    }

    @Test func evidenceShowsTheSizeRuleRaisesSizeRefunds() throws {
        let result = try Self.audit()
        let size = try #require(result.evidence.first { $0.ruleID == "size.no_measurements" })
        #expect(size.basis == .orders && size.difference.isCrediblyPositive)
        #expect(size.with.rate > size.without.rate)
    }
}
