import Foundation
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

    /// Everything a writer prints for `findings` (already in order) and `summary`.
    private func render(_ format: FindingsFormat, _ findings: [Finding], summary: FindingsSummary? = nil) -> String {
        var writer = FindingsWriter(format: format, language: .en)
        var counts = summary ?? FindingsSummary(language: .en, listingCount: findings.count)
        if summary == nil { counts.add(findings) }
        return String(decoding: writer.write(writer.render(findings)) + writer.finish(counts), as: UTF8.self)
    }

    @Test func findingsComeInFileOrderThenLineHoldingBackOnlyWhatALaterBatchCouldPrecede() {
        var order = FindingsOrder<Finding>()
        var out: [Finding] = []
        out += order.add([finding("3", file: "b.csv", line: 2)], file: "b.csv", firstLine: 2)
        // Listing 1 starts at line 3 and has a value from line 9; listing 2 (next batch) starts at line 4.
        out += order.add(
            [finding("1", file: "a.csv", line: 3), finding("1", file: "a.csv", line: 9)], file: "a.csv", firstLine: 3)
        #expect(out.map(\.listingID) == ["3"])
        out += order.add([finding("2", file: "a.csv", line: 4)], file: "a.csv", firstLine: 4)
        #expect(out.map(\.location.line) == [2, 3])
        out += order.finish()

        #expect(out.map(\.listingID) == ["3", "1", "2", "1"])
        #expect(out.map(\.location.line) == [2, 3, 4, 9])
        #expect(render(.text, out).hasPrefix(
            "b.csv:2: warning: [description.empty] Empty (3)\nb.csv:2: note: [description.empty] "
                + FindingsText.note(out[0], .en) + "\n"))
    }

    @Test func summaryCountsEachSeverityAndSkippedRows() {
        var summary = FindingsSummary(language: .en, listingCount: 40, skippedRows: 1)
        summary.add([finding("1", file: "a.csv", line: 2, severity: .error), finding("2", file: "a.csv", line: 3)])
        #expect(summary.line == "2 findings (1 error, 1 warning, 0 advice) in 40 listings; 1 row skipped")
        var chinese = summary
        chinese.language = .zh
        chinese.skippedRows = 0
        #expect(chinese.line == "检查了 40 个商品，发现 2 个问题（1 个错误，1 个警告，0 条建议）")
        #expect(summary.fails(at: .error))
        #expect(summary.fails(at: .advice))
        #expect(!summary.fails(at: nil))
        var adviceOnly = FindingsSummary(language: .en, listingCount: 1)
        adviceOnly.add([finding("1", file: "a", line: 1, severity: .advice)])
        #expect(!adviceOnly.fails(at: .warning))
        #expect(adviceOnly.fails(at: .advice))
    }

    @Test func githubAnnotationsEscapeMessagesAndProperties() {
        let message = LocalizedText(zh: "x", en: "100% off\nnow")
        let findings = [finding("1", file: "shop,a:b.csv", line: 3, severity: .advice, message: message)]
        #expect(render(.github, findings)
            == "::notice file=shop%2Ca%3Ab.csv,line=3,title=description.empty::100%25 off%0Anow (1)%0A"
                + FindingsGitHub.data(FindingsText.note(findings[0], .en)) + "\n")
    }

    /// A `%` with a combining mark after it (one `Character` with its mark), and a line end written CRLF, are
    /// escaped byte by byte as GitHub's toolkit does: a `%` left bare could read as an escape, and a raw CR or LF
    /// would end the workflow command early.
    @Test func githubAnnotationsEscapeEveryLineEndAndPercentByteByByte() {
        #expect(FindingsGitHub.data("a\r\nb") == "a%0D%0Ab")
        #expect(FindingsGitHub.data("5%\u{301} off") == "5%25\u{301} off")
        #expect(FindingsGitHub.property("x\r\n:y,z") == "x%0D%0A%3Ay%2Cz")
        #expect(FindingsGitHub.data("plain 中文") == "plain 中文")
    }

    @Test func csvNeutralisesFormulasInEvidence() {
        let csv = render(.csv, [finding("1", file: "a.csv", line: 2, evidence: "=HYPERLINK(\"x\")")])
        #expect(csv.hasPrefix(
            "\u{FEFF}listing_id,title,rule_id,rule,severity,message,evidence,fix,file,line,column\r\n"))
        #expect(csv.contains(",\"'=HYPERLINK(\"\"x\"\")\","))
        #expect(csv.hasSuffix("\r\n"))
    }

    @Test func jsonWrittenOneFindingAtATimeIsTheDocumentJSONEncoderWouldPrint() throws {
        struct Entry: Encodable {
            let listingID, title, ruleID, rule: String, severity: Severity, message, evidence, fix, file: String
            let line: Int, column: Int?
            enum CodingKeys: String, CodingKey {
                case listingID = "listing_id", title, ruleID = "rule_id", rule, severity, message, evidence, fix, file
                case line, column
            }
        }
        struct Counts: Encodable { let listings, findings, errors, warnings, advice, skippedRows: Int }
        struct Document: Encodable { let findings: [Entry], summary: Counts }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let two = [finding("1", file: "a/b.csv", line: 2, evidence: "\"x\"\n"), finding("2", file: "a", line: 5)]
        // Every kind of byte a string escapes or keeps, in every string field, and a finding with a column.
        let hostile = "\u{0}\u{1F}\t\r\u{7F} \\ / \u{2028}\u{2029} 🙂 e\u{301} 长 </b>"
        var odd = finding("3" + hostile, file: "x" + hostile + ".csv", line: 9, evidence: hostile)
        (odd.title, odd.location.column) = (hostile, 4)
        odd.message = FindingMessage(LocalizedText(zh: hostile, en: hostile))
        for findings in [[], two, two + [odd]] {
            let document = Document(
                findings: findings.map {
                    Entry(
                        listingID: $0.listingID, title: $0.title, ruleID: $0.ruleID,
                        rule: RuleRegistry.description(id: $0.ruleID)?.title.en ?? "", severity: $0.severity,
                        message: $0.message.en, evidence: $0.evidence,
                        fix: RuleRegistry.description(id: $0.ruleID)?.fix.en ?? "", file: $0.location.file,
                        line: $0.location.line, column: $0.location.column)
                },
                summary: Counts(
                    listings: findings.count, findings: findings.count, errors: 0, warnings: findings.count,
                    advice: 0, skippedRows: 0))
            let expected = String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
            #expect(render(.json, findings) == expected)
        }
    }
}
