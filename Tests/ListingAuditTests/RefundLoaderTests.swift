import Foundation
import Testing
@testable import ListingAudit

@Suite struct RefundLoaderTests {
    private func corpus(_ name: String) -> String {
        TestPaths.corpus.appendingPathComponent("formats/refunds/\(name)").path
    }

    private func temporaryFile(_ text: String, name: String = "refunds.csv") throws -> String {
        let directory = TestPaths.scratch.appendingPathComponent("refund-tests-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test func douyinAfterSalesKeepsTypesAmountsAndCountsSkippedRows() throws {
        let result = try RefundLoader.load(path: corpus("douyin-aftersales.csv"))
        #expect(result.format == .chineseShop)
        #expect(result.report.rowsRead == 7)
        #expect(result.refunds.count == 5)
        #expect(result.report.skippedCount == 2)
        let first = try #require(result.refunds.first)
        #expect(first.id == "AS2026030100001")
        #expect(first.listingID == "3581200001")
        #expect(first.sku == "DRS-FLR-M")
        #expect(first.type == .returnAndRefund)
        #expect(first.amount == 189)
        #expect(first.date == "2026-03-01 10:12:33")
        #expect(first.comment == "平时穿M，这件M码腰围太紧")
        #expect(result.refunds[1].type == .refundOnly)
        #expect(result.refunds[1].amount == 1299)
        #expect(result.refunds[2].id == "douyin-aftersales.csv:4")
        #expect(result.refunds[3].type == .exchange)
        #expect(result.refunds[3].amount == 59.9)
        let skippedLines = result.report.skipped.map { $0.location.line }
        #expect(skippedLines == [6, 7])
        #expect(result.report.skipped[1].location.column == 9)
        #expect(result.report.skipped[1].reason.en.contains("'abc'"))
        #expect(result.report.columns.contains(TransactionColumn(field: "reason", header: "售后原因", column: 7)))
    }

    @Test func taobaoRefundExportReadsNeedsReturnAsType() throws {
        let result = try RefundLoader.load(path: corpus("taobao-refunds.csv"))
        #expect(result.format == .chineseShop)
        #expect(result.refunds.map { $0.type } == [.returnAndRefund, .refundOnly])
        #expect(result.refunds[0].productTitle == "帆布托特包 大容量 通勤")
        #expect(result.refunds[0].sku == "BAG-CNV-01")
        #expect(result.refunds[0].reason == "质量问题")
    }

    @Test func shopifyWooCommerceAndAmazonFormatsAreDetected() throws {
        let shopify = try RefundLoader.load(path: corpus("shopify-returns.csv"))
        #expect(shopify.format == .shopify)
        #expect(shopify.refunds.count == 4)
        #expect(shopify.refunds[0].id == "RET-7781")
        #expect(shopify.refunds[0].orderID == "#1042")
        #expect(shopify.refunds[0].reason == "SIZE_TOO_SMALL")
        #expect(shopify.refunds[0].amount == 64)

        let woo = try RefundLoader.load(path: corpus("woocommerce-refunds.csv"))
        #expect(woo.format == .wooCommerce)
        #expect(woo.refunds[0].listingID == "88")
        #expect(woo.refunds[0].amount == 24)

        let amazon = try RefundLoader.load(path: corpus("amazon-fba-returns.tsv"))
        #expect(amazon.format == .amazonFBAReturns)
        #expect(amazon.report.delimiter == "tab")
        #expect(amazon.refunds.count == 3)
        #expect(amazon.refunds[0].id == "LPNRR8821001")
        #expect(amazon.refunds[0].sku == "HK-RUN-42-BLK")
        #expect(amazon.refunds[0].comment == "runs a full size small")
        #expect(amazon.refunds[1].quantity == 2)
        #expect(amazon.refunds[0].type == .returnAndRefund)
        #expect(amazon.refunds[2].id == "amazon-fba-returns.tsv:4")
    }

    @Test func genericAndBenchmarkLayoutsLoadAsGeneric() throws {
        let generic = try RefundLoader.load(path: corpus("generic-refunds.csv"))
        #expect(generic.format == .generic)
        #expect(generic.refunds.map { $0.type } == [.returnAndRefund, .refundOnly, .unknown, .unknown])
        #expect(generic.refunds[3].amount == 1050)
        let bench = try RefundLoader.load(path: corpus("bench-refunds.csv"))
        #expect(bench.format == .generic)
        #expect(bench.refunds.count == 3)
        #expect(bench.report.skippedCount == 1)
        #expect(bench.refunds[2].reason.hasPrefix("质量不好"))
        #expect(bench.refunds[2].location.line == 5)
    }

    @Test func malformedRowsAreSkippedWithTheirLocation() throws {
        let path = try temporaryFile(
            "refund_id,order_id,listing_id,reason,amount,date\n"
                + "R1,O1,L1,too small,12,2026-01-01\n"
                + "R2,O2,L2,too big,12,2026-01-01,surplus\n"
                + "R3,O3,L3,other,12,2026-01-01,\n"
                + "R4,O4,L4,\"never closed,12")
        let result = try RefundLoader.load(path: path)
        #expect(result.refunds.map { $0.id } == ["R1", "R3"])
        #expect(result.report.rowsRead == 4)
        #expect(result.report.skippedCount == 2)
        #expect(result.report.skipped[0].location == SourceLocation(file: path, line: 3, column: 7))
        #expect(result.report.skipped[1].location.line == 5)
        #expect(result.report.rowsKept == 2)
    }

    /// A quote never closed in a file that ends with a line end is a stray one: its row keeps the quote as text,
    /// and the rows after it are refunds, not one cell of it.
    @Test func aStrayQuoteKeepsItsRowAndTheRowsAfterIt() throws {
        let path = try temporaryFile(
            "refund_id,order_id,listing_id,reason,amount,date\n"
                + "R1,O1,L1,\"too small,12,2026-01-01\n"
                + "R2,O2,L2,too big,12,2026-01-02\n")
        let result = try RefundLoader.load(path: path)
        #expect(result.refunds.map { $0.id } == ["R1", "R2"])
        #expect(result.refunds.map { $0.reason } == ["\"too small", "too big"])
        #expect(result.report.rowsRead == 2 && result.report.skippedCount == 0)
        #expect(result.report.repairedRows == 1)
    }

    @Test func filesThatAreNotRefundExportsAreRejectedClearly() throws {
        let listings = try temporaryFile("Handle,Title,Body (HTML),Variant SKU\nh,T,<p>x</p>,S1\n")
        #expect {
            try RefundLoader.load(path: listings)
        } throws: { error in
            guard case IngestError.unusableInput(let location, let reason) = error else { return false }
            return location.line == 1 && reason.en.contains("not a refund export")
                && reason.zh.contains("不是售后（退款）导出表")
        }
        let noProduct = try temporaryFile("refund_id,order_id,reason\nR1,O1,too small\n")
        #expect(throws: IngestError.self) { try RefundLoader.load(path: noProduct) }
        #expect(throws: IngestError.fileNotFound(path: "/nonexistent/refunds.csv")) {
            try RefundLoader.load(path: "/nonexistent/refunds.csv")
        }
        let empty = try temporaryFile("")
        #expect(throws: IngestError.self) { try RefundLoader.load(path: empty) }
    }

    @Test func amountsWithCurrencyMarksAndSeparatorsParse() {
        func amount(_ text: String) -> Double? {
            if case .value(let value) = FieldText.amount(text) { return value }
            return nil
        }
        #expect(amount("¥1,299.00") == 1299)
        #expect(amount("89.0 EUR") == 89)
        #expect(amount("$ 12") == 12)
        #expect(amount("89,50 €") == 89.5)
        #expect(amount("1.299,00") == 1299)
        #expect(amount("1,299,000") == 1_299_000)
        #expect(amount("￥59.90元") == 59.9)
        #expect(amount("-24.00") == 24)
        #expect(amount("twelve") == nil)
        if case .blank = FieldText.amount("  ") {} else { Issue.record("blank amount not blank") }
    }

    @Test func exportKindTellsRefundsOrdersAndListingsApart() throws {
        #expect(try ExportKind.detect(path: corpus("amazon-fba-returns.tsv")) == .refunds)
        #expect(try ExportKind.detect(path: corpus("douyin-orders.csv")) == .orders)
        #expect(ExportKind.detect(header: ["Handle", "Title", "Body (HTML)", "Variant SKU", "Image Src"]) == .listings)
        #expect(ExportKind.detect(header: ["商品ID", "商品名称", "商品描述", "价格"]) == .listings)
        #expect(ExportKind.detect(header: ["a", "b"]) == .unknown)
        let bench = ["refund_id", "order_id", "listing_id", "reason", "amount", "date"]
        #expect(ExportKind.detect(header: bench) == .refunds)
        #expect(RefundLoader.recognises(header: ["订单号", "商品ID", "商品数量"]) == nil)
    }

    @Test(TestPaths.needsRealExports) func realListingExportsAreNotTakenForRefundsOrOrders() throws {
        let root = TestPaths.realExports!
        for folder in ["shopify", "woocommerce", "google-merchant", "magento2"] {
            let directory = root.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) {
                let kind = try ExportKind.detect(path: directory.appendingPathComponent(name).path)
                #expect(kind == .listings, "\(folder)/\(name) detected as \(kind)")
            }
        }
        let amazon = root.appendingPathComponent("amazon/zynk_docs_GET_MERCHANT_LISTINGS_ALL_DATA_sample.txt").path
        #expect(try ExportKind.detect(path: amazon) == .listings)
    }
}
