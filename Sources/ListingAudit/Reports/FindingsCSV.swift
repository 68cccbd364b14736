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
