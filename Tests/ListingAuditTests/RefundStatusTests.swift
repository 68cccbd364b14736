import Foundation
import Testing
@testable import ListingAudit

/// Refund statuses: how export wording maps to an outcome, and that requests closed, rejected or withdrawn without
/// a refund are listed but kept out of refund counts and rankings.
@Suite struct RefundStatusTests {
    private func temporaryFile(_ text: String, name: String) throws -> String {
        let folder = TestPaths.scratch.appendingPathComponent("status-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test(arguments: [
        ("退款成功", RefundStatus.refunded), ("售后完成", .refunded), ("换货成功", .refunded), ("已退款", .refunded),
        ("Refunded", .refunded), ("Unit returned to inventory", .refunded), ("Reimbursed", .refunded),
        ("completed", .refunded),
        ("退款关闭", .notRefunded), ("售后关闭", .notRefunded), ("已拒绝", .notRefunded), ("商家拒绝退款", .notRefunded),
        ("卖家不同意退款", .notRefunded), ("买家撤销", .notRefunded), ("已取消", .notRefunded), ("驳回", .notRefunded),
        ("Rejected", .notRefunded), ("DECLINED", .notRefunded), ("Cancelled", .notRefunded),
        ("canceled", .notRefunded), ("Withdrawn by buyer", .notRefunded), ("Request cancelled", .notRefunded),
        ("交易关闭", .notRefunded), ("Refund failed", .notRefunded), ("Not refunded", .notRefunded),
        ("Closed - refunded", .refunded), ("Closed", .refunded), ("CLOSED", .refunded), ("Returned", .refunded),
        ("Closed without refund", .notRefunded), ("Return declined", .notRefunded), ("审核不通过", .notRefunded),
        ("买家已经退货，等待卖家确认收货", .pending), ("待买家退货", .pending), ("平台介入中", .pending), ("售后关闭(退款成功)", .refunded),
        ("待处理", .pending), ("待商家处理", .pending), ("退款中", .pending), ("买家已经申请退款等待卖家同意", .pending),
        ("卖家已经同意退款等待买家退货", .pending), ("Requested", .pending), ("Pending", .pending), ("open", .pending),
        ("", .unknown), ("  ", .unknown), ("???", .unknown),
    ])
    func statusWordingMapsToAnOutcome(text: String, expected: RefundStatus) {
        #expect(RefundStatusText.parse(text) == expected)
    }

    /// Every status value of every supported export has one outcome, whichever platforms list it, and the
    /// parser gives each value that outcome.
    @Test func everyPlatformStatusValueHasOneOutcome() {
        for platform in RefundStatusTable.platforms {
            for (expected, values) in [
                (RefundStatus.refunded, platform.refunded), (.pending, platform.pending),
                (.notRefunded, platform.notRefunded),
            ] {
                for value in values {
                    #expect(RefundStatusText.parse(value) == expected, "\(platform.source): \(value)")
                }
            }
        }
        #expect(RefundStatusTable.platforms.count == 6)
    }

    @Test func aShopifyReturnsExportWithClosedReturnsCounts() throws {
        let path = try temporaryFile("""
            Order,Return status,Return reason,Customer note,Product,SKU,Quantity,Refund amount
            #1001,Closed,SIZE_TOO_SMALL,,Linen dress,D01,1,30
            #1002,Declined,DEFECTIVE,,Linen dress,D01,1,30
            #1003,Open,COLOR,,Linen dress,D01,1,30

            """, name: "returns.csv")
        let result = try RefundLoader.load(path: path)
        #expect(result.refunds.map(\.status) == [.refunded, .notRefunded, .pending])
        #expect(result.refunds.filter(\.status.countsAsRefund).count == 2)
    }

    @Test func onlyNotRefundedRequestsAreKeptOutOfTheCounts() {
        #expect(RefundStatus.allCases.filter { !$0.countsAsRefund } == [.notRefunded])
    }

    @Test func loaderReadsStatusAndCountsNotRefundedAndRefundOnlyRows() throws {
        let path = try temporaryFile("""
            售后单号,订单号,商品ID,商品名称,售后类型,售后原因,退款金额,售后状态
            A1,O1,D01,连衣裙,仅退款,尺码不合适,10,退款成功
            A2,O2,D01,连衣裙,退货退款,尺码不合适,10,退款关闭
            A3,O3,D01,连衣裙,仅退款,质量问题,10,商家拒绝退款
            A4,O4,D01,连衣裙,退货退款,质量问题,10,待商家处理
            A5,O5,D01,连衣裙,仅退款,质量问题,10,

            """, name: "after-sales.csv")
        let result = try RefundLoader.load(path: path)
        #expect(result.refunds.map(\.status) == [.refunded, .notRefunded, .notRefunded, .pending, .unknown])
        #expect(result.refunds[1].statusText == "退款关闭")
        #expect(result.report.notRefunded == 2)
        #expect(result.report.refundOnly == 2)
        #expect(result.report.rowsKept == 5)
        #expect(result.report.columns.contains { $0.field == "status" && $0.header == "售后状态" })
    }

    @Test func notRefundedRequestsAreListedButNotCountedOrRanked() throws {
        let refunds = try temporaryFile("""
            售后单号,订单号,商品ID,商品名称,售后类型,售后原因,问题描述,退款金额,售后状态
            S1,O1,D01,连衣裙,仅退款,尺码不合适,太小了,30,退款成功
            S2,O2,D01,连衣裙,退货退款,尺码不合适,太小了,30,待商家处理
            S3,O3,D01,连衣裙,退货退款,尺码不合适,太小了,30,退款关闭
            S4,O4,D01,连衣裙,仅退款,尺码不合适,太小了,30,买家撤销
            S5,O5,D01,连衣裙,退货退款,尺码不合适,太小了,30,商家拒绝

            """, name: "after-sales.csv")
        let out = (refunds as NSString).deletingLastPathComponent + "/out"
        let result = try AuditPipeline.run(
            AuditOptions(listingsPath: DemoShopTests.folder + "/listings.csv", refundsPath: refunds,
                         outputDirectory: out))
        #expect(result.totals.refunds == 2)
        #expect(result.totals.notRefunded == 3)
        #expect(result.totals.refundOnly == 1)
        #expect(result.totals.refundAmount == 60)
        #expect(result.categories.reduce(0) { $0 + $1.count } == 2)
        #expect(result.inputs.first { $0.kind == .refunds }?.notRefunded == 3)
        let listing = try #require(result.priorities.first { $0.listingID == "D01" })
        #expect(listing.refundsTotal == 2)
        let csv = String(decoding: try Data(contentsOf: URL(fileURLWithPath: out + "/refunds.csv")), as: UTF8.self)
        let rows = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.count == 6)
        // A Chinese refunds.csv names the status in Chinese (the English one keeps the id `not_refunded`).
        #expect(rows.filter { $0.contains(",未退款（关闭/拒绝/撤销）,") }.count == 3)
        #expect(rows.contains { $0.hasPrefix("S4,") && $0.contains(",未退款（关闭/拒绝/撤销）,买家撤销,") })
        let json = try JSONSerialization.jsonObject(
            with: Data(contentsOf: URL(fileURLWithPath: out + "/summary.json"))) as? [String: Any]
        let totals = json?["totals"] as? [String: Any]
        #expect(totals?["not_refunded"] as? Int == 3 && totals?["refund_only"] as? Int == 1)
        let summary = AuditTerminalSummary.render(result, language: .en)
        #expect(summary.contains("Refund only (buyer kept the goods): 1"))
        #expect(summary.contains("not refunded (closed/rejected/withdrawn): 3"))
    }
}
