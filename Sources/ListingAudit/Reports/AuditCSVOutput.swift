/// A CSV report file written row by row into a `CSVByteBuffer` and flushed to disk every few megabytes, so a
/// million rows never sit in memory and no row becomes a `String`.
final class AuditCSVOutput {
    private static let flushBytes = 4 << 20
    /// Rows `appendRows` renders per chunk by default: a few thousand, a megabyte or so of text.
    static let chunkRows = 4_096
    /// The room `appendRows` makes for each row of a chunk. `priorities.csv` and `findings.csv` rows run to some
    /// 330–350 bytes (the fix and the reason or message texts), and a row is written only where there is room for
    /// its most (`CSVByteBuffer.appendRow`): with 160 bytes a row, each chunk's buffer grew twice, copying what it
    /// held (24M instructions of the 20k-listing audit).
    static let rowRoom = 512
    private let file: OutputFile
    private var buffer = CSVByteBuffer(capacity: flushBytes + (64 << 10))

    /// Writes the byte-order mark and the header row naming `columns` in `language` to `file`.
    init(file: OutputFile, columns: [OutputColumn], language: Language) {
        self.file = file
        buffer.append(CSVByteBuffer.byteOrderMark)
        for column in columns { buffer.appendCell(column.header(language)) }
        buffer.endRow()
        file.countRows(1)
    }

    /// Appends one row, its cells written by `cells`.
    func appendRow(_ cells: (inout CSVByteBuffer) -> Void) throws(AuditError) {
        cells(&buffer)
        buffer.endRow()
        file.countRows(1)
        if buffer.count >= Self.flushBytes { try flush() }
    }

    /// Appends rows `0..<count`, each range of them written (cells and row ends, one row an index) by
    /// `rows(range, &buffer)`: chunks of
    /// `chunkRows` rows are rendered on worker threads while this thread writes the finished ones in order, at most
    /// a few chunks in flight (`OrderedPipeline`), so a million rows cost this thread little more than the writes
    /// and memory holds a few chunks. After a failed write no further chunk is started or written.
    /// - Throws: `AuditError.cannotWrite` for the first write that fails.
    func appendRows(
        count: Int, chunkRows: Int = AuditCSVOutput.chunkRows,
        _ rows: @escaping @Sendable (Range<Int>, inout CSVByteBuffer) -> Void
    ) throws(AuditError) {
        try flush()
        var failure: AuditError?
        let write = { (bytes: [UInt8]) in
            guard failure == nil else { return }
            do throws(AuditError) { try self.file.write(bytes) } catch { failure = error }
        }
        let pipeline = OrderedPipeline<[UInt8]>(limit: OrderedPipeline<[UInt8]>.defaultLimit)
        var start = 0
        while start < count, failure == nil {
            let range = start..<min(count, start + max(1, chunkRows))
            pipeline.submit({
                var buffer = CSVByteBuffer(capacity: range.count * AuditCSVOutput.rowRoom)
                rows(range, &buffer)
                return buffer.takeBytes()
            }, deliver: write)
            start = range.upperBound
        }
        pipeline.finish(deliver: write)
        if let failure { throw failure }
        file.countRows(count)
    }

    /// Writes what is left, and starts flushing the file to the disk and closing it in the background
    /// (`OutputFile.closeInBackground`: the audit's output folder waits for it before it is sealed).
    func finish() throws(AuditError) {
        try flush()
        file.closeInBackground()
    }

    private func flush() throws(AuditError) {
        try file.write(buffer.bytes)
        buffer.removeAll()
    }
}
