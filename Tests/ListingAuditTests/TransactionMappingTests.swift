import Foundation
import Testing

@testable import ListingAudit
@testable import ListingAuditCLI

/// Refund and order exports of no known layout, read by what their column names mean (English, Chinese, Korean
/// synonyms, scored), with the evidence `inspect` shows; refused, located and in both languages, when the essentials
/// are missing; a settlement report is neither.
struct TransactionMappingTests {
    private func file(_ text: String, name: String = "export.csv") throws -> String {
        try AdapterFixtures.temporaryFile(text, name: name)
    }

    @Test func aKoreanReturnLogIsReadByMeaning() throws {
        let path = try file("주문번호,상품명,반품사유,환불금액,신청일\nK-1,린넨 셔츠,사이즈가 작아요,39000,2026-04-28\n"
            + "K-2,울 머플러,색상이 달라요,,2026-04-29\n")
        #expect(RefundLoader.recognises(header: ["주문번호", "상품명", "반품사유", "환불금액", "신청일"]) == .mapped)
        let result = try RefundLoader.load(path: path)
        #expect(result.format == .mapped)
        #expect(result.refunds.map(\.orderID) == ["K-1", "K-2"])
        #expect(result.refunds.map(\.productTitle) == ["린넨 셔츠", "울 머플러"])
        #expect(result.refunds.map(\.reason) == ["사이즈가 작아요", "색상이 달라요"])
        #expect(result.refunds.map(\.amount) == [39000, nil])
        #expect(result.report.columns.map(\.field) == ["order_id", "title", "reason", "amount", "date"])
        #expect(result.report.columns.allSatisfy { $0.evidence == "synonym" })
    }

    @Test func englishAndChineseNamesScoreByMeaning() throws {
        // "reason_for_return" is a synonym; "return_reason_details" only contains one, so it is the comment.
        let english = try RefundLoader.load(path: try file(
            "order_no,product_title,reason_for_return,return_reason_details,refund_amount\n"
                + "O1,Linen shirt,Too small,Tight,20\n"))
        #expect(english.format == .mapped)
        let columns = Dictionary(uniqueKeysWithValues: english.report.columns.map { ($0.field, $0) })
        #expect(columns["reason"]?.header == "reason_for_return")
        #expect(columns["comment"]?.header == "return_reason_details")
        #expect(columns["comment"]?.evidence == "name contains a synonym")
        #expect(columns["reason"]?.evidence == "synonym")
        #expect(columns["order_id"]?.header == "order_no")
        #expect(english.refunds.first?.amount == 20)

        let chinese = try RefundLoader.load(path: try file("关联订单,宝贝名称,原因,备注\nA1,羊毛围巾,颜色不符,偏灰\n"))
        #expect(chinese.format == .mapped)
        #expect(chinese.refunds.first?.productTitle == "羊毛围巾")
        #expect(chinese.refunds.first?.reason == "颜色不符")
        #expect(chinese.refunds.first?.comment == "偏灰")
    }

    @Test func ordersAreMappedByMeaning() throws {
        let korean = try OrderLoader.load(path: try file("주문번호,상품명,수량,결제금액,주문일\nK-1,린넨 셔츠,2,78000,2026-04-01\n"))
        #expect(korean.format == .mapped)
        #expect(korean.orders.first?.quantity == 2)
        #expect(korean.orders.first?.amount == 78000)
        #expect(korean.orders.first?.productTitle == "린넨 셔츠")
        let english = try OrderLoader.load(path: try file("order no,item name,qty,amount paid\nO7,Mug,3,24\n"))
        #expect(english.format == .mapped)
        #expect(english.orders.map(\.quantity) == [3])
        #expect(english.report.columns.contains(
            TransactionColumn(field: "amount", header: "amount paid", column: 4, evidence: "name contains a synonym")))
    }

    @Test func withoutTheEssentialsTheRefusalIsLocatedAndBilingual() throws {
        let path = try file("주문번호,메모\nK-1,빠른 배송\n")
        #expect(RefundLoader.recognises(header: ["주문번호", "메모"]) == nil)
        let error = try #require(throws: IngestError.self) { try RefundLoader.load(path: path) }
        guard case .unusableInput(let location, let reason) = error else {
            Issue.record("expected unusableInput, got \(error)")
            return
        }
        #expect(location == SourceLocation(file: path, line: 1))
        #expect(reason == RefundExport.notThisKind)
        #expect(error.message(.zh).contains("不是售后（退款）导出表"))
        let orders = try #require(throws: IngestError.self) { try OrderLoader.load(path: path) }
        #expect(orders.message(.en).contains("not an order export"))
        #expect(orders.message(.zh).contains("不是订单导出表"))
    }

    @Test func aSettlementReportIsNeitherOrdersNorRefunds() throws {
        let header = ["settlement-id", "order-id", "sku", "quantity-purchased", "amount-type", "amount"]
        #expect(OrderLoader.recognises(header: header) == nil)
        #expect(RefundLoader.recognises(header: header) == nil)
        let path = try file(header.joined(separator: "\t") + "\n1\tO1\tS1\t1\tItemPrice\t9.5\n", name: "s.txt")
        let error = try #require(throws: IngestError.self) { try ListingLoader.load(path: path) }
        #expect(error.message(.en).contains("It is a settlement report (settlement-id)"))
        #expect(error.message(.zh).contains("它是结算报表（settlement-id）"))
    }

    @Test func aFolderFindsARefundExportMappedByMeaning() throws {
        let refunds = try file("주문번호,상품명,반품사유\nK-1,Linen shirt,사이즈가 작아요\n", name: "반품.csv")
        let folder = (refunds as NSString).deletingLastPathComponent
        try Data("listing_id,title\nL1,Linen shirt\n".utf8)
            .write(to: URL(fileURLWithPath: folder).appendingPathComponent("listings.csv"))
        let found = try InputDiscovery.find(in: folder)
        #expect(found.listings.hasSuffix("listings.csv"))
        #expect(found.refunds?.hasSuffix("/반품.csv") == true)
    }

    @Test func inspectShowsTheEvidence() throws {
        let path = try file("주문번호,상품명,반품사유\nK-1,린넨 셔츠,사이즈가 작아요\n")
        let capture = CapturingConsole()
        #expect(CLI.run(["inspect", path], console: capture.console) == .success)
        #expect(capture.out.contains("refund export, format: mapped"))
        #expect(capture.out.contains("reason ← 반품사유 (column 3, synonym)"))
        let json = CapturingConsole()
        #expect(CLI.run(["inspect", path, "--format", "json"], console: json.console) == .success)
        #expect(json.out.contains(#""evidence":"synonym""#) || json.out.contains(#""evidence" : "synonym""#))
    }
}
