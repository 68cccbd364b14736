import Foundation
import Testing

@testable import ListingAudit

/// `Corpus/demo-shop-xlsx` holds the demo shop's data as a 抖店 back office exports it (workbooks with title rows,
/// merged product cells, prices stored as text, dates as Excel dates, a notes sheet; see
/// `scripts/generate-xlsx-fixtures.py`). Its audit must rank exactly as the CSV shop's.
@Suite struct DemoShopWorkbookTests {
    static let folder = TestPaths.corpus.appendingPathComponent("demo-shop-xlsx").path

    @Test func theFolderIsFoundByItsWorkbooksHeaders() throws {
        let found = try InputDiscovery.find(in: Self.folder)
        #expect(found.listings.hasSuffix("商品列表.xlsx"))
        #expect(found.refunds?.hasSuffix("售后单.xlsx") == true)
        #expect(found.orders?.hasSuffix("订单明细.xlsx") == true)
        #expect(found.ignored.isEmpty)
    }

    @Test func auditGivesTheSamePrioritiesAsTheCSVShop() throws {
        let workbooks = try DemoShopAudit.run(Self.folder)
        let csv = try DemoShopTests.audit()
        #expect(workbooks.language == .zh && workbooks.basis == csv.basis)
        #expect(workbooks.priorities.count == csv.priorities.count)
        for (a, b) in zip(workbooks.priorities, csv.priorities) {
            #expect(a.rank == b.rank && a.listingID == b.listingID, "\(a.listingID) vs \(b.listingID)")
            #expect(a.score == b.score && a.ruleIDs == b.ruleIDs, "\(a.listingID)")
            #expect(a.refundsTotal == b.refundsTotal && a.linkedRefunds == b.linkedRefunds, "\(a.listingID)")
            #expect(a.orders == b.orders && a.preventableRefunds == b.preventableRefunds, "\(a.listingID)")
            #expect(a.preventableAmount == b.preventableAmount, "\(a.listingID)")
        }
        #expect(workbooks.totals.refunds == csv.totals.refunds && workbooks.totals.orders == csv.totals.orders)
        #expect(workbooks.totals.matchedRefunds == csv.totals.matchedRefunds)
        #expect(workbooks.totals.refundAmount == csv.totals.refundAmount)
        #expect(workbooks.categories == csv.categories)
        // Locations name the workbook and sheet.
        #expect(workbooks.priorities.first?.location.file.hasSuffix("商品列表.xlsx[商品列表]") == true)
    }
}
