/// The row checks every refund, order and reason file shares (`ExportTable`): quoting that swallowed the rest of
/// the file, more cells than the header has. A value, so rows can be checked on any thread.
struct RowChecks: Sendable {
    /// What locations name.
    let label: String
    /// The header's cell count.
    let width: Int

    /// Why the shared checks refuse `record` (quoting that swallowed the rest of the file, more non-blank cells
    /// than the header has), or `nil` when it passes them.
    func refusal(of record: CSVRecord) -> SkippedRow? {
        if let issue = record.issues.first(where: { $0.kind == .unterminatedQuote }) {
            return SkippedRow(
                location: SourceLocation(file: label, line: issue.line, column: issue.column),
                reason: LocalizedText(
                    zh: "引号未闭合，本行之后的内容被并入同一单元格", en: "a quoted cell is never closed; \(issue.repair)"))
        }
        if record.count > width,
            let extra = (width..<record.count).first(where: { !record.isBlank($0) })
        {
            return SkippedRow(
                location: SourceLocation(file: label, line: record.line, column: extra + 1),
                reason: LocalizedText(
                    zh: "本行有 \(record.count) 个单元格，表头只有 \(width) 列",
                    en: "the row has \(record.count) cells but the header has \(width) columns"))
        }
        return nil
    }

    /// `refusal(of:)` of the record `record` views, built as a `CSVRecord` only when a check could refuse it (it
    /// has issues, or more cells than the header): the checks refuse no other row.
    func refusal(of record: CSVRecordView) -> SkippedRow? {
        guard !record.issues.isEmpty || record.count > width else { return nil }
        return refusal(of: record.record)
    }
}
