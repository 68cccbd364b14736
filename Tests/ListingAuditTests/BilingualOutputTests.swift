import Foundation
import Testing
@testable import ListingAudit
@testable import ListingAuditCLI

/// Both languages all the way: every rule message (through the rules' examples), every report string and column,
/// `explain`, the terminal summaries of `check` and `audit` (a first week, a second week with history, an audit
/// without a refund export), every CSV the audit writes and `report.html`, rendered in Chinese from a Chinese shop
/// and in English from an English one. Chinese output may hold no untranslated English word, English output no
/// Chinese character. Quotes from the data (titles, evidence) are in the shop's own language, so they pass too.
@Suite(.serialized) struct BilingualOutputTests {
    /// Latin words allowed in Chinese output, each for a reason: units and codes Chinese shops write in Latin
    /// letters (`SKU`, `ID`, `cm`, `ml`, `px`, `MB`, `USB`, `LED`, `CDN`), the file and image formats the tool names
    /// (`CSV`, `HTML`, `JSON`, `XLSX`, `XML`, `RSS`, `Atom`, `JPEG`, `PNG`, …) and the protocol of an image
    /// address's status (`HTTP 404`), size letters quoted from listings and buyers (`XS`, `XL`), platform names.
    /// Single letters (`T恤`, `V领`, `A款`, sizes `M`, `L`) are never words.
    static let allowedInChinese: Set<String> = [
        "SKU", "ID", "cm", "mm", "ml", "kg", "px", "KB", "MB", "USB", "LED", "CDN", "CSV", "HTML", "JSON", "JPEG",
        "PNG", "GIF", "WEBP", "BMP", "AVIF", "HEIC", "XLSX", "XML", "RSS", "Atom", "HTTP", "XS", "XL", "XXL",
        "Google", "Amazon", "Shopify", "WooCommerce", "Magento", "Olist", "FBA",
    ]

    /// What is never a word to translate: addresses, paths, file names, rule ids (`size.no_measurements`), snake
    /// case ids (`size_fit`), the tool's name, markup entities.
    private static let identifiers = [
        #"https?://[^\s,，）)"<]*"#, #"(?:[A-Za-z]:)?(?:[/\\][\w.\-]+)+"#, #"[\w\-]+\.(?:csv|tsv|txt|html|json|xlsx)"#,
        #"\b[a-z]+\.[a-z_]+\b"#, #"\b[a-z]+(?:_[a-z]+)+\b"#, "listing-audit", #"&[a-z]+;"#,
        #"\b[A-Za-z]+[\-_]?\d[\w\-]*"#,
    ].map { try! NSRegularExpression(pattern: $0) }

    /// The English words of `text` outside identifiers and the allow-list.
    static func untranslatedWords(_ text: String) -> [String] {
        var stripped = text
        for pattern in identifiers {
            stripped = pattern.stringByReplacingMatches(
                in: stripped, range: NSRange(stripped.startIndex..., in: stripped), withTemplate: " ")
        }
        let words = stripped.split { !($0.isASCII && $0.isLetter) }.map(String.init)
        return words.filter { $0.count > 1 && !allowedInChinese.contains($0) }
    }

