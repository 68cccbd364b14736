import Foundation
import Testing

@testable import ListingAudit
@testable import ListingAuditCLI

/// More malformed classes for `BadInputTests`: refund and order dates that are no real date (through `audit` and
/// `inspect`, which shows refund and order exports as `audit` reads them), and repeated listing ids in a generic
/// export. Each asserts the exit code, the message with file, line and column, and that every row
/// read is accounted for in `inspect --format json` and summary.json.
@Suite struct BadInputMoreTests {
    private func run(_ arguments: [String]) -> (code: ExitCode, out: String, err: String) {
        let capture = CapturingConsole()
        let code = CLI.run(arguments, console: capture.console)
        return (code, capture.out, capture.err)
    }

    private func summary(_ out: URL) throws -> [String: Any] {
        try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("summary.json")))
                as? [String: Any])
    }

    @Test func datesThatAreNoRealDateAreCountedAndShownWithTheFirstLocation() throws {
        let folder = HistoryFixtures.temporaryFolder()
        let listings = folder.appendingPathComponent("listings.csv")
        try Data((BadInputTests.header + BadInputTests.rows).utf8).write(to: listings)
        let refunds = folder.appendingPathComponent("refunds.csv")
        let dates = ["2026-11-01", "2025-13-45", "yesterday", "2026/11/02 10:20", "2024-02-29", "2025-02-29", ""]
        var text = "refund_id,order_id,listing_id,sku,title,reason,comment,amount,date,type\n"
        for (index, date) in dates.enumerated() {
            text += "R\(index),O\(index),A0,,,too small,,12.50,\(date),refund_only\n"
        }
        try Data(text.utf8).write(to: refunds)
        let orders = folder.appendingPathComponent("orders.csv")
        try Data(("order_id,listing_id,sku,title,quantity,amount,date\nO1,A0,,,1,1,2026年11月1日\n"
            + "O2,A0,,,2,1,2026-11-31\n").utf8).write(to: orders)
        let inspect = run(["inspect", "--format", "json", refunds.path, orders.path])
        #expect(inspect.code == .success)
        let inspected = try #require(try JSONSerialization.jsonObject(with: Data(inspect.out.utf8)) as? [[String: Any]])
        #expect(inspected.map { $0["kind"] as? String } == ["refunds", "orders"])
        #expect(inspected.first?["rows"] as? Int == dates.count && inspected.first?["kept"] as? Int == dates.count)
        let inspectedDates = inspected.first?["unreadableDates"] as? [String: Any]
        #expect(inspectedDates?["count"] as? Int == 3 && inspectedDates?["firstValue"] as? String == "2025-13-45")
        let inspectText = run(["inspect", "--lang", "zh", refunds.path])
        #expect(inspectText.out.contains("3 个日期无法识别（第一个在 \(refunds.path):3:9：“2025-13-45”）"))
        let inspectEnglish = run(["inspect", orders.path])
        #expect(inspectEnglish.out.contains("1 unreadable date (first at \(orders.path):3:7: '2026-11-31')"))
        for language in ["en", "zh"] {
            let out = folder.appendingPathComponent("out-\(language)")
            let audit = run([
                "audit", "--listings", listings.path, "--refunds", refunds.path, "--orders", orders.path, "--out",
                out.path, "--no-history", "--fail-on", "never", "--lang", language,
            ])
            #expect(audit.code == .success)
            let said = audit.out + audit.err
            if language == "en" {
                let first = "(first at \(refunds.path):3:9: '2025-13-45')"
                #expect(said.contains("\(refunds.path): 3 unreadable dates \(first)"))
                #expect(said.contains("\(orders.path): 1 unreadable date (first at \(orders.path):3:7: '2026-11-31')"))
                #expect(said.contains("the ranking uses no dates"))
            } else {
                #expect(said.contains("\(refunds.path)：3 个日期无法识别（第一个在 \(refunds.path):3:9：“2025-13-45”）"))
                #expect(said.contains("排名不使用日期"))
                #expect(!said.contains("unreadable date"))
            }
            let inputs = try #require(try summary(out)["inputs"] as? [[String: Any]])
            let refundInput = try #require(inputs.first { $0["kind"] as? String == "refunds" })
            let counted = try #require(refundInput["unreadable_dates"] as? [String: Any])
            #expect(counted["count"] as? Int == 3 && counted["first_value"] as? String == "2025-13-45")
            let first = try #require(counted["first_location"] as? [String: Any])
            #expect(first["line"] as? Int == 3 && first["column"] as? Int == 9)
            // The rows are kept: no stage uses their dates.
            #expect(refundInput["rows_read"] as? Int == dates.count && refundInput["skipped"] as? Int == 0)
            let refundRows = try String(contentsOf: out.appendingPathComponent("refunds.csv"), encoding: .utf8)
            #expect(refundRows.split(separator: "\r\n").count == dates.count + 1)
        }
    }

    @Test func repeatedListingIDsAreMergedAndCountedSoEveryRowIsAccountedFor() throws {
        let folder = HistoryFixtures.temporaryFolder()
        let file = folder.appendingPathComponent("listings.csv")
        // A0 twice (another SKU row of the same listing), A1 once, a row without an id (skipped).
        let text = BadInputTests.header.replacingOccurrences(of: "price\n", with: "price,sku\n")
            + "A0,Red cotton shirt,Soft shirt 100% cotton,Shirts,Red,M,https://x.example/0.jpg,19.99,A0-M\n"
            + "A1,Blue cotton shirt,Soft shirt 100% cotton,Shirts,Blue,M,https://x.example/1.jpg,19.99,A1-M\n"
            + "A0,Red cotton shirt,Soft shirt 100% cotton,Shirts,Red,L,https://x.example/0.jpg,19.99,A0-L\n"
            + ",Green cotton shirt,Soft,Shirts,Green,M,,9,G-M\n"
        try Data(text.utf8).write(to: file)

        let check = run(["check", "--fail-on", "never", file.path])
        #expect(check.code == .success)
        #expect(check.out.contains("\(file.path):5:1:") || check.err.contains("\(file.path):5:1:"))
        let inspectText = run(["inspect", file.path])
        #expect(inspectText.out.contains("rows read: 4   listings: 2   merged rows: 1   skipped: 1"))
        #expect(inspectText.out.contains("\(file.path):5:1"))
        let inspect = run(["inspect", "--format", "json", file.path])
        let inspected = try #require(
            try JSONSerialization.jsonObject(with: Data(inspect.out.utf8)) as? [[String: Any]]
        ).first
        #expect(inspected?["rows"] as? Int == 4 && inspected?["listings"] as? Int == 2)
        #expect(inspected?["mergedRows"] as? Int == 1 && inspected?["skipped"] as? Int == 1)
        let sample = (inspected?["samples"] as? [[String: Any]])?.first
        #expect(sample?["id"] as? String == "A0" && sample?["variants"] as? Int == 2)

        let out = folder.appendingPathComponent("out")
        let audit = run(["audit", "--listings", file.path, "--out", out.path, "--no-history", "--fail-on", "never"])
        #expect(audit.code == .success)
        let input = try #require((try summary(out)["inputs"] as? [[String: Any]])?.first)
        let totals = try #require(try summary(out)["totals"] as? [String: Any])
        #expect(input["rows_read"] as? Int == 4 && input["merged_rows"] as? Int == 1 && input["skipped"] as? Int == 1)
        #expect(totals["listings"] as? Int == 2, "rows read = listings + merged + skipped")
    }
}
