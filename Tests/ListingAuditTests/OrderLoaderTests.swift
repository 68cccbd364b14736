import Testing
@testable import ListingAudit

@Suite struct OrderLoaderTests {
    private func corpus(_ name: String) -> String {
        TestPaths.corpus.appendingPathComponent("formats/refunds/\(name)").path
    }

    @Test func chineseOrdersGiveQuantitiesAndSkipBadOnes() throws {
        let result = try OrderLoader.load(path: corpus("douyin-orders.csv"))
        #expect(result.format == .chineseShop)
        #expect(result.orders.count == 2)
        #expect(result.orders[1].quantity == 2)
        #expect(result.orders[1].amount == 378)
        #expect(result.orders[0].listingID == "3581200001")
        #expect(result.orders[0].orderID == "6931204455120001")
        #expect(result.orders[0].sku == "DRS-FLR-M")
        #expect(result.report.skippedCount == 1)
        #expect(result.report.skipped[0].location.line == 4)
        #expect(result.report.skipped[0].location.column == 6)
    }

    @Test func shopifyAmazonAndGenericOrdersAreDetected() throws {
        let shopify = try OrderLoader.load(path: corpus("shopify-orders.csv"))
        #expect(shopify.format == .shopify)
        #expect(shopify.orders.map { $0.orderID } == ["#1042", "#1042"])
        #expect(shopify.orders[1].sku == "CPO-WHT")
        #expect(shopify.orders[1].quantity == 2)
        #expect(shopify.orders[0].amount == 64)

        let amazon = try OrderLoader.load(path: corpus("amazon-orders.tsv"))
        #expect(amazon.format == .amazonOrders)
        #expect(amazon.orders.first?.sku == "HK-RUN-42-BLK")
        #expect(amazon.orders.first?.amount == 89.99)

        let generic = try OrderLoader.load(path: corpus("generic-orders.csv"))
        #expect(generic.format == .generic)
        #expect(generic.orders.map { $0.quantity } == [1, 3])
    }

    @Test func refundExportsAreNotOrderExports() throws {
        #expect(OrderLoader.recognises(header: ["售后单号", "订单号", "商品ID", "商品数量", "退款原因"]) == nil)
        #expect(throws: IngestError.self) { try OrderLoader.load(path: corpus("douyin-aftersales.csv")) }
        let woo = ["Order ID", "Order Date", "Product ID", "SKU", "Item Name", "Quantity", "Item Cost"]
        #expect(OrderLoader.recognises(header: woo) == .wooCommerce)
    }

    @Test(TestPaths.needsRealExports) func realOlistOrderItemsLoadOneUnitPerRow() throws {
        let path = TestPaths.realExports!.appendingPathComponent("olist/olist_order_items_dataset_head999.csv").path
        let result = try OrderLoader.load(path: path)
        #expect(result.format == .olist)
        #expect(result.report.rowsRead > 900)
        #expect(result.report.skippedCount == 0)
        #expect(result.orders.allSatisfy { $0.quantity == 1 && $0.listingID != nil && $0.amount != nil })
    }

    @Test(TestPaths.needsRealExports) func realSettlementReportIsNeitherRefundsNorOrders() throws {
        let path = TestPaths.realExports!.appendingPathComponent("amazon/settlement_report_v2_sample.txt").path
        #expect(try ExportKind.detect(path: path) == .unknown)
    }
}
