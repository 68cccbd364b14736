/// `findings.csv`: every finding in the findings layout (`FindingColumns`), with where its evidence was read. Each
/// distinct rule id, rule title, fix, message, evidence text and file is rendered to its cell once
/// (`CSVCellTable`); a row copies those cells, and the listing's id and title come from the listing table's bytes.
enum AuditFindingsCSV {
    static let columns = FindingColumns.all

    /// Writes every finding of `findings` to `file`, messages in `language`.
    static func write(_ findings: AuditFindings, language: Language, to file: OutputFile) throws(AuditError) {
        let output = AuditCSVOutput(file: file, columns: columns, language: language)
        let rules = findings.rules.values.map { RuleRegistry.description(id: $0) }
        // One table: rule ids, rule titles, fixes, then messages, then evidence texts, then files.
        let ruleTitles = rules.map { $0?.title.text(language) ?? "" }
        let fixTexts = rules.map { $0?.fix.text(language) ?? "" }
        let cells = CSVCellTable(
            findings.rules.values + ruleTitles + fixTexts + findings.messages.values.map { $0.text(language) }
                + findings.evidence.values + findings.files.values)
        let titles = findings.rules.count
        let fixes = titles + findings.rules.count
        let messages = fixes + findings.rules.count
        let evidence = messages + findings.messages.count
        let files = evidence + findings.evidence.count
        try output.appendRows(count: findings.count) { range, rows in
            cells.withCells { cells in
                findings.records.withUnsafeBufferPointer { records in
                    for record in records[range] {
                        let rule = Int(record.rule)
                        findings.listings.withID(Int(record.listing)) { rows.appendCell($0) }
                        findings.listings.withTitle(Int(record.listing)) { rows.appendCell($0) }
                        rows.appendWrittenCell(cells[rule])
                        rows.appendWrittenCell(cells[titles + rule])
                        rows.appendCell(CSVValue.severity(record.severity, language))
                        rows.appendWrittenCell(cells[messages + Int(record.message)])
                        rows.appendWrittenCell(cells[evidence + Int(record.evidence)])
                        rows.appendWrittenCell(cells[fixes + rule])
                        rows.appendWrittenCell(cells[files + Int(record.file)])
                        rows.appendCell(Int(record.line))
                        if record.column < 0 { rows.appendCell("") } else { rows.appendCell(Int(record.column)) }
                        rows.endRow()
                    }
                }
            }
        }
        try output.finish()
    }
}
