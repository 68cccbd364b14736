import Foundation
import Testing

@testable import ListingAudit
@testable import ListingAuditCLI

/// `--refund-mapping` and `--order-mapping`: refund and order exports whose column names no layout or synonym
/// knows are read through a JSON mapping of field: column name, in `audit` and `inspect`; a mapping that names an
/// unknown field or a column the file lacks is refused, located, in both languages.
struct TransactionMappingFileTests {
    private func file(_ text: String, name: String) throws -> String {
        try AdapterFixtures.temporaryFile(text, name: name)
    }

    private func run(_ arguments: [String]) -> (ExitCode, String, String) {
        CapturingConsole.run(arguments)
    }

    /// German column names: no layout and no synonym of ours.
    private func germanReturns() throws -> String {
        try file(
            "Rücksendung;Bestellnummer;Artikelnummer;Rücksendegrund;Erstattung\n"
                + "R1;B1;P1;Zu klein;19.90\nR2;B2;P2;Beschädigt;5.00\nR3;B3;P1;Passt nicht;19.90\n",
            name: "retouren.csv")
    }

    private let refundMapping = """
        {"refund_id": "Rücksendung", "order_id": "Bestellnummer", "listing_id": "Artikelnummer",
         "reason": "Rücksendegrund", "amount": "Erstattung"}
        """

    @Test func aRefundExportOfUnknownColumnsIsReadThroughItsMapping() throws {
        let returns = try germanReturns()
        #expect(throws: IngestError.self) { try RefundLoader.load(path: returns) }
        let mapping = try TransactionMapping.parse(
            Data(refundMapping.utf8), source: "m.json", fields: RefundField.allCases.map(\.rawValue))
        var refunds: [Refund] = []
        let (format, report) = try RefundLoader.forEach(path: returns, mapping: mapping) { refunds.append($0) }
        #expect(format == .mapped)
        #expect(refunds.map(\.listingID) == ["P1", "P2", "P1"])
        #expect(refunds.map(\.reason) == ["Zu klein", "Beschädigt", "Passt nicht"])
        #expect(report.columns.map(\.field) == ["refund_id", "order_id", "listing_id", "reason", "amount"])
        #expect(report.columns.allSatisfy { $0.evidence == "mapping file" })
    }

    @Test func auditAndInspectTakeTheMappingFiles() throws {
        let listings = try file(
            "listing_id,title,description\nP1,Linen shirt,Soft linen shirt.\nP2,Canvas bag,Large canvas bag.\n",
            name: "listings.csv")
        let returns = try germanReturns()
        let refundsMap = try file(refundMapping, name: "refunds.json")
        let orders = try file("Bestellung;Artikel;Menge\nB1;P1;2\nB2;P2;1\n", name: "bestellungen.csv")
        let ordersMap = try file(#"{"order_id": "Bestellung", "listing_id": "Artikel", "quantity": "Menge"}"#,
                                 name: "orders.json")
        let out = TestPaths.scratch.appendingPathComponent("mapping-\(UUID().uuidString)").path
        // Its own folder: the audits run in this test process, whose other tests spawn processes, and a child forked
        // while an audit holds its folder's lock keeps the lock until it execs (`FolderLock`: `flock` on a file
        // descriptor closed only at exec), so a second audit into the same folder at once could be refused as busy.
        let without = run([
            "audit", "--listings", listings, "--refunds", returns, "--out", out + "-unmapped", "--no-history",
        ])
        #expect(without.0 == .dataError)
        let (code, printed, errors) = run([
            "audit", "--listings", listings, "--refunds", returns, "--refund-mapping", refundsMap, "--orders", orders,
            "--order-mapping", ordersMap, "--out", out, "--no-history", "--fail-on", "never", "--lang", "en",
        ])
        #expect(code == .success, "\(errors)")
        #expect(printed.contains("Refunds: 3"), "\(printed)")
        let refundRows = try String(contentsOfFile: out + "/refunds.csv", encoding: .utf8)
        #expect(refundRows.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 4)

        let (inspected, text, _) = run(["inspect", returns, "--refund-mapping", refundsMap, "--lang", "zh"])
        #expect(inspected == .success)
        #expect(text.contains("退款原因 ← Rücksendegrund（第 4 列，列映射文件）"), "\(text)")
        let (inspectedOrders, orderText, _) = run(["inspect", orders, "--order-mapping", ordersMap, "--lang", "en"])
        #expect(inspectedOrders == .success)
        #expect(orderText.contains("quantity ← Menge (column 3, mapping file)"), "\(orderText)")
    }

    @Test func aMappingOfUnknownFieldsOrMissingColumnsIsRefusedLocatedInBothLanguages() throws {
        let returns = try germanReturns()
        let unknown = try file(#"{"grund": "Rücksendegrund"}"#, name: "unknown.json")
        let missing = try file(#"{"listing_id": "Artikelnummer", "reason": "Grund"}"#, name: "missing.json")
        let broken = try file("{not json", name: "broken.json")
        for (mapping, zh, en) in [
            (unknown, "列映射中的字段“grund”不存在", "unknown field \"grund\" in the column mapping"),
            (broken, "列映射文件应是一个 JSON 对象", "a column mapping must be a JSON object"),
        ] {
            let chinese = run(["inspect", returns, "--refund-mapping", mapping, "--lang", "zh"])
            #expect(chinese.0 == .dataError)
            #expect(chinese.2.contains(mapping + ":1") && chinese.2.contains(zh), "\(chinese.2)")
            let english = run(["inspect", returns, "--refund-mapping", mapping, "--lang", "en"])
            #expect(english.0 == .dataError)
            #expect(english.2.contains(en), "\(english.2)")
        }
        let chinese = run(["inspect", returns, "--refund-mapping", missing, "--lang", "zh"])
        #expect(chinese.0 == .dataError)
        #expect(chinese.2.contains(returns + ":1") && chinese.2.contains("列“Grund”不在表头中"), "\(chinese.2)")
        let listings = try file("listing_id,title,description\nP1,Linen shirt,Soft linen shirt.\n", name: "l.csv")
        let out = TestPaths.scratch.appendingPathComponent("mapping-\(UUID().uuidString)").path
        let english = run([
            "audit", "--listings", listings, "--refunds", returns, "--refund-mapping", missing, "--out", out,
            "--no-history", "--lang", "en",
        ])
        #expect(english.0 == .dataError)
        #expect(english.2.contains("the column \"Grund\" that the column mapping"), "\(english.2)")
        #expect(!FileManager.default.fileExists(atPath: out + "/refunds.csv"))
        let gone = run(["inspect", returns, "--refund-mapping", "/nonexistent/mapping.json"])
        #expect(gone.0 == .noInput)
    }
}
