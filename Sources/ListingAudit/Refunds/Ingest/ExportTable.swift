/// An opened refund, order or reason file: its header row and a reader over its data rows, with the row checks
/// every such file shares (quoting that swallowed the rest of the file, more cells than the header has).
final class ExportTable {
    let file: TableInput
    let header: [String]
    let headerLine: Int
    let index: HeaderIndex
    /// The checks every data row must pass.
    let checks: RowChecks

    /// Opens `path` and reads its header row.
    /// - Throws: `IngestError.fileNotFound` / `.unreadable`, or `.unusableInput` when the file has no header row.
    /// - Parameter prefer: the kind of export wanted, to choose a workbook's sheet.
    init(path: String, options: ReadOptions, prefer: ExportKind? = nil) throws(IngestError) {
        file = try TableInput.open(path: path, options: options, test: .preferring(prefer))
        guard let first = try file.next() else {
            throw .input(SourceLocation(file: file.label, line: 1), zh: "文件是空的", en: "the file is empty")
        }
        header = first.fields
        headerLine = first.line
        index = HeaderIndex(header)
        checks = RowChecks(label: file.label, width: header.count)
        file.setWidth(header.count)
    }

    /// Reads only the header row of `path` (for format detection).
    static func header(path: String, options: ReadOptions = ReadOptions()) throws(IngestError) -> [String] {
        try ExportTable(path: path, options: options).header
    }

    /// Calls `body` with every data row that passes the shared checks; counts the others as skipped in `report`.
    func forEachRow(
        report: inout TransactionLoadReport, _ body: (CSVRecord, inout TransactionLoadReport) -> Void
    ) throws(IngestError) {
        while let record = try file.next() {
            report.rowsRead += 1
            if let refusal = checks.refusal(of: record) {
                report.skip(refusal)
                continue
            }
            if !record.issues.isEmpty { report.repairedRows += 1 }
            body(record, &report)
        }
    }
}
