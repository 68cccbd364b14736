/// `check --format csv`: one row per finding in the findings layout (`FindingColumns`), headers and severities in
/// the output's language, as `CSVByteBuffer` writes cells (BOM, CRLF, injection-safe).
enum FindingsCSV {
    /// The BOM and the header row.
    static func header(_ language: Language) -> String {
        CSVWriter(columns: FindingColumns.all, language: language).text
    }

    /// Appends one finding's row, with its CRLF, to `buffer`.
    static func appendRow(_ finding: Finding, language: Language, to buffer: inout CSVByteBuffer) {
        let rule = RuleRegistry.texts(id: finding.ruleID)
        buffer.appendCell(finding.listingID)
        buffer.appendCell(finding.title)
        buffer.appendCell(finding.ruleID)
        buffer.appendCell(rule?.title.text(language) ?? "")
        buffer.appendCell(CSVValue.severity(finding.severity, language))
        buffer.appendCell(finding.message.text(language))
        buffer.appendCell(finding.evidence)
        buffer.appendCell(rule?.fix.text(language) ?? "")
        buffer.appendCell(finding.location.file)
        buffer.appendCell(finding.location.line)
        if let column = finding.location.column { buffer.appendCell(column) } else { buffer.appendCell("") }
        buffer.endRow()
    }
}
