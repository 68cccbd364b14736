import Foundation
import Testing
@testable import ListingAudit
@testable import ListingAuditCLI

@Suite struct AuditCommandTests {
    /// Runs the CLI without audit history, so parallel tests never share a history folder.
    private func run(_ arguments: [String]) -> (ExitCode, String, String) {
        CapturingConsole.run(arguments + ["--no-history"])
    }

    private func temporaryFolder() throws -> URL {
        let url = TestPaths.scratch.appendingPathComponent("audit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// `audit` reads its listing export with the reading options `check` and `inspect` take.
    @Test func theListingExportIsReadWithTheSameReadingOptions() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let listings = folder.appendingPathComponent("listings.txt")
        try Data("Nr;Name;Text\n7;Lamp;\n8;Desk;Oak, 120 x 60 cm\n".utf8).write(to: listings)
        let mapping = folder.appendingPathComponent("map.json")
        try Data(#"{"listing_id": "Nr", "title": "Name", "description": "Text"}"#.utf8).write(to: mapping)
        let out = folder.appendingPathComponent("out").path
        let base = ["audit", "--listings", listings.path, "--out", out, "--fail-on", "never", "--lang", "en"]
        #expect(run(base).0 == .dataError)
        let (code, _, err) = run(base + ["--mapping", mapping.path, "--delimiter", ";"])
        #expect(code == .success, "\(err)")
        let findings = try String(contentsOfFile: out + "/findings.csv", encoding: .utf8)
        #expect(findings.contains("\r\n7,Lamp,description.empty,"))
        #expect(run(base + ["--mapping", "/nonexistent/map.json"]).0 == .noInput)
        #expect(run(base + ["--mapping", mapping.path, "--as", "shopify"]).0 == .usage)
    }

    @Test func demoShopFolderWritesTheFourReportsWithBOMAndCRLF() throws {
        let out = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let (code, stdout, _) = run(["audit", DemoShopTests.folder, "--out", out.path, "--top", "3", "--lang", "en"])
        #expect(code == .success)
        #expect(stdout.contains("1. D01") && stdout.contains("Refund reasons:") && stdout.contains("by SKU"))
        #expect(!stdout.contains("4. "))
        let expectedHeaders = [
            "priorities.csv": "rank,listing_id,title,score,findings,rule_id,severity,linked_refunds,refunds_total,"
                + "orders,refund_rate,preventable_refunds,preventable_amount,top_fix,has_history,why",
            "findings.csv": "listing_id,title,rule_id,rule,severity,message,evidence,fix,file,line,column",
            "refunds.csv": "refund_id,order_id,listing_id,sku,matched_by,category,evidence,type,status,status_text,"
                + "amount,reason,comment,line",
        ]
        for (name, header) in expectedHeaders {
            let bytes = try Data(contentsOf: out.appendingPathComponent(name))
            #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF], "\(name) starts with a BOM")
            let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
            #expect(text.hasPrefix(header + "\r\n"), "\(name) header")
            #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n") || name == "findings.csv")
        }
        let refunds = String(decoding: try Data(contentsOf: out.appendingPathComponent("refunds.csv")), as: UTF8.self)
        // The header and one line per after-sales row: 520 records in Corpus/demo-shop/after-sales.csv, counted with
        // `python3 -c 'import csv; print(len(list(csv.DictReader(open("after-sales.csv", encoding="utf-8-sig")))))'`.
        #expect(refunds.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 521)
        let priorities = String(
            decoding: try Data(contentsOf: out.appendingPathComponent("priorities.csv")), as: UTF8.self)
        #expect(priorities.components(separatedBy: "\r\n")[1].hasPrefix("1,D01,"))
        let summary = try JSONSerialization.jsonObject(
            with: Data(contentsOf: out.appendingPathComponent("summary.json"))) as? [String: Any]
        #expect(summary?["ranked_by"] as? String == "orders")
        let top = summary?["top_listings"] as? [[String: Any]]
        #expect(top?.first?["listing_id"] as? String == "D01" && top?.first?["why"] is String)
        let categories = summary?["categories"] as? [[String: Any]]
        #expect(
            categories?.count == RefundCategory.allCases.count
                && categories?.first?["label"] as? String == "Size / fit")
    }

    @Test func chineseInputGetsChineseHeadersAndExplicitFilesWork() throws {
        let out = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let shop = DemoShopTests.folder
        let (code, stdout, _) = run([
            "audit", "--listings", shop + "/listings.csv", "--refunds", shop + "/after-sales.csv", "--out", out.path,
        ])
        #expect(code == .success)
        #expect(stdout.contains("优先修改（无订单数据"))
        let text = String(decoding: try Data(contentsOf: out.appendingPathComponent("priorities.csv")), as: UTF8.self)
        #expect(text.hasPrefix("\u{FEFF}排名,商品ID,商品标题,优先分"))
    }

    @Test func repairedAndSkippedRowsAreSaidOnTheTerminalAndInTheReport() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let listings = folder.appendingPathComponent("listings.csv")
        // The file is cut short inside A1's quoted title: the title runs to the end (a repair), and the row has
        // fewer cells than the header (another).
        try Data("listing_id,title,description\n,No id here,x\nA1,\"Red dress,size M".utf8).write(to: listings)
        let out = folder.appendingPathComponent("out")
        let (code, stdout, _) = run(["audit", "--listings", listings.path, "--out", out.path, "--lang", "en"])
        // A1 has an empty description (an error finding), and --fail-on defaults to error for audit as for check.
        #expect(code == .findings)
        #expect(stdout.contains("\(listings.path): 1 row skipped, 2 repairs"))
        let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.contains("Repairs"))
    }

    @Test func failOnReturnsOneWhenAFindingReachesTheThreshold() throws {
        let out = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let (code, _, _) = run(["audit", DemoShopTests.folder, "--out", out.path, "--fail-on", "advice"])
        #expect(code == .findings)
    }

    @Test func missingAndUnusableInputsGiveTheirExitCodes() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out").path
        #expect(run(["audit", folder.appendingPathComponent("nope").path, "--out", out]).0 == .noInput)
        let none = folder.appendingPathComponent("none.csv").path
        #expect(run(["audit", "--listings", none, "--out", out]).0 == .noInput)
        let notes = folder.appendingPathComponent("notes.csv")
        try Data("a,b\n1,2\n".utf8).write(to: notes)
        let (code, _, err) = run(["audit", folder.path, "--out", out])
        #expect(code == .noInput && err.contains("notes.csv") && err.contains("no listing export"))
        #expect(run(["audit", "--listings", notes.path, "--out", out]).0 == .dataError)
        #expect(run(["audit", "--out", out]).0 == .usage)
        #expect(run(["audit", folder.path, "--top", "many"]).0 == .usage)
    }

    @Test func folderDiscoveryRefusesToGuessBetweenTwoListingExports() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let listings = try Data(contentsOf: URL(fileURLWithPath: DemoShopTests.folder + "/listings.csv"))
        try listings.write(to: folder.appendingPathComponent("a.csv"))
        try listings.write(to: folder.appendingPathComponent("b.csv"))
        let paths = [folder.appendingPathComponent("a.csv").path, folder.appendingPathComponent("b.csv").path]
        #expect(throws: AuditError.discovery(.ambiguous(kind: "listings", paths: paths))) {
            try InputDiscovery.find(in: folder.path)
        }
        let (code, _, err) = run(["audit", folder.path, "--out", folder.appendingPathComponent("out").path])
        #expect(code == .usage && err.contains("--listings"))
    }

    @Test func discoveryTellsTheKindsApartByHeader() throws {
        let found = try InputDiscovery.find(in: DemoShopTests.folder)
        #expect(found.listings.hasSuffix("listings.csv"))
        #expect(found.refunds?.hasSuffix("after-sales.csv") == true)
        #expect(found.orders?.hasSuffix("orders.csv") == true)
    }

    @Test func invalidLinksInTheConfigAreAUsageError() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = folder.appendingPathComponent("config.json")
        try Data(#"{"links": {"size": ["damaged_in_transit"]}}"#.utf8).write(to: config)
        let (code, _, err) = run([
            "audit", DemoShopTests.folder, "--config", config.path, "--out", folder.appendingPathComponent("o").path,
        ])
        #expect(code == .usage && err.contains("fulfilment category"))
        try Data(#"{"ranking": {"priorStrength": 5, "categoryWeights": {"changed_mind": 0}}}"#.utf8).write(to: config)
        let listings = DemoShopTests.folder + "/listings.csv"
        let out = folder.appendingPathComponent("o").path
        let (ok, _, _) = run(["audit", "--listings", listings, "--config", config.path, "--out", out])
        #expect(ok == .success)
        try Data(#"{"ranking": {"priorStrenght": 5}}"#.utf8).write(to: config)
        let (typo, _, typoErr) = run(["audit", DemoShopTests.folder, "--config", config.path])
        #expect(typo == .usage && typoErr.contains("priorStrength"))
    }

    /// `--lang zh`: configuration errors are Chinese, the file named, the exit codes those of English.
    @Test func configErrorsAreSaidInChinese() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = folder.appendingPathComponent("BAD.json")
        let out = folder.appendingPathComponent("o").path
        try Data(#"{"links": {"size": ["damaged_in_transit"]}}"#.utf8).write(to: config)
        let (code, _, err) = run(["audit", DemoShopTests.folder, "--lang", "zh", "--config", config.path, "--out", out])
        #expect(code == .usage)
        #expect(err.hasPrefix("错误：\(config.path)：配置项“links”的值无效：“links.size”：“damaged_in_transit”是履约类别"))
        try Data(#"{"ranking": {"priorStrength": -1}}"#.utf8).write(to: config)
        let (negative, _, negativeErr) = run(["audit", DemoShopTests.folder, "--lang=zh", "--config", config.path])
        #expect(negative == .usage)
        #expect(negativeErr == "错误：\(config.path)：配置项“ranking.priorStrength”的值无效：不能小于 0\n")
        let missing = folder.appendingPathComponent("missing.json").path
        let (unread, _, unreadErr) = run(["audit", DemoShopTests.folder, "--lang", "zh", "--config", missing])
        #expect(unread == .noInput)
        #expect(unreadErr == "错误：\(missing)：无法读取配置：文件不存在\n")
    }
}
