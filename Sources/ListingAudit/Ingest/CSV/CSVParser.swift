/// The buffering and record-splitting core of `CSVReader`, a struct so its hot state is accessed without
/// dynamic exclusivity checks.
///
/// Fast path: a record that lies wholly in the buffered chunk, whose quoted fields (if any) are simple ones
/// (`RecordSpan`: no doubled quote), is found in one pass over its bytes, sixteen at a time, and its fields copied in
/// runs (a record without quotes in one `append`, delimiters included: the record layout keeps one separator byte
/// between fields). Every other record (a quote that needs the state machine, or cut by the chunk end) goes through
/// `CSVScanner`, which streams across chunks, from the field where the fast path stopped. UTF-8 is validated once
/// per chunk;
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
    /// Scratch storage for the bounds of the fields `RecordSpan` finds.
    private var bounds: [Int] = []

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

    /// A parser of whole records cut from a file (`RecordChunker`), all of them in `records`, the first starting on
    /// `line`: read where they lie (not copied into a buffer of its own), the end of input known from the start, and
    /// a byte-order mark at their start a character of the first record.
    init(dialect: CSVDialect, records: [UInt8], line: Int) {
        self.init(dialect: dialect, chunkSize: records.count, line: line)
        buffer = records
        bytesRead = records.count
        atEnd = true
        noteNewChunk()
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
            let got: Int
            if position >= buffer.count, let direct = source.direct {
                // A new chunk, the bytes put straight into its storage: read into the source's buffer and appended
                // here, every byte of the file was copied once more.
                (buffer, got) = try Self.chunk(of: chunkSize, from: direct)
                position = 0
            } else {
                if position >= buffer.count {
                    buffer.removeAll(keepingCapacity: true)
                    position = 0
                }
                got = try source.read(into: &buffer, maximum: chunkSize)
            }
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

    /// A chunk of up to `size` bytes that `source` copies straight into the array's storage, and how many it holds.
    private static func chunk(of size: Int, from source: DirectByteSource) throws(IngestError) -> ([UInt8], Int) {
        var failure: IngestError?
        let chunk = [UInt8](unsafeUninitializedCapacity: size) { storage, count in
            do throws(IngestError) {
                count = try source.copyBytes(to: storage.baseAddress!, maximum: size)
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }
        return (chunk, chunk.count)
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
        // With an ASCII delimiter and quote, a record that is valid as a whole has valid fields, and a record read
        // from the valid part of one chunk is valid (quote removal takes out ASCII bytes only); with others, each
        // field is checked.
        let asciiMarks = dialect.marksAreASCII
        let checked = asciiMarks && generation == startGeneration && position <= validEnd
        if !asciiMarks || !checked && !bytes.withUnsafeBufferPointer({ UTF8Validation.isASCII($0) })
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
        // Every record's fields leave here valid: checked with the chunk or on their own, or repaired (NUL bytes
        // and quotes taken out are ASCII; `FieldLimit` cuts at character boundaries).
        return CSVRecord(line: recordLine, bytes: bytes, ends: fieldEnds, issues: issues, isValidUTF8: true)
    }

    /// Calls `body` with each record left, blank or not, exactly as `readRecord` reads them (line, fields, repairs
    /// and issues), in order. A record that `RecordSpan` finds whole in the buffered chunk and that needs no repair
    /// (valid UTF-8, no NUL, within `FieldLimit`) is seen in place in the buffer, its fields between the quotes of
    /// simple quoted ones, without a `CSVRecord` or a copy; any other is the one `readRecord` reads from the same
    /// place. A view is valid only during the call.
    ///
    /// One loop for all the records, not a call per record: the scratch bounds are taken once, and the bounds of
    /// records seen in place are written one record after another, cleared only when many have gathered; the chunk
    /// and the bounds' room are held once for the records read in place in a row (`readInPlace`), so a record costs
    /// no retain, release or `removeAll` of them.
    mutating func forEachRecordView(
        from source: ByteSource, _ body: (CSVRecordView) -> Void
    ) throws(IngestError) {
        var fieldBounds = Self.boundsRoom(bounds)
        bounds = []
        defer { bounds = fieldBounds }
        // The bounds written so far: `fieldBounds[..<gathered]`.
        var gathered = 0
        while try startRecord(from: source) {
            // The chunk is held once for all the records read in place in it, not once per record.
            let chunk = buffer
            let wholeChunk = chunk.withUnsafeBufferPointer { chunk in
                fieldBounds.withUnsafeMutableBufferPointer { room in
                    readInPlace(chunk, room: room, gathered: &gathered, body)
                }
            }
            if wholeChunk { continue }
            // `readRecord` reuses the scratch bounds' room (`fastRecord`), and hands it back.
            swap(&bounds, &fieldBounds)
            let record = try readRecord(from: source)
            swap(&bounds, &fieldBounds)
            gathered = 0
            record?.withView(body)
        }
    }

    /// Calls `body` with a view of each record from `position` on that `RecordSpan` finds whole in `chunk` (the
    /// buffer) and that needs no repair, its bounds written into `room` after the `gathered` ones, until the chunk's
    /// end (true) or a record `readRecord` must read (false, `position` at its start).
    private mutating func readInPlace(
        _ chunk: UnsafeBufferPointer<UInt8>, room: UnsafeMutableBufferPointer<Int>, gathered: inout Int,
        _ body: (CSVRecordView) -> Void
    ) -> Bool {
        repeat {
            let recordLine = line
            let start = position
            if gathered > Self.gatheredBounds { gathered = 0 }
            var written = FieldBoundsRoom(room, from: gathered)
            var stop = start
            guard let found = RecordSpan.find(
                chunk, from: start, atEnd: atEnd, dialect: dialect, bounds: &written, stop: &stop),
                isReadAsItStands(start..<found.next, end: found.end)
            else { return false }
            advance(past: found)
            body(CSVRecordView(
                line: recordLine, bytes: UnsafeBufferPointer(rebasing: chunk[start..<found.end]),
                bounds: UnsafeBufferPointer(rebasing: room[gathered..<written.count]),
                issues: UnsafeBufferPointer(start: nil, count: 0)))
            gathered = written.count
        } while position < chunk.count
        return true
    }

    /// Bounds of records seen in place that `forEachRecordView` lets gather before it clears them: the rest of
    /// the room (`FieldBoundsRoom.capacity`) is for the next record's, 2,048 fields at least.
    private static var gatheredBounds: Int { 4_096 }

    /// `bounds`, the scratch room, as `RecordSpan` writes into it: `FieldBoundsRoom.capacity` bounds, made the first
    /// time (its contents are never read before they are written).
    private static func boundsRoom(_ bounds: [Int]) -> [Int] {
        bounds.count == FieldBoundsRoom.capacity ? bounds : [Int](repeating: 0, count: FieldBoundsRoom.capacity)
    }

    /// Whether the record in `buffer[record]` (its fields ending by `end`), found whole in the buffered chunk by
    /// `RecordSpan`, is one `readRecord` would take as it stands: no UTF-8 check (it lies in the chunk's valid part,
    /// the delimiter and the quotes taken out are ASCII), no NUL in its chunk, and not longer than `FieldLimit`
    /// lets a record be unchecked (its fields, quotes taken out, are no longer than its bytes).
    @inline(__always)
    private func isReadAsItStands(_ record: Range<Int>, end: Int) -> Bool {
        dialect.marksAreASCII && record.upperBound <= validEnd && lastNULGeneration < generation
            && end - record.lowerBound <= FieldLimit.maximumBytes
    }

    /// Moves past a record `RecordSpan` found whole.
    @inline(__always)
    private mutating func advance(past found: (end: Int, next: Int, lines: Int)) {
        line += found.lines
        if found.end < buffer.count { line += 1 }
        position = found.next
    }

    /// Takes a record `RecordSpan` finds whole in the buffer (or ending at the end of input): its fields copied in
    /// runs, one copy for fields that lie back to back (a record without quotes is one). A record that needs the
    /// scanner returns false, with the fields before the one where that happened taken and `position` at that
    /// field's start: they are what the scanner would have read, so it goes on from there instead of reading the
    /// record's start a second time.
    private mutating func fastRecord(bytes: inout [UInt8], ends: inout [Int]) -> Bool {
        let start = position
        var fieldBounds = Self.boundsRoom(bounds)
        bounds = []
        defer { bounds = fieldBounds }
        var stop = start
        var written = 0
        let found = buffer.withUnsafeBufferPointer { chunk in
            fieldBounds.withUnsafeMutableBufferPointer { room in
                var fields = FieldBoundsRoom(room, from: 0)
                defer { written = fields.count }
                return RecordSpan.find(
                    chunk, from: start, atEnd: atEnd, dialect: dialect, bounds: &fields, stop: &stop)
            }
        }
        buffer.withUnsafeBufferPointer { chunk in
            fieldBounds.withUnsafeBufferPointer { room in
                Self.copy(UnsafeBufferPointer(rebasing: room[..<written]),
                          of: UnsafeBufferPointer(rebasing: chunk[start...]), whole: found != nil,
                          delimiter: dialect.delimiter, into: &bytes, ends: &ends)
            }
        }
        guard let found else {
            position = stop
            return false
        }
        advance(past: found)
        return true
    }

    /// Appends the fields of `record` at `fields` (start and end of each, `RecordSpan.find`'s bounds) in the
    /// `CSVRecord` layout, a delimiter between neighbours, and their ends; fields that lie back to back in `record`
    /// (one delimiter between them) are copied at once. Not `whole`: each field is followed by its delimiter, as
    /// the scanner lays out the fields before the one it reads.
    private static func copy(
        _ fields: UnsafeBufferPointer<Int>, of record: UnsafeBufferPointer<UInt8>, whole: Bool, delimiter: UInt8,
        into bytes: inout [UInt8], ends: inout [Int]
    ) {
        guard !fields.isEmpty else { return }
        var runStart = fields[0]
        var previousEnd = fields[0]
        for index in stride(from: 0, to: fields.count, by: 2) {
            let (fieldStart, fieldEnd) = (fields[index], fields[index + 1])
            if index > 0, fieldStart != previousEnd + 1 {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: record[runStart..<previousEnd]))
                bytes.append(delimiter)
                runStart = fieldStart
            }
            ends.append(bytes.count + fieldEnd - runStart)
            previousEnd = fieldEnd
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: record[runStart..<previousEnd]))
        if !whole { bytes.append(delimiter) }
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
