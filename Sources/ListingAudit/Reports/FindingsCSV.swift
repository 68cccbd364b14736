/// `listing_id,rule,severity,message,evidence,file,line,title,fix` through `CSVWriter` (BOM, CRLF, injection-safe).
enum FindingsCSV {
    static let columns = ["listing_id", "rule", "severity", "message", "evidence", "file", "line", "title", "fix"]

    /// The BOM and the header row.
    static var header: String { CSVWriter(header: columns).text }

    /// One finding's row, with its CRLF.
    static func row(_ finding: Finding, language: Language) -> String {
        let rule = RuleRegistry.rule(id: finding.ruleID)?.description
        return CSVWriter.row([
            finding.listingID, finding.ruleID, finding.severity.rawValue, finding.message.text(language),
            finding.evidence, finding.location.file, String(finding.location.line),
            rule?.title.text(language) ?? "", rule?.fix.text(language) ?? "",
        ])
    }
}
