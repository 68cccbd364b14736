/// `findings.csv`: every finding with where its evidence was read. Each distinct rule id, message, evidence text and
/// file is rendered to its cell once (`CSVCellTable`); a row copies those cells.
enum AuditFindingsCSV {
    static let columns: [OutputColumn] = [
        .listingID, .rule, .severity, .message, .evidence, .file, .line, .column,
    ]

    /// Writes every finding of `findings` to `file`, messages in `language`.
    static func write(_ findings: AuditFindings, language: Language, to file: OutputFile) throws(AuditError) {
        let output = AuditCSVOutput(file: file, columns: columns, language: language)
        // One table: rule ids, then messages, then evidence texts, then files.
        let cells = CSVCellTable(
            findings.rules.values + findings.messages.values.map { $0.text(language) } + findings.evidence.values
                + findings.files.values)
        let messages = findings.rules.count
        let evidence = messages + findings.messages.count
        let files = evidence + findings.evidence.count
        try output.appendRows(count: findings.count) { range, rows in
            cells.withCells { cells in
                findings.records.withUnsafeBufferPointer { records in
                    for record in records[range] {
                        findings.listings.withID(Int(record.listing)) { rows.appendCell($0) }
                        rows.appendWrittenCell(cells[Int(record.rule)])
                        rows.appendCell(record.severity.rawValue)
                        rows.appendWrittenCell(cells[messages + Int(record.message)])
                        rows.appendWrittenCell(cells[evidence + Int(record.evidence)])
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
