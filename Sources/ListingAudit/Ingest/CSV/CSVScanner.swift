/// The byte-level state machine of `CSVReader` for records with quotes or cut by a chunk end: scans one buffered
/// chunk, copying runs of plain bytes at once. Field bytes go to `bytes` with the delimiter kept between fields
/// (the `CSVRecord` layout); `ends` gets each field's end offset but the last.
struct CSVScanner {
    enum Phase { case fieldStart, unquoted, quoted, afterQuote }

    /// The state of a record being read, carried across chunks.
    struct State {
        var phase = Phase.fieldStart
        /// The line the record starts on.
        let recordLine: Int
        /// The line the scanner is on.
        var line: Int
        /// The line where the open quoted field started.
        var quoteLine: Int
        /// The last byte inside a quoted field was CR (so a following LF ends no extra line).
        var lastWasCR = false
        var issues: [CSVIssue] = []

        init(line: Int) {
            recordLine = line
            self.line = line
            quoteLine = line
        }
    }

    enum Outcome { case needMore, ended, endedAtChunkEndWithCR }

    private let delimiter: UInt8
    private let quote: UInt8

    init(dialect: CSVDialect) {
        delimiter = dialect.delimiter
        quote = dialect.quote
    }

    /// Scans `chunk` from `position` until the record ends or the chunk is used up.
    @inline(__always)
    func scan(_ chunk: UnsafeBufferPointer<UInt8>, from position: inout Int, state: inout State,
              bytes: inout [UInt8], ends: inout [Int]) -> Outcome {
        let delimiter = delimiter
        let quote = quote
        let count = chunk.count
        var index = position
        defer { position = index }
        while index < count {
            switch state.phase {
            case .fieldStart, .unquoted:
                if state.phase == .fieldStart, chunk[index] == quote {
                    state.phase = .quoted
                    state.quoteLine = state.line
                    state.lastWasCR = false
                    index += 1
                    continue
                }
                state.phase = .unquoted
                let start = index
                index = ByteSearch.first(in: chunk, from: index, delimiter, quote, 0x0A, 0x0D)
                if index > start { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[start..<index])) }
                if index == count { return .needMore }
                let byte = chunk[index]
                index += 1
                if byte == delimiter {
                    ends.append(bytes.count)
                    bytes.append(delimiter)
                    state.phase = .fieldStart
                } else if byte == quote {
                    state.issues.append(CSVIssue(kind: .quoteInUnquotedField, line: state.line, column: ends.count + 1))
                    bytes.append(byte)
                } else {
                    state.line += 1
                    if byte == 0x0D {
                        if index == count { return .endedAtChunkEndWithCR }
                        if chunk[index] == 0x0A { index += 1 }
                    }
                    return .ended
                }
            case .quoted:
                let start = index
                index = ByteSearch.first(in: chunk, from: index, quote, quote, 0x0A, 0x0D)
                if index > start {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[start..<index]))
                    state.lastWasCR = false
                }
                if index == count { return .needMore }
                let byte = chunk[index]
                index += 1
                if byte == quote {
                    state.phase = .afterQuote
                } else {
                    bytes.append(byte)
                    if byte == 0x0D || !state.lastWasCR { state.line += 1 }
                    state.lastWasCR = byte == 0x0D
                }
            case .afterQuote:
                let byte = chunk[index]
                if byte == quote {
                    bytes.append(quote)
                    state.phase = .quoted
                    state.lastWasCR = false
                    index += 1
                } else {
                    if byte != delimiter && byte != 0x0A && byte != 0x0D {
                        state.issues.append(
                            CSVIssue(kind: .textAfterClosingQuote, line: state.line, column: ends.count + 1))
                    }
                    state.phase = .unquoted
                }
            }
        }
        return .needMore
    }
}
