/// The buffering and record-splitting core of `CSVReader`, a struct so its hot state is accessed without
/// dynamic exclusivity checks.
///
/// Fast path: a record that lies wholly in the buffered chunk and holds no quote character is copied with one
/// `append`, delimiters included (the record layout keeps one separator byte between fields); only field ends
/// are recorded, and stop bytes are found eight at a time (`ByteSearch`). Every other record (quotes, or cut by
/// the chunk end) goes through `CSVScanner`, which streams across chunks, from the field where the fast path
/// stopped. UTF-8 is validated once per chunk;
/// only records outside a chunk's valid part are checked one by one; NUL bytes are looked for once per chunk too,
/// and removed (noted) only from records of a chunk that has them; fields over 2 MiB are cut (`FieldLimit`), and
/// one that is still being read stops growing past that (`FieldLimit.OpenField`). Memory is the chunk plus the
/// largest record, whose fields hold 2 MiB at most.
struct CSVParser {
    private let dialect: CSVDialect
    /// Bytes read per `read` call.
    let chunkSize: Int
    private let scanner: CSVScanner
    private var buffer: [UInt8] = []
    private var position = 0
    private var atEnd = false
    private var started = false
    /// A record ended with CR at the end of a chunk; an LF that follows belongs to that line end.
    private var skipLineFeed = false
    /// 1-based line the parser is on.
    private var line = 1
    private(set) var bytesRead = 0
    /// Counts buffer refills, so a record can tell whether it was read from a single chunk.
    private var generation = 0
    /// Offset in `buffer` before which the bytes are known to be complete, valid UTF-8.
    private var validEnd = 0
    /// The last `generation` whose chunk held a NUL byte (-1: none yet).
    private var lastNULGeneration = -1
    /// Whether a quote still open at the end of input is read again as a stray one (`rereadStrayQuote`); not for a
    /// sample cut from a file, whose end is no end of input.
    private let recoversStrayQuotes: Bool
    // Scratch storage for the record being built, shared with the record last returned.
    private var fieldBytes: [UInt8] = []
    private var ends: [Int] = []

    /// A parser of a file from its start (a byte-order mark there is skipped), or, with `line`, of whole records cut
    /// from a file (`RecordChunker`) whose first one starts on `line`.
    init(dialect: CSVDialect, chunkSize: Int, line: Int? = nil, recoversStrayQuotes: Bool = true) {
        self.dialect = dialect
        self.recoversStrayQuotes = recoversStrayQuotes
        self.chunkSize = max(1, chunkSize)
        scanner = CSVScanner(dialect: dialect)
        if let line {
            self.line = line
            started = true
        }
    }

    /// Hands over what is buffered and not yet read, with the line it starts on and the end-of-input state, so
    /// that the rest of the input can be cut into records elsewhere; the parser then reads nothing more.
    mutating func takeUnread() -> (bytes: [UInt8], line: Int, atEnd: Bool, skipLineFeed: Bool) {
        if skipLineFeed, position < buffer.count {
            skipLineFeed = false
            if buffer[position] == 0x0A { position += 1 }
        }
        let unread = Array(buffer[min(position, buffer.count)...])
        defer {
            buffer = []
            position = 0
            atEnd = true
            started = true
            skipLineFeed = false
        }
        return (unread, line, atEnd, skipLineFeed)
    }

