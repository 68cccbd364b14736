/// A streaming RFC 4180 reader over UTF-8 bytes.
///
/// - Quoted fields may hold delimiters, doubled quotes and line breaks.
/// - Records end at LF, CRLF or a lone CR outside quotes.
/// - A UTF-8 byte-order mark at the start is skipped.
/// - Blank lines are skipped and counted in `blankLines`.
/// - Malformed quoting is repaired by the rules in `CSVIssue.Kind` and reported on the record.
///
/// Memory is bounded by the chunk size plus the largest record, not by the file.
public final class CSVReader {
    private let source: ByteSource
    private let dialect: CSVDialect
    private let chunkSize: Int
    private var buffer: [UInt8] = []
    private var position = 0
    private var atEnd = false
    private var started = false
    /// 1-based line the reader is on.
    private var line = 1
    /// Number of blank lines skipped so far.
    public private(set) var blankLines = 0

    // Reused scratch storage for the record being built.
    private var fieldBytes: [UInt8] = []
    private var ends: [Int] = []
    private var issues: [CSVIssue] = []

    /// - Parameters:
    ///   - source: UTF-8 bytes (transcode other encodings first).
    ///   - dialect: delimiter and quote.
    ///   - chunkSize: bytes read per `read` call.
    public init(source: ByteSource, dialect: CSVDialect = .csv, chunkSize: Int = 1 << 20) {
        self.source = source
        self.dialect = dialect
        self.chunkSize = chunkSize
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

    // MARK: - Byte access

    /// Ensures at least one unread byte is buffered; false at the end of input.
    @inline(__always)
    private func fill() throws(IngestError) -> Bool {
        if position < buffer.count { return true }
        if atEnd { return false }
        buffer.removeAll(keepingCapacity: true)
        position = 0
        let got = try source.read(into: &buffer, maximum: chunkSize)
        if got == 0 {
            atEnd = true
            return false
        }
        if !started {
            started = true
            if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
            return try fill()
        }
        return true
    }

    @inline(__always)
    private func peek() throws(IngestError) -> UInt8? {
        try fill() ? buffer[position] : nil
    }

    // MARK: - Record state machine

    private enum State { case fieldStart, unquoted, quoted, afterQuote }

    private func readRecord() throws(IngestError) -> CSVRecord? {
        guard try fill() else { return nil }
        fieldBytes.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        issues.removeAll(keepingCapacity: true)
        let startLine = line
        var state = State.fieldStart
        let delimiter = dialect.delimiter
        let quote = dialect.quote

        while let byte = try peek() {
            position += 1
            switch state {
            case .fieldStart, .unquoted:
                if byte == delimiter {
                    ends.append(fieldBytes.count)
                    state = .fieldStart
                } else if byte == 0x0A || byte == 0x0D {
                    try consumeLineEnd(byte)
                    return finishRecord(startLine: startLine)
                } else if byte == quote {
                    if state == .fieldStart {
                        state = .quoted
                    } else {
                        issues.append(CSVIssue(kind: .quoteInUnquotedField, line: line, column: ends.count + 1))
                        fieldBytes.append(byte)
                    }
                } else {
                    fieldBytes.append(byte)
                    state = .unquoted
                    try scanUnquotedRun()
                }
            case .quoted:
                if byte == quote {
                    state = .afterQuote
                } else {
                    if byte == 0x0A {
                        line += 1
                    } else if byte == 0x0D, try peek() != 0x0A {
                        line += 1
                    }
                    fieldBytes.append(byte)
                }
            case .afterQuote:
                if byte == quote {
                    fieldBytes.append(quote)
                    state = .quoted
                } else if byte == delimiter {
                    ends.append(fieldBytes.count)
                    state = .fieldStart
                } else if byte == 0x0A || byte == 0x0D {
                    try consumeLineEnd(byte)
                    return finishRecord(startLine: startLine)
                } else {
                    issues.append(CSVIssue(kind: .textAfterClosingQuote, line: line, column: ends.count + 1))
                    fieldBytes.append(byte)
                    state = .unquoted
                }
            }
        }
        if state == .quoted {
            issues.append(CSVIssue(kind: .unterminatedQuote, line: startLine, column: ends.count + 1))
        }
        return finishRecord(startLine: startLine)
    }

    /// Copies the rest of an unquoted field in one pass, stopping before a delimiter, quote or line end.
    @inline(__always)
    private func scanUnquotedRun() throws(IngestError) {
        let delimiter = dialect.delimiter
        let quote = dialect.quote
        while try fill() {
            var end = position
            let count = buffer.count
            while end < count {
                let byte = buffer[end]
                if byte == delimiter || byte == 0x0A || byte == 0x0D || byte == quote { break }
                end += 1
            }
            fieldBytes.append(contentsOf: buffer[position..<end])
            position = end
            if end < count { return }
        }
    }

    /// Counts one line end; swallows the LF of a CRLF pair.
    private func consumeLineEnd(_ byte: UInt8) throws(IngestError) {
        line += 1
        if byte == 0x0D, try peek() == 0x0A { position += 1 }
    }

    private func finishRecord(startLine: Int) -> CSVRecord {
        ends.append(fieldBytes.count)
        return CSVRecord(line: startLine, bytes: fieldBytes, ends: ends, issues: issues)
    }
}
