/// A streaming RFC 4180 reader over UTF-8 bytes.
///
/// - Quoted fields may hold delimiters, doubled quotes and line breaks.
/// - Records end at LF, CRLF or a lone CR outside quotes.
/// - A UTF-8 byte-order mark at the start is skipped.
/// - Blank lines are skipped and counted in `blankLines`.
/// - Malformed quoting is repaired by the rules in `CSVIssue.Kind` and reported on the record.
/// - Invalid UTF-8 (including the 0xFF bytes transcoding sources put in place of undecodable input) is replaced
///   with U+FFFD and reported on the record as `.invalidEncoding` with its line and field.
///
/// Memory is bounded by the chunk size plus the largest record, not by the file. The storage of a record is
/// reused for the next one when the caller no longer holds the previous record, so a loop that handles one
/// record at a time allocates nothing per record.
public final class CSVReader {
    private let source: ByteSource
    /// The delimiter and quote in use.
    public let dialect: CSVDialect
    /// The parser state lives behind a pointer so the per-record call needs no dynamic exclusivity check.
    private let parser: UnsafeMutablePointer<CSVParser>
    /// Number of blank lines skipped so far.
    public private(set) var blankLines = 0

    /// - Parameters:
    ///   - source: UTF-8 bytes (wrap other encodings in a transcoding source first).
    ///   - dialect: delimiter and quote.
    ///   - chunkSize: bytes read per `read` call.
    ///   - isWholeInput: false for a sample cut from a file: a quote still open at its end is no stray quote
    ///     (`CSVIssue.Kind.strayQuote`), since the sample's end is not the file's.
    public init(source: ByteSource, dialect: CSVDialect = .csv, chunkSize: Int = 1 << 20, isWholeInput: Bool = true) {
        self.source = source
        self.dialect = dialect
        parser = .allocate(capacity: 1)
        parser.initialize(to: CSVParser(dialect: dialect, chunkSize: chunkSize, recoversStrayQuotes: isWholeInput))
    }

    /// A reader of whole records cut from a file (`RecordChunker`), the first starting on `line`: all of
    /// `records` is read where it lies, and a byte-order mark at its start is a character of the record.
    init(records: [UInt8], dialect: CSVDialect, line: Int) {
        source = MemoryByteSource([])
        self.dialect = dialect
        parser = .allocate(capacity: 1)
        parser.initialize(to: CSVParser(dialect: dialect, records: records, line: line))
    }

    /// A reader of the rest of a file whose first records were cut into chunks (`RecordChunker.sequentialRest`):
    /// `source` starts at a record's start on `line`, after any byte-order mark.
    init(source: ByteSource, dialect: CSVDialect, line: Int, chunkSize: Int) {
        self.source = source
        self.dialect = dialect
        parser = .allocate(capacity: 1)
        parser.initialize(to: CSVParser(dialect: dialect, chunkSize: chunkSize, line: line))
    }

    /// Hands the rest of the input, from the record after the last one read, to a `RecordChunker` that cuts it
    /// into chunks of whole records of about `target` bytes, reading as this reader did; this reader reads nothing
    /// more.
    func handOver(target: Int = RecordChunker.defaultTarget) -> RecordChunker {
        let unread = parser.pointee.takeUnread()
        return RecordChunker(
            source: source, dialect: dialect, unread: unread.bytes, line: unread.line, atEnd: unread.atEnd,
            skipLineFeed: unread.skipLineFeed, target: target, readSize: parser.pointee.chunkSize)
    }

    deinit {
        parser.deinitialize(count: 1)
        parser.deallocate()
    }

    /// Number of UTF-8 bytes taken from the source so far.
    public var bytesRead: Int { parser.pointee.bytesRead }

    /// Calls `body` with each non-blank record left, as `next()` returns them but not built as `CSVRecord`s: seen
    /// in place in the bytes read where that needs no work (`CSVParser.forEachRecordView`). Blank lines are skipped
    /// and counted as `next()` does.
    func forEachRecordView(_ body: (CSVRecordView) -> Void) throws(IngestError) {
        var blank = 0
        defer { blankLines += blank }
        try parser.pointee.forEachRecordView(from: source) { record in
            if record.isEmptyLine && record.issues.isEmpty {
                blank += 1
            } else {
                body(record)
            }
        }
    }

    /// The next non-blank record, or `nil` at the end of input.
    public func next() throws(IngestError) -> CSVRecord? {
        // Blank lines counted here and added once: `blankLines += 1` in the loop made the optimizer claim the
        // property (a dynamic exclusivity check) on every call, blank line or not.
        var blank = 0
        defer { if blank > 0 { blankLines += blank } }
        while true {
            guard let record = try parser.pointee.readRecord(from: source) else { return nil }
            if record.isEmptyLine && record.issues.isEmpty {
                blank += 1
                continue
            }
            return record
        }
    }
}
