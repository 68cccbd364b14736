import Foundation

/// The output formats of `check`: compiler-style text, JSON, CSV for spreadsheets, and GitHub Actions annotations.
public enum FindingsFormat: String, Sendable, CaseIterable {
    case text
    case json
    case csv
    case github

    /// The report rendered in this format (CSV starts with a BOM and uses CRLF).
    public func render(_ report: FindingsReport) -> String {
        switch self {
        case .text: FindingsText.render(report)
        case .json: FindingsJSON.render(report)
        case .csv: FindingsCSV.render(report)
        case .github: FindingsGitHub.render(report)
        }
    }
}

/// `file:line: severity: [rule] message (listing id)`, one finding a line, the way compilers print diagnostics.
enum FindingsText {
    static func render(_ report: FindingsReport) -> String {
        report.findings.map { finding in
            "\(finding.location): \(finding.severity.rawValue): [\(finding.ruleID)] "
                + "\(finding.message.text(report.language)) (\(finding.listingID))\n"
        }.joined()
    }
}

/// GitHub Actions workflow commands: `::warning file=…,line=…,title=rule::message`; advice is a `notice`.
enum FindingsGitHub {
    static func render(_ report: FindingsReport) -> String {
        report.findings.map { finding in
            let level = switch finding.severity {
            case .error: "error"
            case .warning: "warning"
            case .advice: "notice"
            }
            var properties = ["file=\(property(finding.location.file))", "line=\(finding.location.line)"]
            if let column = finding.location.column { properties.append("col=\(column)") }
            properties.append("title=\(property(finding.ruleID))")
            let message = "\(finding.message.text(report.language)) (\(finding.listingID))"
            return "::\(level) \(properties.joined(separator: ","))::\(data(message))\n"
        }.joined()
    }

    /// Escapes a message the way the Actions runner unescapes it.
    static func data(_ value: String) -> String {
        value.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// Escapes a property value (also `:` and `,`).
    static func property(_ value: String) -> String {
        data(value).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}

/// `listing_id,rule,severity,message,evidence,file,line,title,fix` through `CSVWriter` (BOM, CRLF, injection-safe).
enum FindingsCSV {
    static let header = ["listing_id", "rule", "severity", "message", "evidence", "file", "line", "title", "fix"]

    static func render(_ report: FindingsReport) -> String {
        var writer = CSVWriter(header: header)
        let language = report.language
        for finding in report.findings {
            let rule = RuleRegistry.rule(id: finding.ruleID)?.description
            writer.appendRow([
                finding.listingID, finding.ruleID, finding.severity.rawValue, finding.message.text(language),
                finding.evidence, finding.location.file, String(finding.location.line),
                rule?.title.text(language) ?? "", rule?.fix.text(language) ?? "",
            ])
        }
        return writer.text
    }
}

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
