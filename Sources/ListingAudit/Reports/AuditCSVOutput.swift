/// A CSV report file written row by row into a `CSVByteBuffer` and flushed to disk every few megabytes, so a
/// million rows never sit in memory and no row becomes a `String`.
final class AuditCSVOutput {
    private static let flushBytes = 4 << 20
    /// Rows rendered at once by `appendRows`.
    private static let windowRows = 1 << 15
    private let file: OutputFile
    private var buffer = CSVByteBuffer(capacity: flushBytes + (64 << 10))

    /// Writes the byte-order mark and the header row naming `columns` in `language` to `file`.
    init(file: OutputFile, columns: [OutputColumn], language: Language) {
        self.file = file
        buffer.append(CSVByteBuffer.byteOrderMark)
        for column in columns { buffer.appendCell(column.header(language)) }
        buffer.endRow()
    }

    /// Appends one row, its cells written by `cells`.
    func appendRow(_ cells: (inout CSVByteBuffer) -> Void) throws(AuditError) {
        cells(&buffer)
        buffer.endRow()
        if buffer.bytes.count >= Self.flushBytes { try flush() }
    }

    /// Appends rows `0..<count`, row `index` written by `cells(index, &row)`: windows of rows are rendered on every
    /// core and written in order, so a million rows cost a fraction of one core's time and a window's memory.
    func appendRows(count: Int, _ cells: @Sendable (Int, inout CSVByteBuffer) -> Void) throws(AuditError) {
        var start = 0
        while start < count {
            let window = start..<min(count, start + Self.windowRows)
            let rendered = ParallelChunks(count: window.count, minimumChunk: 512).map { range in
                var rows = CSVByteBuffer(capacity: range.count * 128)
                for offset in range {
                    cells(window.lowerBound + offset, &rows)
                    rows.endRow()
                }
                return rows.bytes
            }
            try flush()
            for rows in rendered { try file.write(rows) }
            start = window.upperBound
        }
    }

    /// Writes what is left and closes the file.
    func finish() throws(AuditError) {
        try flush()
        try file.close()
    }

    private func flush() throws(AuditError) {
        try file.write(buffer.bytes)
        buffer.removeAll()
    }
}
