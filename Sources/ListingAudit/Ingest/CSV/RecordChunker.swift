#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Cuts the rest of a delimited file into chunks of whole records without parsing them, so that the records can be
/// parsed on other threads (`RecordChunk`) while the reading thread only reads bytes and finds where to cut.
///
/// A chunk ends after a line break outside quotes. Quotes are followed with `CSVScanner`'s grammar: a quote opens a
/// quoted field only at a field's start (a record's start, or after a delimiter), a doubled quote inside one is a
/// quote, and any other quote closes it; line breaks inside quoted fields are passed over. A CR that ends a record
/// stays with the LF after it. The chunk's first line is counted as the parser counts lines (each CR, and each LF
/// not right after a CR), so its records report the lines and issues the whole-file reader would.
///
/// Memory is the chunk, at most `target` plus one read and the longest record. A record that grows past
/// `longestChunkedRecord` (a quote never closed takes the rest of the file) is not cut: the rest of the input is
/// handed to `sequentialRest`, a reader that holds 2 MiB of a field at most (`FieldLimit.OpenField`).
final class RecordChunker {
    /// Bytes read at least for a chunk: 512 KiB, a few thousand refund rows (a chunk is what one read of the
    /// file reader's 1 MiB gives, in practice).
    static let defaultTarget = 1 << 19
    /// The longest record cut into a chunk: twice the longest field read whole, and some.
    static let longestChunkedRecord = 2 * FieldLimit.maximumBytes + (1 << 20)

    private let source: ByteSource
    private let dialect: CSVDialect
    private let target: Int
    private let readSize: Int
    /// Bytes read and not yet handed on; they start at a record's start.
    private var buffer: [UInt8]
    private var atEnd: Bool
    /// The first byte read is dropped when it is an LF: the CR before it ended the last record read by the parser.
    private var skipLineFeed: Bool
    /// The line `buffer` starts on.
    private var line: Int
    /// The quote state is known for `buffer[..<scanned]`.
    private var scanned = 0
    /// The scan is inside a quoted field.
    private var quoted = false
    /// Where the stretch outside quotes the scan is in (or, when quoted, was last in) starts.
    private var unquotedFrom = 0
    /// The last record start found after `buffer`'s start by the scan (at a quoted field's opening quote), or 0.
    private var lastStart = 0
    /// Room for `scan`'s list of the stretch outside quotes before each opening quote after a delimiter it
    /// passes: the record start such a quote gives, the last line break in its stretch, is looked for once the
    /// scan ends (`lastRecordStart`), from the last quote back to the first that has one, not byte by byte behind
    /// every quoted field of every row. Empty between scans; kept only for its room.
    private var openings: [Range<Int>] = []
    /// The reader of the rest of the input, from a record longer than `longestChunkedRecord` on: once `next`
    /// has returned `nil` with this set, the rest is read from it, record by record, on the caller's thread.
    private(set) var sequentialRest: CSVReader?

    init(
        source: ByteSource, dialect: CSVDialect, unread: [UInt8], line: Int, atEnd: Bool, skipLineFeed: Bool,
        target: Int, readSize: Int
    ) {
        self.source = source
        self.dialect = dialect
        self.target = max(1, target)
        self.readSize = max(1, readSize)
        buffer = unread
        self.line = line
        self.atEnd = atEnd
        self.skipLineFeed = skipLineFeed
    }

    /// The next chunk of whole records, `nil` at the end of the input: at least `target` bytes are read (or the
    /// rest of the input), and the chunk is what was read up to the last record end in it, so that little is left
    /// to carry over to the next chunk.
    /// - Throws: `IngestError.unreadable` when the input cannot be read further.
    func next() throws(IngestError) -> RecordChunk? {
        guard sequentialRest == nil else { return nil }
        var wanted = target
        while true {
            while buffer.count <= wanted, !atEnd { try read() }
            if buffer.count <= wanted {
                return buffer.isEmpty ? nil : take(buffer.count)
            }
            // The last byte read is only looked at, to tell CRLF and a doubled quote from a cut there.
            let limit = buffer.count - 1
            scan(upTo: limit)
            let cut = buffer.withUnsafeBufferPointer { bytes in
                quoted ? lastStart : max(lastStart, Self.recordStart(in: bytes, from: unquotedFrom, before: limit))
            }
            if cut > 0 { return take(cut) }
            if buffer.count > Self.longestChunkedRecord {
                sequentialRest = CSVReader(
                    source: PrefixedByteSource(prefix: buffer, rest: source), dialect: dialect, line: line,
                    chunkSize: readSize)
                buffer = []
                return nil
            }
            wanted = buffer.count
        }
    }

    private func read() throws(IngestError) {
        let before = buffer.count
        let got: Int
        if let direct = try readDirectly() {
            got = direct
        } else {
            got = try source.read(into: &buffer, maximum: readSize)
        }
        if got == 0 { atEnd = true }
        if skipLineFeed, buffer.count > before {
            skipLineFeed = false
            if buffer[before] == 0x0A { buffer.remove(at: before) }
        }
    }

    /// Reads up to `readSize` bytes straight into new storage for the buffer when the source copies directly
    /// (`DirectByteSource`, a file) and the buffer holds at most `readSize` bytes (what is left of the last chunk,
    /// in practice): those are copied over, and the file's bytes are written where they are read, once, not into
    /// the source's room first and then appended byte by byte (about an instruction a byte of the file). A fuller
    /// buffer (a record longer than a read) is appended to as before, so that no read copies more than it reads.
    /// Returns how many bytes were read, or `nil` (nothing read) when not read here.
    private func readDirectly() throws(IngestError) -> Int? {
        let before = buffer.count
        guard before <= readSize, let direct = source.direct else { return nil }
        var got = 0
        var failure: IngestError?
        let grown = [UInt8](unsafeUninitializedCapacity: before + readSize) { room, initialized in
            buffer.withUnsafeBufferPointer { kept in
                if let start = kept.baseAddress { room.baseAddress!.initialize(from: start, count: before) }
            }
            do throws(IngestError) {
                got = try direct.copyBytes(to: room.baseAddress! + before, maximum: readSize)
            } catch {
                failure = error
            }
            initialized = before + got
        }
        if let failure { throw failure }
        buffer = grown
        return got
    }

