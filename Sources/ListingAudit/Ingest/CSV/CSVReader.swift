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
/// Memory is bounded by the chunk size plus the largest record, not by the file. The scratch storage of a record
/// is reused for the next one when the caller no longer holds the previous record.
public final class CSVReader {
    private let source: ByteSource
    /// The delimiter and quote in use.
    public let dialect: CSVDialect
    private let chunkSize: Int
    private var buffer: [UInt8] = []
    private var position = 0
    private var atEnd = false
    private var started = false
    /// A record ended with CR at the end of a chunk; an LF that follows belongs to that line end.
    private var skipLineFeed = false
    /// 1-based line the reader is on.
    private var line = 1
    private let scanner: CSVScanner
    /// Number of blank lines skipped so far.
    public private(set) var blankLines = 0
    /// Number of UTF-8 bytes taken from the source so far.
    public private(set) var bytesRead = 0

    // Scratch storage for the record being built, shared with the record last returned.
    private var fieldBytes: [UInt8] = []
    private var ends: [Int] = []

    /// - Parameters:
    ///   - source: UTF-8 bytes (wrap other encodings in a transcoding source first).
    ///   - dialect: delimiter and quote.
    ///   - chunkSize: bytes read per `read` call.
    public init(source: ByteSource, dialect: CSVDialect = .csv, chunkSize: Int = 1 << 20) {
        self.source = source
        self.dialect = dialect
        self.chunkSize = max(1, chunkSize)
        scanner = CSVScanner(dialect: dialect)
    }

    /// The next non-blank record, or `nil` at the end of input.
    public func next() throws(IngestError) -> CSVRecord? {
        while true {
            guard let record = try readRecord() else { return nil }
            if record.isEmptyLine && record.issues.isEmpty {
                blankLines += 1
                continue
            }
            return record
        }
    }

    /// Ensures at least one unread byte is buffered; false at the end of input.
    private func fill() throws(IngestError) -> Bool {
        while position >= buffer.count || !started {
            if atEnd {
                started = true
                return position < buffer.count
            }
            if position >= buffer.count {
                buffer.removeAll(keepingCapacity: true)
                position = 0
            }
            let got = try source.read(into: &buffer, maximum: chunkSize)
            bytesRead += got
            if got == 0 { atEnd = true }
            if !started, buffer.count >= 3 || atEnd {
                started = true
                if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
            }
        }
        return true
    }

    private func readRecord() throws(IngestError) -> CSVRecord? {
        guard try fill() else { return nil }
        if skipLineFeed {
            skipLineFeed = false
            if buffer[position] == 0x0A { position += 1 }
            guard try fill() else { return nil }
        }
        var bytes = fieldBytes
        var fieldEnds = ends
        fieldBytes = []
        ends = []
        bytes.removeAll(keepingCapacity: true)
        fieldEnds.removeAll(keepingCapacity: true)
        var state = CSVScanner.State(line: line)
        var ended = false
        while try fill() {
            let outcome = buffer.withUnsafeBufferPointer { chunk in
                scanner.scan(chunk, from: &position, state: &state, bytes: &bytes, ends: &fieldEnds)
            }
            if outcome == .endedAtChunkEndWithCR { skipLineFeed = true }
            if outcome != .needMore {
                ended = true
                break
            }
        }
        if !ended, state.phase == .quoted {
            state.issues.append(CSVIssue(kind: .unterminatedQuote, line: state.quoteLine, column: fieldEnds.count + 1))
        }
        fieldEnds.append(bytes.count)
        line = state.line
        var issues = state.issues
        if !bytes.withUnsafeBufferPointer({ UTF8Validation.isASCII($0) }) {
            issues = UTF8Repair.repair(&bytes, ends: &fieldEnds, firstLine: state.recordLine, issues: issues)
        }
        fieldBytes = bytes
        ends = fieldEnds
        return CSVRecord(line: state.recordLine, bytes: bytes, ends: fieldEnds, issues: issues)
    }
}
