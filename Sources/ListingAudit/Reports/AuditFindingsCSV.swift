/// `findings.csv`: every finding in the findings layout (`FindingColumns`), with where its evidence was read. Each
/// distinct rule id, rule title, fix, message, evidence text, file and severity is rendered to its cell once
/// (`CSVCellTable`); a row copies those cells, and the listing's id and title come from the listing table's bytes,
/// all written into room made once per row (`CSVByteBuffer.appendRow`).
enum AuditFindingsCSV {
    static let columns = FindingColumns.all

    /// Writes every finding of `findings` to `file`, messages in `language`.
    static func write(_ findings: AuditFindings, language: Language, to file: OutputFile) throws(AuditError) {
        let output = AuditCSVOutput(file: file, columns: columns, language: language)
        let rules = findings.rules.values.map { RuleRegistry.description(id: $0) }
        // One table: rule ids, rule titles, fixes, then messages, then evidence texts, then files.
        let ruleTitles = rules.map { $0?.title.text(language) ?? "" }
        let fixTexts = rules.map { $0?.fix.text(language) ?? "" }
        // The severities last, by `Severity.allCases` position.
        let cells = CSVCellTable(
            findings.rules.values + ruleTitles + fixTexts + findings.messages.values.map { $0.text(language) }
                + findings.evidence.values + findings.files.values
                + Severity.allCases.map { CSVValue.severity($0, language) })
        let titles = findings.rules.count
        let fixes = titles + findings.rules.count
        let messages = fixes + findings.rules.count
        let evidence = messages + findings.messages.count
        let files = evidence + findings.evidence.count
        let severities = files + findings.files.count
        let severityOffsets = Severity.allCases
        try output.appendRows(count: findings.count) { range, rows in
            cells.withCells { cells in
                findings.records.withUnsafeBufferPointer { records in
                    for record in records[range] {
                        let rule = Int(record.rule)
                        let written = (
                            cells[rule], cells[titles + rule],
                            cells[severities + severityOffsets.firstIndex(of: record.severity)!],
                            cells[messages + Int(record.message)], cells[evidence + Int(record.evidence)],
                            cells[fixes + rule], cells[files + Int(record.file)])
                        let writtenBytes = written.0.count + written.1.count + written.2.count + written.3.count
                            + written.4.count + written.5.count + written.6.count + 7
                        findings.listings.withID(Int(record.listing)) { id in
                            findings.listings.withTitle(Int(record.listing)) { title in
                                let texts = CSVByteBuffer.maximum(cell: id) + CSVByteBuffer.maximum(cell: title)
                                // Two numbers, at most 25 bytes each (`CSVByteBuffer.appendRow`).
                                rows.appendRow(maximum: texts + writtenBytes + 50) { row in
                                    row.appendCell(id)
                                    row.appendCell(title)
                                    row.appendWrittenCell(written.0)
                                    row.appendWrittenCell(written.1)
                                    row.appendWrittenCell(written.2)
                                    row.appendWrittenCell(written.3)
                                    row.appendWrittenCell(written.4)
                                    row.appendWrittenCell(written.5)
                                    row.appendWrittenCell(written.6)
                                    row.appendCell(Int(record.line))
                                    if record.column < 0 {
                                        row.appendCell(UnsafeBufferPointer(start: nil, count: 0))
                                    } else {
                                        row.appendCell(Int(record.column))
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        try output.finish()
    }
}

extension AuditOutputFolder {
    /// Starts writing `findings.csv`, every finding of `findings` with messages in `language`, on a thread of its own
    /// (`writeInBackground`): the findings are final once the listings are read, so the file is written while the
    /// refunds are.
    func writeFindings(_ findings: AuditFindings, language: Language) throws(AuditError) {
        try writeInBackground("findings.csv") { file throws(AuditError) in
            try AuditFindingsCSV.write(findings, language: language, to: file)
        }
    }
}
