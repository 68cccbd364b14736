import Foundation
import Testing
@testable import ListingAudit
@testable import ListingAuditCLI

@Suite struct CheckCommandTests {
    static let chinese = """
        商品ID,商品标题,商品详情,商品类目,颜色分类,尺码,材质
        1001,纯棉短袖T恤,面料：聚酯纤维。衣长70cm。,男装/T恤,白色,M,
        1002,陶瓷马克杯,详情见图,家居/杯子,,,
        1003,羊毛围巾,羊毛材质，180x30cm，重200g。,配件/围巾,灰色,,羊毛
        """
    static let english = """
        listing_id,title,description,category,colours,sizes,material
        E-1,Ceramic Mug,,Home > Kitchen,,,
        E-2,Oak Side Table,"Solid oak, 45 x 45 x 55 cm, 6 kg.",Home > Furniture,,,oak
        """

    private func file(_ text: String, name: String = "listings.csv") throws -> String {
        let directory = TestPaths.scratch.appendingPathComponent("check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    private func run(_ arguments: [String]) -> (ExitCode, String, String) {
        CapturingConsole.run(arguments)
    }

    /// `check` reads exports as `inspect` does: `--mapping`, `--as`, `--delimiter` and `--encoding` mean the same.
    @Test func readingOptionsMeanWhatTheyMeanForInspect() throws {
        let data = try file("Nr;Name;Text\n7;Lamp;\n")
        let mapping = try file(#"{"listing_id": "Nr", "title": "Name", "description": "Text"}"#, name: "map.json")
        let (refused, _, refusal) = run(["check", data])
        let (code, out, _) = run(["check", data, "--mapping", mapping, "--delimiter", ";", "--lang", "en"])
        #expect(refused == .dataError)
        #expect(refusal.contains("--mapping FILE"))
        #expect(code == .findings)
        #expect(out.contains("[description.empty]") && out.contains("(7)"))
        #expect(run(["check", data, "--mapping", "/nonexistent/map.json"]).0 == .noInput)
        #expect(run(["check", data, "--mapping", mapping, "--as", "shopify"]).0 == .usage)
        #expect(run(["check", data, "--encoding", "latin9"]).0 == .usage)
    }

    /// A file that is no listing export gets a few short lines: what it looks like, what was expected, what to do.
    @Test func anUnrecognisedFileIsDescribedInAFewLines() throws {
        let table = try file("source_line,cat,label,review\n1,书籍,1,很好\n", name: "reviews.csv")
        let records = try file(#"[{"return_dim_tag": "尺码偏小"}]"#, name: "tags.json")
        let single = try file("review\n很好\n", name: "single.csv")
        for (path, looks) in [(table, "It looks like a table with 4 columns (source_line, cat, label, review)."),
                              (single, "It looks like a table with 1 column (review)."),
                              (records, "It looks like a JSON file whose records have the fields return_dim_tag.")] {
            let (code, _, err) = run(["check", path])
            let lines = err.split(separator: "\n")
            #expect(code == .dataError)
            #expect(lines.count <= 5 && lines.allSatisfy { $0.count <= 200 }, "\(err)")
            #expect(err.contains("not a listing export we recognise"))
            #expect(err.contains(looks), "\(err)")
            #expect(err.contains("Next: if it is a product list, pass --mapping FILE"))
            #expect(!err.contains("Shopify product CSV (Handle"), "the old list of every layout")
        }
        let (code, _, err) = run(["check", table, "--lang", "zh"])
        #expect(code == .dataError)
        #expect(err.contains("这不是能识别的商品导出表") && err.contains("看起来是一张 4 列的表"), "\(err)")
        #expect(err.contains("下一步：如果它是商品表，请用 --mapping FILE"), "\(err)")
        #expect(!err.contains("It looks like") && !err.contains("Expected:"), "English in the Chinese message: \(err)")
    }

    @Test func aFolderIsCheckedThroughTheListingExportItHolds() throws {
        let path = try file(Self.english, name: "products.csv")
        let folder = (path as NSString).deletingLastPathComponent
        try Data("order_id,listing_id,reason\n1,E-1,too small\n".utf8)
            .write(to: URL(fileURLWithPath: folder).appendingPathComponent("returns.csv"))
        let (code, out, err) = run(["check", folder, "--lang", "en", "--fail-on", "never"])
        let (_, direct, _) = run(["check", path, "--lang", "en", "--fail-on", "never"])
        #expect(code == .success)
        #expect(err.contains("note: \(folder): checking \(path)"))
        #expect(!out.isEmpty && out == direct)
    }

    /// `--quiet` drops the folder note and the summary from standard error, and only those: the findings are the
    /// same, and a repaired row is still reported.
    @Test func quietLeavesTheFindingsAndWarningsAndDropsTheSummary() throws {
        let path = try file(Self.english + "\nE-3,\"Lamp,,\n", name: "products.csv")
        let folder = (path as NSString).deletingLastPathComponent
        let (code, out, err) = run(["check", folder, "--lang", "en"])
        let (quietCode, quietOut, quietErr) = run(["check", folder, "--lang", "en", "--quiet"])
        #expect(err.contains("note: \(folder): checking") && err.contains(" findings ("), "\(err)")
        #expect(quietCode == code && !quietOut.isEmpty && quietOut == out)
        #expect(quietErr.contains("warning: [input.stray-quote]"), "\(quietErr)")
        #expect(!quietErr.contains("note: \(folder)") && !quietErr.contains(" findings ("), "\(quietErr)")
        #expect(run(["check", path, "-q", "--lang", "en"]).1 == out)
    }

    @Test func repairedRowsAreReportedWithTheirLocationAndStdoutEndsWithANewline() throws {
        let path = try file("listing_id,title,description\nA1,\"Red dress,size M,desc\nA2,Blue dress")
        let (_, out, err) = run(["check", path, "--lang", "en"])
        #expect(out.hasSuffix("\n"))
        #expect(err.contains("\(path):2:2: warning: [input.unterminated-quote] repaired: "))
        #expect(err.contains("\(path):2:3: warning: [input.ragged-row] repaired: "))
    }

    @Test func printsCompilerStyleLinesInChineseForChineseExports() throws {
        let path = try file(Self.chinese)
        let (code, out, err) = run(["check", path])
        #expect(code == .findings)
        #expect(out.contains("\(path):3:1: error: [description.empty] 描述只有“详情见图”"))
        #expect(out.contains("[description.material_contradiction]"))
        #expect(out.contains("(1001)"))
        #expect(!out.contains("(1003)"))
        #expect(err.contains("检查了 3 个商品"))
        let lines = out.split(separator: "\n").map { Int($0.split(separator: ":")[1]) ?? 0 }
        #expect(lines == lines.sorted())
    }

    @Test func englishExportsGetEnglishAndFailOnDecidesTheExitCode() throws {
        let path = try file(Self.english)
        let (code, out, err) = run(["check", path])
        #expect(code == .findings)
        #expect(out.contains(":2:1: error: [description.empty] The description is empty (E-1)"))
        #expect(err.contains("in 2 listings"))
        #expect(run(["check", "--fail-on", "never", path]).0 == .success)
        #expect(run(["check", "--disable", "description.empty", path]).0 == .success)
        #expect(run(["check", "--lang", "zh", path]).1.contains("商品描述为空"))
    }

    @Test func ruleOptionRunsOnlyThatRule() throws {
        let path = try file(Self.chinese)
        let (_, out, _) = run(["check", "--rule", "description.empty", path])
        let rules = Set(out.split(separator: "\n").compactMap { line in
            line.split(separator: "[").last?.split(separator: "]").first
        })
        #expect(rules == ["description.empty"])
    }

    @Test func unknownRuleIsAUsageErrorWithAHint() throws {
        let path = try file(Self.english)
        let (code, _, err) = run(["check", "--disable", "description.emtpy", path])
        #expect(code == .usage)
        #expect(err.contains("Did you mean 'description.empty'?"))
    }

    @Test func missingAndUnusableFilesHaveTheirExitCodes() throws {
        #expect(run(["check", "/nonexistent/listings.csv"]).0 == .noInput)
        let binary = try file("\u{0}\u{1}\u{2}garbage", name: "data.bin")
        let (code, _, err) = run(["check", binary])
        #expect(code == .dataError)
        #expect(err.contains(binary))
        #expect(run(["check"]).0 == .usage)
    }

    @Test func csvOutputUsesTheSharedWriter() throws {
        let path = try file(Self.english)
        let (_, out, _) = run(["check", "--format", "csv", path])
        // One findings layout: the listing's id and product title, then the rule's id and title, …, the fix.
        #expect(out.hasPrefix(
            "\u{FEFF}listing_id,title,rule_id,rule,severity,message,evidence,fix,file,line,column\r\n"))
        let rule = try #require(RuleRegistry.description(id: "description.empty"))
        #expect(out.contains("E-1,Ceramic Mug,description.empty,\(rule.title.en),error,The description is empty,"))
        let (_, chinese, _) = run(["check", "--format", "csv", "--lang", "zh", path])
        #expect(chinese.hasPrefix("\u{FEFF}商品ID,商品标题,规则ID,规则,严重程度,问题说明,证据,修改方法,文件,行,列\r\n"))
        #expect(chinese.contains(",错误,商品描述为空,"))
    }

    @Test func githubOutputIsAnnotations() throws {
        let path = try file(Self.english)
        let (_, out, _) = run(["check", "--format", "github", path])
        let expected = "::error file=\(path),line=2,col=1,title=description.empty::The description is empty (E-1)"
        #expect(out.contains(expected))
    }

    @Test func jsonOutputCarriesFindingsAndSummary() throws {
        let path = try file(Self.english)
        let (_, out, _) = run(["check", "--format", "json", path])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
        let summary = try #require(object["summary"] as? [String: Int])
        #expect(summary["listings"] == 2)
        #expect(summary["errors"] == 1)
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.first?["rule_id"] as? String == "description.empty")
        #expect(findings.first?["title"] as? String == "Ceramic Mug")
        #expect(findings.first?["fix"] as? String == RuleRegistry.description(id: "description.empty")?.fix.en)
    }

