import Foundation

/// `{"findings": [...], "summary": {...}}`, keys sorted, for scripts.
enum FindingsJSON {
    private struct Document: Encodable {
        let findings: [Entry]
        let summary: Summary
    }

    private struct Entry: Encodable {
        let listingID: String
        let rule: String
        let severity: Severity
        let message: String
        let evidence: String
        let file: String
        let line: Int
        let column: Int?
    }

    private struct Summary: Encodable {
        let listings: Int
        let findings: Int
        let errors: Int
        let warnings: Int
        let advice: Int
        let skippedRows: Int
    }

    static func render(_ report: FindingsReport) -> String {
        let entries = report.findings.map {
            Entry(
                listingID: $0.listingID, rule: $0.ruleID, severity: $0.severity,
                message: $0.message.text(report.language), evidence: $0.evidence, file: $0.location.file,
                line: $0.location.line, column: $0.location.column)
        }
        let summary = Summary(
            listings: report.listingCount, findings: report.findings.count, errors: report.count(.error),
            warnings: report.count(.warning), advice: report.count(.advice), skippedRows: report.skippedRows.count)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(Document(findings: entries, summary: summary))) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
