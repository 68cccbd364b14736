import Testing
@testable import ListingAudit

@Suite struct TrendTableTests {
    typealias F = HistoryFixtures

    private func csv(_ snapshots: [AuditSnapshot], language: Language) throws -> String {
        try F.written { try TrendTable.write(snapshots, language: language, to: $0) }
    }

    @Test func oneRowPerAuditAndListingOldestFirst() throws {
        let snapshots = [
            F.snapshot("2026-11-12", [F.listing("=cmd", [F.finding("size.missing_chart")], refunds: 3)]),
            F.snapshot("2026-11-05", [
                F.listing("L1", [F.finding("a.b"), F.finding("c.d")], refunds: 7, linked: 5, orders: 140),
                F.listing("L2", [], refunds: 0, orders: nil),
            ]),
        ]
        let text = try csv(snapshots, language: .en)
        #expect(text == "\u{FEFF}date,listing_id,score,findings,linked_refunds,refund_rate,refunds,orders\r\n"
            + "2026-11-05,L1,5.00,2,5,5.00%,7,140\r\n"
            + "2026-11-05,L2,0.00,0,0,,0,\r\n"
            + "2026-11-12,'=cmd,3.00,1,3,3.00%,3,100\r\n")
    }

    @Test func chineseHeadersKeepTheSameColumns() throws {
        let text = try csv([], language: .zh)
        #expect(text == "\u{FEFF}日期,商品ID,优先分,问题数,关联退款数,退款率（全部退款÷订单）,退款数,订单数\r\n")
    }
}
