import Testing
@testable import ListingAudit

@Suite struct CheckOutputTests {
    private func finding(
        _ id: String, file: String, line: Int, severity: Severity = .warning, evidence: String = "x",
        message: LocalizedText = LocalizedText(zh: "描述为空", en: "Empty")
    ) -> Finding {
        Finding(
            listingID: id, ruleID: "description.empty", severity: severity, message: message, evidence: evidence,
            location: SourceLocation(file: file, line: line))
    }

    @Test func findingsSortByFileOrderThenLine() {
        let report = FindingsReport(
            findings: [finding("3", file: "b.csv", line: 2), finding("2", file: "a.csv", line: 9),
                       finding("1", file: "a.csv", line: 4)],
            listingCount: 3, language: .en, fileOrder: ["b.csv", "a.csv"])
        #expect(report.findings.map(\.listingID) == ["3", "1", "2"])
        #expect(FindingsFormat.text.render(report).hasPrefix("b.csv:2: warning: [description.empty] Empty (3)\n"))
    }

    @Test func summaryCountsEachSeverityAndSkippedRows() {
        let skipped = SkippedRow(
            location: SourceLocation(file: "a.csv", line: 7), reason: LocalizedText(zh: "无", en: "no"))
        let report = FindingsReport(
            findings: [finding("1", file: "a.csv", line: 2, severity: .error), finding("2", file: "a.csv", line: 3)],
            listingCount: 40, skippedRows: [skipped], language: .en)
        #expect(report.summary == "2 findings (1 error, 1 warning, 0 advice) in 40 listings; 1 row skipped")
        let chinese = FindingsReport(findings: report.findings, listingCount: 40, language: .zh)
        #expect(chinese.summary == "检查了 40 个商品，发现 2 个问题（1 个错误，1 个警告，0 条建议）")
        #expect(report.fails(at: .error))
        #expect(!report.fails(at: nil))
        #expect(!FindingsReport(findings: [finding("1", file: "a", line: 1, severity: .advice)], listingCount: 1,
                                language: .en).fails(at: .warning))
    }

    @Test func githubAnnotationsEscapeMessagesAndProperties() {
        let message = LocalizedText(zh: "x", en: "100% off\nnow")
        let report = FindingsReport(
            findings: [finding("1", file: "shop,a:b.csv", line: 3, severity: .advice, message: message)],
            listingCount: 1, language: .en)
        #expect(FindingsFormat.github.render(report)
            == "::notice file=shop%2Ca%3Ab.csv,line=3,title=description.empty::100%25 off%0Anow (1)\n")
    }

    @Test func csvNeutralisesFormulasInEvidence() {
        let report = FindingsReport(
            findings: [finding("1", file: "a.csv", line: 2, evidence: "=HYPERLINK(\"x\")")], listingCount: 1,
            language: .en)
        let csv = FindingsFormat.csv.render(report)
        #expect(csv.contains(",\"'=HYPERLINK(\"\"x\"\")\","))
        #expect(csv.hasSuffix("\r\n"))
    }
}
