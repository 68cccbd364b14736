/// `listing_id,rule,severity,message,evidence,file,line,title,fix` as `CSVByteBuffer` writes cells (BOM, CRLF, injection-safe).
enum FindingsCSV {
    static let columns = ["listing_id", "rule", "severity", "message", "evidence", "file", "line", "title", "fix"]

    /// The BOM and the header row.
    static var header: String { CSVWriter(header: columns).text }

    /// Appends one finding's row, with its CRLF, to `buffer`.
    static func appendRow(_ finding: Finding, language: Language, to buffer: inout CSVByteBuffer) {
        let rule = RuleRegistry.description(id: finding.ruleID)
        buffer.appendCell(finding.listingID)
        buffer.appendCell(finding.ruleID)
        buffer.appendCell(finding.severity.rawValue)
        buffer.appendCell(finding.message.text(language))
        buffer.appendCell(finding.evidence)
        buffer.appendCell(finding.location.file)
        buffer.appendCell(finding.location.line)
        buffer.appendCell(rule?.title.text(language) ?? "")
        buffer.appendCell(rule?.fix.text(language) ?? "")
        buffer.endRow()
    }
}
