/// `findings.csv`: every finding with where its evidence was read. Each distinct rule id, message, evidence text and
/// file is rendered to its cell once; a row copies those cells.
enum AuditFindingsCSV {
    static let columns: [OutputColumn] = [
        .listingID, .rule, .severity, .message, .evidence, .file, .line, .column,
    ]

    /// Writes every finding of `findings` to `file`, messages in `language`.
    static func write(_ findings: AuditFindings, language: Language, to file: OutputFile) throws(AuditError) {
        let output = AuditCSVOutput(file: file, columns: columns, language: language)
        let rules = cells(findings.rules.values)
        let messages = cells(findings.messages.values.map { $0.text(language) })
        let evidence = cells(findings.evidence.values)
        let files = cells(findings.files.values)
        try output.appendRows(count: findings.count) { index, row in
            let record = findings.records[index]
            findings.listings.withID(Int(record.listing)) { row.appendCell($0) }
            row.append(written: rules[Int(record.rule)])
            row.appendCell(record.severity.rawValue)
            row.append(written: messages[Int(record.message)])
            row.append(written: evidence[Int(record.evidence)])
            row.append(written: files[Int(record.file)])
            row.appendCell(Int(record.line))
            if record.column < 0 { row.appendCell("") } else { row.appendCell(Int(record.column)) }
        }
        try output.finish()
    }

    /// Each of `texts` written as one cell.
    private static func cells(_ texts: [String]) -> [[UInt8]] {
        texts.map { text in
            var cell = CSVByteBuffer()
            cell.appendCell(text)
            return cell.bytes
        }
    }
}

extension CSVByteBuffer {
    /// Appends a cell already written by `appendCell`.
    fileprivate mutating func append(written cell: [UInt8]) {
        cell.withUnsafeBufferPointer { appendWrittenCell($0) }
    }
}
