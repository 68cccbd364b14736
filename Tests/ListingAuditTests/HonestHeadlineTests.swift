import Foundation
import Testing
@testable import ListingAudit
@testable import ListingAuditCLI

/// The headlines tell the truth: what is missing is said to be missing, not shown as zero; a rate with nothing to
/// divide by is "no orders"; the reason line uses plain words, the statistics one click away.
@Suite struct HonestHeadlineTests {
    private func reason(orders: Int?, refundExportGiven: Bool = true, hasHistory: Bool = true) -> PriorityReason {
        PriorityReason(
            findingCount: 2, topRuleID: "size.no_measurements",
            topRuleTitle: LocalizedText(zh: "尺码没有具体尺寸", en: "Sizes without measurements"),
            hasHistory: hasHistory, maxSeverity: .warning, linkedRefunds: 5, dominantCategory: .sizeFit,
            preventableRefunds: 4, orders: orders, expectedLinkedRefunds: 1, refundsTotal: 7,
            refundExportGiven: refundExportGiven)
    }

    @Test func theReasonLineIsInPlainWords() {
        let line = reason(orders: 100)
        #expect(line.text(.en) == "5 linked refunds in 100 orders (5.0%; similar listings without the problem: 1.0%), "
            + "mostly Size / fit; cause: Sizes without measurements; a fix could prevent about 4")
        #expect(line.text(.zh) == "100单中5笔关联退款（5.0%，无此问题的同类商品为1.0%），主要为尺码不合适；"
            + "原因：尺码没有具体尺寸；修改后约可减少4笔")
        for text in [line.text(.en), line.text(.zh)] {
            for jargon in ["shrunk", "baseline", "修正后", "基线", "相关退款"] { #expect(!text.contains(jargon)) }
        }
    }

    @Test func aListingWithoutOrdersSaysSoInsteadOfARate() {
        #expect(reason(orders: 0).text(.en).hasPrefix("No orders; 5 linked refunds"))
        #expect(reason(orders: 0).text(.zh).hasPrefix("无订单；5笔关联退款"))
        #expect(!reason(orders: 0).text(.en).contains("%"))
    }

    @Test func withoutARefundExportNoListingIsCalledNew() {
        let missing = reason(orders: nil, refundExportGiven: false, hasHistory: false)
        #expect(missing.text(.en) == "No refund export given: 2 findings, worst warning: Sizes without measurements")
        #expect(missing.text(.zh) == "未提供退款数据：2个问题，最严重为警告：尺码没有具体尺寸")
        let new = reason(orders: nil, hasHistory: false)
        #expect(new.text(.en).hasPrefix("New product (no orders or refunds yet): 2 findings"))
    }

    @Test func anEvidenceRowWithoutOrdersShowsNoRateAndNoChange() {
        var result = ReportFixtures.result()
        let rule = result.evidence[0]
        result.evidence[0] = RuleEvidence(
            ruleID: rule.ruleID, title: rule.title, categories: rule.categories, basis: rule.basis,
            listingsWith: 1, listingsWithout: rule.listingsWithout, with: RateEstimate(events: 0, trials: 0),
            without: rule.without)
        let html = HTMLReport(result: result, language: .zh, date: HistoryFixtures.date("2026-11-26")).render()
        #expect(html.contains(#"data-label="有此问题时退款率">无订单</td>"#))
        #expect(html.contains(#"data-label="变化">–</td>"#))
        #expect(!html.contains("0.0% (0/0)"))
    }

    @Test func theReportAndTheTerminalSayNoRefundExportWasGiven() throws {
        let folder = HistoryFixtures.temporaryFolder()
        let listings = TestPaths.corpus.appendingPathComponent("demo-shop/listings.csv").path
        let capture = CapturingConsole()
        let arguments = ["audit", "--listings", listings, "--out", folder.path, "--no-history", "--lang", "en"]
        #expect(CLI.run(arguments, console: capture.console) == .success)
        #expect(capture.out.contains("No refund export was given, so refunds cannot rank the listings"))
        #expect(!capture.out.contains("New product"))
        let html = try String(contentsOf: folder.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.contains("No refund export was given: refunds not counted"))
        #expect(html.contains("Ranked by severity (no refund export given)"))
        #expect(!html.contains("Money at stake") && !html.contains("New product"))
        let priorities = try String(contentsOf: folder.appendingPathComponent("priorities.csv"), encoding: .utf8)
        #expect(priorities.contains("No refund export given: 4 findings, worst warning: "))
        // Ranked by severity, then by the number of findings: D03 and D06 (4 warnings each) lead.
        let ranked = priorities.split(separator: "\r\n").dropFirst().prefix(2).map { $0.split(separator: ",")[1] }
        #expect(ranked == ["D03", "D06"])
    }
}