    /// Ensures at least one unread byte is buffered; false at the end of input.
    private mutating func fill(from source: ByteSource) throws(IngestError) -> Bool {
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
            noteNewChunk()
        }
        return true
    }

    /// Counts a new chunk in `buffer` and checks it once, from `position`: how far it is valid UTF-8, whether it
    /// holds a NUL byte.
    private mutating func noteNewChunk() {
        generation += 1
        let from = position
        validEnd = buffer.withUnsafeBufferPointer { chunk in
            from + (UTF8Validation.firstInvalidOffset(UnsafeBufferPointer(rebasing: chunk[from...]))
                ?? chunk.count - from)
        }
        if buffer.withUnsafeBufferPointer({ NULRepair.hasNUL(UnsafeBufferPointer(rebasing: $0[from...])) }) {
            lastNULGeneration = generation
        }
    }

    /// Moves to the next record's start (past the LF of a CRLF cut by the chunk end); false at the end of input.
    @inline(__always)
    private mutating func startRecord(from source: ByteSource) throws(IngestError) -> Bool {
        guard try fill(from: source) else { return false }
        if skipLineFeed {
            skipLineFeed = false
            if buffer[position] == 0x0A { position += 1 }
            guard try fill(from: source) else { return false }
        }
        return true
    }

    /// The next record, blank or not, or `nil` at the end of input.
    mutating func readRecord(from source: ByteSource) throws(IngestError) -> CSVRecord? {
        guard try startRecord(from: source) else { return nil }
        var bytes = fieldBytes
        var fieldEnds = ends
        fieldBytes = []
        ends = []
        bytes.removeAll(keepingCapacity: true)
        fieldEnds.removeAll(keepingCapacity: true)
        let recordLine = line
        let startGeneration = generation
        var issues: [CSVIssue] = []
        if !fastRecord(bytes: &bytes, ends: &fieldEnds) {
            issues = try scannedRecord(from: source, bytes: &bytes, ends: &fieldEnds)
        }
        // Separators are ASCII, so a record that is valid as a whole has valid fields; a record read from the
        // valid part of one chunk is valid (quote removal takes out ASCII bytes only).
        let asciiSeparator = dialect.delimiter < 0x80
        let checked = asciiSeparator && generation == startGeneration && position <= validEnd
        if !asciiSeparator || !checked && !bytes.withUnsafeBufferPointer({ UTF8Validation.isASCII($0) })
            && !UTF8Validation.isValid(bytes) {
            issues = UTF8Repair.repair(&bytes, ends: &fieldEnds, firstLine: recordLine, issues: issues)
        }
        if lastNULGeneration >= startGeneration {
            issues = NULRepair.repair(&bytes, ends: &fieldEnds, firstLine: recordLine, issues: issues)
        }
        if bytes.count > FieldLimit.maximumBytes {
            issues = FieldLimit.cut(&bytes, ends: &fieldEnds, line: recordLine, issues: issues)
        }
        fieldBytes = bytes
        ends = fieldEnds
        return CSVRecord(line: recordLine, bytes: bytes, ends: fieldEnds, issues: issues)
    }

    /// Calls `body` with the next record, blank or not, exactly as `readRecord` reads it (line, fields, repairs and
    /// issues); `nil` at the end of input. A record that is quote-free, whole in the buffered chunk and needs no
    /// repair (valid UTF-8, no NUL, within `FieldLimit`) is seen in place in the buffer, without a `CSVRecord` or a
    /// copy; any other is the one `readRecord` reads from the same place. The view is valid only during the call.
    mutating func withNextRecord<Result>(
        from source: ByteSource, _ body: (CSVRecordView) -> Result
    ) throws(IngestError) -> Result? {
        guard try startRecord(from: source) else { return nil }
        let recordLine = line
        let start = position
        var fieldEnds = ends
        ends = []
        fieldEnds.removeAll(keepingCapacity: true)
        let found = buffer.withUnsafeBufferPointer { findRecordEnd($0, from: start, ends: &fieldEnds) }
        guard let found, isReadAsItStands(start..<found.next, end: found.end) else {
            // The scratch ends go back unshared, so that `readRecord` reuses their room.
            swap(&ends, &fieldEnds)
            return try readRecord(from: source)?.withView(body)
        }
        fieldEnds.append(found.end - start)
        advance(past: found)
        ends = fieldEnds
        return buffer.withUnsafeBufferPointer { chunk in
            fieldEnds.withUnsafeBufferPointer { ends in
                body(CSVRecordView(
                    line: recordLine, bytes: UnsafeBufferPointer(rebasing: chunk[start..<found.end]), ends: ends,
                    issues: []))
            }
        }
    }

    /// Whether the quote-free record in `buffer[record]` (its fields ending at `end`), found whole in the buffered
    /// chunk, is one `readRecord` would copy as it stands: no UTF-8 check (it lies in the chunk's valid part and the
    /// delimiter is ASCII), no NUL in its chunk, and not longer than `FieldLimit` lets a record be unchecked.
    @inline(__always)
    private func isReadAsItStands(_ record: Range<Int>, end: Int) -> Bool {
        dialect.delimiter < 0x80 && record.upperBound <= validEnd && lastNULGeneration < generation
            && end - record.lowerBound <= FieldLimit.maximumBytes
    }

    /// Moves past a record `findRecordEnd` found whole.
    @inline(__always)
    private mutating func advance(past found: (end: Int, next: Int)) {
        if found.end < buffer.count { line += 1 }
        position = found.next
    }

    /// Takes a quote-free record that ends inside the buffer (or at the end of input) in one copy. A record that
    /// needs the scanner (a quote, or the chunk ends first) returns false, with the fields before the one where
    /// that happened taken and `position` at that field's start: quote-free whole fields are what the scanner
    /// would have read, so it goes on from there instead of reading the record's start a second time.
    private mutating func fastRecord(bytes: inout [UInt8], ends: inout [Int]) -> Bool {
        let start = position
        let outcome = buffer.withUnsafeBufferPointer { findRecordEnd($0, from: start, ends: &ends) }
        guard let outcome else {
            // Each whole field with the delimiter after it, as the scanner lays them out.
            let fieldStart = start + (ends.last.map { $0 + 1 } ?? 0)
            buffer.withUnsafeBufferPointer { chunk in
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[start..<fieldStart]))
            }
            position = fieldStart
            return false
        }
        buffer.withUnsafeBufferPointer { chunk in
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[start..<outcome.end]))
        }
        ends.append(outcome.end - start)
        advance(past: outcome)
        return true
    }

    /// Where the quote-free record at `start` ends and the next one starts, recording field ends on the way;
    /// `nil` at a quote or when the chunk ends first.
    @inline(__always)
    private func findRecordEnd(_ chunk: UnsafeBufferPointer<UInt8>, from start: Int,
                               ends: inout [Int]) -> (end: Int, next: Int)? {
        let delimiter = dialect.delimiter
        let count = chunk.count
        var index = start
        while true {
            index = ByteSearch.first(in: chunk, from: index, delimiter, dialect.quote, 0x0A, 0x0D)
            if index == count { return atEnd ? (count, count) : nil }
            let byte = chunk[index]
            if byte == delimiter {
                ends.append(index - start)
                index += 1
                continue
            }
            guard byte == 0x0A || byte == 0x0D else { return nil }
            if byte == 0x0A { return (index, index + 1) }
            if index + 1 < count { return (index, chunk[index + 1] == 0x0A ? index + 2 : index + 1) }
            return atEnd ? (index, index + 1) : nil
        }
    }

    /// Reads the rest of a record with the full state machine from a field's start (`bytes` and `ends` hold the
    /// fields before it), streaming across chunks; returns its issues.
    private mutating func scannedRecord(from source: ByteSource, bytes: inout [UInt8],
                                        ends: inout [Int]) throws(IngestError) -> [CSVIssue] {
        var state = CSVScanner.State(line: line)
        var openField = FieldLimit.OpenField()
        scanning: while true {
            while try fill(from: source) {
                let outcome = buffer.withUnsafeBufferPointer { chunk in
                    scanner.scan(chunk, from: &position, state: &state, bytes: &bytes, ends: &ends)
                }
                openField.bound(&bytes, ends: &ends)
                if outcome == .endedAtChunkEndWithCR { skipLineFeed = true }
                if outcome != .needMore { break scanning }
            }
            guard state.phase == .quoted else { break }
            if !rereadStrayQuote(bytes: &bytes, ends: ends, state: &state) {
                state.issues.append(CSVIssue(kind: .unterminatedQuote, line: state.quoteLine, column: ends.count + 1))
                break
            }
        }
        ends.append(bytes.count)
        openField.bound(&bytes, ends: &ends)
        line = state.line
        return state.issues
    }

    /// At the end of input inside a quoted field: when the input ends with a line end (a file written whole; one
    /// cut short ends mid-line, and its last field runs to the end) and the field holds all it read (at most
    /// `FieldLimit`), its opening quote is taken for a stray one. The quote becomes a
    /// character of the field, and the bytes after it, which the field had swallowed, are input again: the field
    /// ends at the next delimiter or line end, and the lines after it are read as records, not lost in one cell.
    /// The field's bytes are those read (a doubled quote read as one is doubled again), so the records are exactly
    /// what the file holds. This happens once per input at most, so at most 2 MiB are read twice: every quote after
    /// the stray one comes in a pair (a single one would have closed the field), and a quoted field whose quotes
    /// after the opening one come in pairs is closed by the last of them. False to let the field run to the end.
    private mutating func rereadStrayQuote(
        bytes: inout [UInt8], ends: [Int], state: inout CSVScanner.State
    ) -> Bool {
        let fieldStart = ends.last.map { $0 + 1 } ?? 0
        let swallowed = bytes.count - fieldStart
        guard recoversStrayQuotes, swallowed > 0, swallowed <= FieldLimit.maximumBytes,
            bytes[bytes.count - 1] == 0x0A || bytes[bytes.count - 1] == 0x0D
        else { return false }
        let quote = dialect.quote
        var rest: [UInt8] = []
        rest.reserveCapacity(swallowed + 16)
        for byte in bytes[fieldStart...] {
            rest.append(byte)
            if byte == quote { rest.append(byte) }
        }
        bytes.removeSubrange(fieldStart...)
        bytes.append(quote)
        state.issues.append(CSVIssue(kind: .strayQuote, line: state.quoteLine, column: ends.count + 1))
        state.phase = .unquoted
        state.line = state.quoteLine
        state.lastWasCR = false
        buffer = rest
        position = 0
        skipLineFeed = false
        noteNewChunk()
        return true
    }
}