    @Test func outputFileReceivesTheReport() throws {
        let path = try file(Self.english)
        let output = path + ".out.txt"
        let (_, out, _) = run(["check", "--output", output, path])
        #expect(out.isEmpty)
        let written = try String(contentsOfFile: output, encoding: .utf8)
        #expect(written.contains("[description.empty]"))
    }

    /// `--output -` is standard output, as for other command-line tools (it once made a file named `-`).
    @Test func outputDashIsStandardOutput() throws {
        let path = try file(Self.english)
        let (code, out, _) = run(["check", "--output", "-", path])
        #expect(code == .findings)
        #expect(out.contains("[description.empty]"))
    }

    @Test func configChangesSeverityAndBadConfigIsNamed() throws {
        let path = try file(Self.english)
        let config = try file(#"{"severityOverrides": {"description.empty": "advice"}}"#, name: "config.json")
        #expect(run(["check", "--config", config, path]).0 == .success)
        let bad = try file(#"{"thresholds": {"minimumImage": 2}}"#, name: "bad.json")
        let (code, _, err) = run(["check", "--config", bad, path])
        #expect(code == .usage)
        #expect(err.contains("\(bad): unknown key 'thresholds.minimumImage' (did you mean 'minimumImages'?)"))
        #expect(run(["check", "--config", "/nonexistent.json", path]).0 == .noInput)
    }

    /// `--lang zh`: a bad config is named in Chinese, with its file, and exits as in English (64, or 66 unread).
    @Test func badConfigIsNamedInChinese() throws {
        let path = try file(Self.chinese)
        let bad = try file(#"{"thresholds": {"minimumImage": 2}}"#, name: "BAD.json")
        let (code, out, err) = run(["check", "--lang", "zh", "--config", bad, path])
        #expect(code == .usage && out.isEmpty)
        #expect(err == "错误：\(bad)：未知配置项“thresholds.minimumImage”（是不是“minimumImages”？）\n")
        let platform = try file(#"{"platform": "ebay"}"#, name: "BAD.json")
        let (platformCode, _, platformErr) = run(["check", "--config", platform, "--lang=zh", path])
        #expect(platformCode == .usage)
        #expect(platformErr.hasPrefix("错误：\(platform)：“platform”中有未知平台“ebay”（可用：“auto”、“none”"))
        let (missingCode, _, missingErr) = run(["check", "--lang", "zh", "--config", "/nonexistent.json", path])
        #expect(missingCode == .noInput)
        #expect(missingErr == "错误：/nonexistent.json：无法读取配置：文件不存在\n")
        let (flagCode, _, flagErr) = run(["check", "--lang", "zh", "--platform", "ebay", path])
        #expect(flagCode == .usage)
        #expect(flagErr.hasPrefix("错误：“--platform”的值“ebay”无效"))
        // The first line of each: the message (a usage error's next lines show the command's usage).
        for text in [err, platformErr, missingErr, flagErr].map({ String($0.prefix { $0 != "\n" }) }) {
            let unquoted = ConfigurationLanguageTests.unquoted(text.replacingOccurrences(of: bad, with: " "))
                .replacingOccurrences(of: platform, with: " ")
                .replacingOccurrences(of: "/nonexistent.json", with: " ")
                .replacingOccurrences(of: CLI.name, with: " ")
            let values = PlatformProfile.choices.reduce(unquoted) { $0.replacingOccurrences(of: $1, with: " ") }
            #expect(!values.contains { $0.isASCII && $0.isLetter }, "\(text)")
        }
    }
}
