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
        if buffer.count >= Self.flushBytes { try flush() }
    }

    /// Appends rows `0..<count`, each range of them written (cells and row ends) by `rows(range, &buffer)`: windows
    /// of rows are rendered in ranges on every core and written in order, so a million rows cost a fraction of one
    /// core's time and a window's memory.
    func appendRows(count: Int, _ rows: @Sendable (Range<Int>, inout CSVByteBuffer) -> Void) throws(AuditError) {
        var start = 0
        while start < count {
            let window = start..<min(count, start + Self.windowRows)
            let rendered = ParallelChunks(count: window.count, minimumChunk: 512).map { range in
                var buffer = CSVByteBuffer(capacity: range.count * 160)
                rows((window.lowerBound + range.lowerBound)..<(window.lowerBound + range.upperBound), &buffer)
                return buffer.takeBytes()
            }
            try flush()
            for bytes in rendered { try file.write(bytes) }
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