    /// The last record start the opening quotes `openings` give (0 for none): the last one's, or where it has no
    /// line break in its stretch, the one before's, and so on (a later quote's start, when it has one, lies after
    /// every earlier one's: its stretch begins after the quoted field before it).
    private static func lastRecordStart(of openings: [Range<Int>], in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        for stretch in openings.reversed() {
            let start = recordStart(in: bytes, from: stretch.lowerBound, before: stretch.upperBound)
            if start > 0 { return start }
        }
        return 0
    }

    /// Follows the quotes of `buffer[scanned..<limit]`; reads `buffer[limit]` at most (after a quote).
    private func scan(upTo limit: Int) {
        let quote = dialect.quote
        let delimiter = dialect.delimiter
        // Noted in a local array (the property's room, handed back at the end): appending to a class's property
        // claimed and released it for access at every quoted field.
        var openings: [Range<Int>] = []
        swap(&openings, &self.openings)
        buffer.withUnsafeBufferPointer { bytes in
            let base = bytes.baseAddress!
            var index = scanned
            while index < limit {
                guard let found = memchr(base + index, Int32(quote), limit - index) else {
                    index = limit
                    break
                }
                let at = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
                if quoted {
                    // A doubled quote stays inside the field; any other quote closes it.
                    if bytes[at + 1] == quote {
                        index = at + 2
                    } else {
                        quoted = false
                        index = at + 1
                        unquotedFrom = index
                    }
                    continue
                }
                index = at + 1
                let before = at == 0 ? 0x0A : bytes[at - 1]
                guard before == delimiter || before == 0x0A || before == 0x0D else { continue }
                quoted = true
                guard at > 0 else { continue }
                if before == delimiter {
                    // Its record start is looked for once the scan ends (`lastRecordStart`).
                    openings.append(unquotedFrom..<at)
                } else {
                    // A quote opening a record: it starts there, after every stretch noted before it.
                    lastStart = max(lastStart, at)
                    openings.removeAll(keepingCapacity: true)
                }
            }
            scanned = index
            lastStart = max(lastStart, Self.lastRecordStart(of: openings, in: bytes))
        }
        openings.removeAll(keepingCapacity: true)
        self.openings = openings
    }

    /// Where the last record that starts after a line break in `bytes[from..<end]` (outside quotes) starts, or 0;
    /// `bytes[end]` is read to keep CRLF whole.
    private static func recordStart(in bytes: UnsafeBufferPointer<UInt8>, from: Int, before end: Int) -> Int {
        var index = end - 1
        while index >= from {
            let byte = bytes[index]
            if byte == 0x0A { return index + 1 }
            if byte == 0x0D { return bytes[index + 1] == 0x0A ? index + 2 : index + 1 }
            index -= 1
        }
        return 0
    }

    /// Hands on `buffer[..<cut]` and keeps the rest, with its scan state, for the next chunk.
    private func take(_ cut: Int) -> RecordChunk {
        var rest = [UInt8]()
        // A source that copies directly reads into new storage (`readDirectly`): no room is made here for it.
        if source.direct == nil { rest.reserveCapacity(buffer.count - cut + target + readSize) }
        rest.append(contentsOf: buffer[cut...])
        buffer.removeSubrange(cut...)
        let chunk = RecordChunk(bytes: buffer, line: line, dialect: dialect)
        line += buffer.withUnsafeBufferPointer(Self.lineBreaks)
        buffer = rest
        scanned = max(0, scanned - cut)
        unquotedFrom = max(0, unquotedFrom - cut)
        lastStart = 0
        return chunk
    }

    /// The lines `bytes` ends, as the parser counts them: each CR, and each LF not right after a CR; that is, each
    /// LF, and each CR not right before an LF (a chunk never ends between the two).
    private static func lineBreaks(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var lines = 0
        forEachOffset(of: 0x0A, in: bytes) { _ in lines += 1 }
        forEachOffset(of: 0x0D, in: bytes) { at in
            if at + 1 == bytes.count || bytes[at + 1] != 0x0A { lines += 1 }
        }
        return lines
    }

    /// Calls `body` with the offset of each `byte` in `bytes`, found with `memchr`.
    private static func forEachOffset(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, _ body: (Int) -> Void) {
        guard let base = bytes.baseAddress else { return }
        var index = 0
        while index < bytes.count, let found = memchr(base + index, Int32(byte), bytes.count - index) {
            let at = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
            body(at)
            index = at + 1
        }
    }
}

/// Whole records cut from a delimited file by `RecordChunker`, as bytes: parsed where they are used, on any thread.
struct RecordChunk: Sendable {
    let bytes: [UInt8]
    /// The line the first record starts on.
    let line: Int
    let dialect: CSVDialect

    /// Calls `body` with each non-blank record, as the whole file's `CSVReader` reads it (lines, repairs and issues),
    /// seen in place where it needs no work (`CSVReader.forEachRecordView`); a view is valid only during the call.
    func forEachRecord(_ body: (CSVRecordView) -> Void) {
        let reader = CSVReader(records: bytes, dialect: dialect, line: line)
        do {
            try reader.forEachRecordView(body)
        } catch {
            // Bytes in memory are always readable.
            preconditionFailure("\(error)")
        }
    }
}