    static func hasHan(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x3400...0x9FFF).contains($0.value) || (0xFF01...0xFF5E).contains($0.value) }
    }

    /// Records an issue for every line of a Chinese `text` with English words.
    static func expectChinese(
        _ text: String, _ what: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        for line in text.split(whereSeparator: \.isNewline) {
            let words = untranslatedWords(String(line))
            if !words.isEmpty {
                Issue.record("\(what): English \(words) in Chinese output: \(line)", sourceLocation: sourceLocation)
            }
        }
    }

    /// Records an issue for every line of an English `text` with Chinese.
    static func expectEnglish(
        _ text: String, _ what: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        for line in text.split(whereSeparator: \.isNewline) where hasHan(String(line)) {
            Issue.record("\(what): Chinese in English output: \(line)", sourceLocation: sourceLocation)
        }
    }

    /// The visible text of an HTML page: styles and `<code>` (the report's mark for ids: rule ids, formats,
    /// encodings, file locations) dropped, tags replaced by line breaks.
    static func visibleText(_ html: String) -> String {
        var text = html
        if let start = text.range(of: "<style>"), let end = text.range(of: "</style>") {
            text.removeSubrange(start.lowerBound..<end.upperBound)
        }
        text = text.replacingOccurrences(of: #"<code[^>]*>[^<]*</code>"#, with: " ", options: .regularExpression)
        return text.replacingOccurrences(of: #"<[^>]*>"#, with: "\n", options: .regularExpression)
    }

    @Test func everyRuleMessageAndExplanationIsInTheLanguageAsked() {
        for rule in RuleRegistry.all {
            let description = rule.description
            for example in description.triggeringExamples {
                for finding in RuleExampleRunner.findings(of: rule, for: example, descriptionVariant: { $0 }) {
                    // What the message quotes from the example is the example's own language.
                    let quoted = finding.evidence.components(separatedBy: CharacterSet(charactersIn: ",≠∉×{}"))
                        .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                    func unquoted(_ message: String) -> String {
                        quoted.reduce(message) { $0.replacingOccurrences(of: $1, with: " ") }
                    }
                    Self.expectChinese(unquoted(finding.message.zh), description.id)
                    Self.expectEnglish(unquoted(finding.message.en), description.id)
                }
            }
            let zh = ExplainCommand.explanation(of: description, language: .zh)
            let en = ExplainCommand.explanation(of: description, language: .en)
            // The examples are quotes: check the explanation's own lines (the ones before the examples).
            Self.expectChinese(zh.components(separatedBy: "会报告：")[0], "explain \(description.id)")
            Self.expectEnglish(en.components(separatedBy: "Triggers:")[0], "explain \(description.id)")
            for words in [description.title, description.rationale, description.fix] {
                Self.expectChinese(words.zh, description.id)
                Self.expectEnglish(words.en, description.id)
            }
        }
    }

    @Test func everyReportStringColumnAndValueNameIsTranslated() {
        var texts: [LocalizedText] = ReportString.allCases.map {
            LocalizedText(zh: $0.text(.zh, "1", "2", "3", "4"), en: $0.text(.en, "1", "2", "3", "4"))
        }
        texts += OutputColumn.allCases.map(\.label) + RefundCategory.allCases.map(\.label)
        texts += RefundStatus.allCases.map(\.label) + RefundType.allCases.map(\.label)
        texts += MatchMethod.allCases.map(\.label)
        texts += ProductProfile.allCases.map(\.label)
        for text in texts {
            Self.expectChinese(text.zh, "table")
            Self.expectEnglish(text.en, "table")
        }
        for severity in Severity.allCases {
            Self.expectChinese(CSVValue.severity(severity, .zh), "severity")
        }
        Self.expectChinese(CSVValue.flag(true, .zh) + CSVValue.flag(false, .zh), "flag")
    }

    private func run(_ arguments: [String]) -> (out: String, err: String) {
        let capture = CapturingConsole()
        let code = CLI.run(arguments, console: capture.console)
        #expect(code == .success, "\(arguments): \(capture.err)")
        return (capture.out, capture.err)
    }

    /// Everything an audit into `out` wrote that a person reads: the CSV files and the report's visible text.
    private func reports(_ out: URL) throws -> [(String, String)] {
        try ["priorities.csv", "findings.csv", "refunds.csv", "trend.csv", "report.html"].compactMap { name in
            let url = out.appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: url.path) else { return nil }
            let text = try String(contentsOf: url, encoding: .utf8)
            return (name, name.hasSuffix(".html") ? Self.visibleText(text) : text)
        }
    }

    @Test func aChineseShopsAuditsAndChecksAreChineseThroughout() throws {
        let folder = HistoryFixtures.temporaryFolder()
        let history = folder.appendingPathComponent("history").path
        let corpus = TestPaths.corpus
        let runs = [
            ("week1", corpus.appendingPathComponent("demo-shop").path, ["--date", "2026-11-19"]),
            ("week2", corpus.appendingPathComponent("demo-shop-week2").path, ["--date", "2026-11-26"]),
        ]
        for (name, shop, extra) in runs {
            let out = folder.appendingPathComponent(name)
            let printed = run(
                ["audit", shop, "--out", out.path, "--history", history, "--lang", "zh", "--color", "never"] + extra)
            Self.expectChinese(printed.out + printed.err, "audit \(name)")
            for (file, text) in try reports(out) { Self.expectChinese(text, "\(name)/\(file)") }
        }
        let listings = corpus.appendingPathComponent("demo-shop/listings.csv").path
        let bare = folder.appendingPathComponent("no-refunds")
        let printed = run(["audit", "--listings", listings, "--out", bare.path, "--no-history", "--lang", "zh"])
        #expect(printed.out.contains("未提供退款数据"))
        Self.expectChinese(printed.out + printed.err, "audit without refunds")
        for (file, text) in try reports(bare) { Self.expectChinese(text, "no-refunds/\(file)") }
        for format in FindingsFormat.allCases where format != .text && format != .github {
            let checked = run(["check", listings, "--format", format.rawValue, "--lang", "zh", "--fail-on", "never"])
            Self.expectChinese(checked.err, "check summary")
            if format == .csv { Self.expectChinese(checked.out, "check --format csv") }
        }
    }

    /// `inspect` of every kind of file it reads (listing exports as text and workbooks, refund and order exports,
    /// a file with repaired rows; feeds and JSON in English) says its labels, formats, fields and repairs in the
    /// language asked. Each file's own words (headers, titles) are in that language too, so anything else is ours.
    @Test func inspectSaysEverythingInTheLanguageAsked() throws {
        let corpus = TestPaths.corpus
        let repaired = HistoryFixtures.temporaryFolder().appendingPathComponent("修复.csv")
        try Data(
            "商品ID,商品名称,商品详情,价格\nA1,纯棉T恤,纯棉面料,59,\nA2,帆布\"包,大容量,89\n".utf8
        ).write(to: repaired)
        let chinese = [
            "demo-shop/listings.csv", "demo-shop/after-sales.csv", "demo-shop/orders.csv",
            "demo-shop-xlsx/商品列表.xlsx", "demo-shop-xlsx/售后单.xlsx", "demo-shop-xlsx/订单明细.xlsx",
            "formats/douyin-skus.csv", "formats/pinduoduo-products.csv", "formats/refunds/taobao-refunds.csv",
        ].map { corpus.appendingPathComponent($0).path } + [repaired.path]
        for file in chinese {
            let printed = run(["inspect", file, "--lang", "zh"])
            #expect(printed.out.contains("格式："), "inspect \(file): \(printed.out)")
            Self.expectChinese(printed.out + printed.err, "inspect --lang zh \(file)")
        }
        let repairs = run(["inspect", repaired.path, "--lang", "zh"]).out
        #expect(repairs.contains("修复的问题：") && repairs.contains("按文字保留"))
        let english = [
            "demo-shop-en/products.csv", "demo-shop-en/returns.csv", "demo-shop-en/orders.csv",
            "formats/feeds/google-merchant-rss.xml", "formats/feeds/atom-feed.xml",
            "formats/json/array-of-records.json",
            "formats/json/shopify-admin-products.json",
        ].map { corpus.appendingPathComponent($0).path }
        for file in english {
            let printed = run(["inspect", file, "--lang", "en"])
            #expect(printed.out.contains("format: "), "inspect \(file): \(printed.out)")
            Self.expectEnglish(printed.out + printed.err, "inspect --lang en \(file)")
        }
    }

    @Test func anEnglishShopsAuditsAndChecksHoldNoChinese() throws {
        let folder = HistoryFixtures.temporaryFolder()
        let shop = TestPaths.corpus.appendingPathComponent("demo-shop-en")
        let out = folder.appendingPathComponent("audit")
        let printed = run(["audit", shop.path, "--out", out.path, "--no-history", "--lang", "en"])
        Self.expectEnglish(printed.out + printed.err, "audit")
        for (file, text) in try reports(out) { Self.expectEnglish(text, file) }
        let listings = shop.appendingPathComponent("products.csv").path
        let bare = folder.appendingPathComponent("no-refunds")
        let alone = run(["audit", "--listings", listings, "--out", bare.path, "--no-history", "--lang", "en"])
        #expect(alone.out.contains("No refund export was given"))
        Self.expectEnglish(alone.out + alone.err, "audit without refunds")
        for (file, text) in try reports(bare) { Self.expectEnglish(text, "no-refunds/\(file)") }
        for format in FindingsFormat.allCases {
            let checked = run(["check", listings, "--format", format.rawValue, "--lang", "en", "--fail-on", "never"])
            Self.expectEnglish(checked.out + checked.err, "check --format \(format.rawValue)")
        }
    }
}
