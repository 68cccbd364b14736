/// A chunk of data rows read from a transaction export: the bytes of the fields read, back to back and already
/// trimmed (`FieldText.trimmed`, once per cell rather than at every read), each row's line, and the rows the
/// shared checks refused. A value, so it can go to another thread to be converted; memory is the fields read, not
/// the file.
struct TransactionRows: Sendable {
    /// One row: refused by the shared checks, or its fields.
    enum Row {
        case refused(SkippedRow)
        case fields(RowFields)
    }

    private let layout: RowLayout
    /// The trimmed cells back to back in the first `used` bytes, then room to copy the next rows into (not zeroed
    /// when the chunk is made: no byte past `used` is read).
    private var bytes: [UInt8] = []
    private var used = 0
    /// The bytes of the fields read as the record held them, untrimmed: what chunks are sized by.
    private var fieldBytes = 0
    /// Held field `h` of row `r` is `bytes[bounds[r * held + h] ..< bounds[r * held + h + 1]]`, where `held` is the
    /// number of columns the layout holds. Only the first `boundCount` are set; the rest is room for the next rows
    /// (not zeroed: no bound past `boundCount` is read).
    private var bounds: [Int]
    private var boundCount = 1
    /// Each row's line, or for a row the shared checks refused, `-1 - r` where `r` is its refusal in `refusals`:
    /// one array appended to per row. (A line is 1-based, never below 1.)
    private var lines: [Int] = []
    private var refusals: [SkippedRow] = []
    /// Rows held that the reader repaired (`CSVRecord.issues`), refused ones aside.
    private(set) var repairedCount = 0
    /// Whether every row held came from a record whose reader checked it to be valid UTF-8 (`CSVRecord.isValidUTF8`,
    /// or the CSV parser's views): its cells, trimmed at character boundaries, are then valid UTF-8 too.
    private(set) var isValidUTF8 = true

    /// An empty chunk with room for `rows` rows whose fields take `bytes` bytes, so that filling it up to there
    /// never grows (and copies) its storage.
    init(layout: RowLayout, rows: Int = 0, bytes: Int = 0) {
        self.layout = layout
        self.bytes = [UInt8](unsafeUninitializedCapacity: bytes) { _, initialized in initialized = bytes }
        let boundRoom = rows * layout.columns.count + 1
        bounds = [Int](unsafeUninitializedCapacity: boundRoom) { room, initialized in
            room[0] = 0
            initialized = boundRoom
        }
        lines.reserveCapacity(rows)
    }

    /// Rows held, refused ones included.
    var count: Int { lines.count }
    /// Bytes of the fields read, as the records held them (before trimming).
    var byteCount: Int { fieldBytes }

    /// Adds each record of `chunk`, refused or with its fields, in file order.
    mutating func append(_ chunk: RecordChunk, checks: RowChecks) {
        chunk.forEachRecord { record in
            if let refusal = checks.refusal(of: record) {
                append(refused: refusal, line: record.line)
            } else {
                // Every record the CSV parser hands out has valid UTF-8 fields (`CSVParser.readRecord`).
                append(record, isValidUTF8: true)
            }
        }
    }

    /// Adds `record` (`append(_:)` of its view), valid UTF-8 as the record says.
    mutating func append(_ record: CSVRecord) {
        record.withView { append($0, isValidUTF8: record.isValidUTF8) }
    }

    /// Adds the record `record` views, copying the columns the layout holds, trimmed (empty for columns past the
    /// record's end); `isValidUTF8`: its reader checked its fields to be valid UTF-8. Runs for every row of an
    /// export of millions: the row's cells are copied into room made once for the row, and their bounds written
    /// into room made once for the row, not appended cell by cell; the counts are kept in locals while the cells
    /// are copied.
    mutating func append(_ record: CSVRecordView, isValidUTF8 recordIsValid: Bool = false) {
        if !recordIsValid { isValidUTF8 = false }
        let held = layout.columns.count
        // The row's cells are at most its bytes (each as often as a column is held).
        let room = record.bytes.count * layout.copies
        if bytes.count - used < room { growBytes(by: room) }
        if bounds.count - boundCount < held { growBounds(by: held) }
        lines.append(record.line)
        if !record.issues.isEmpty { repairedCount += 1 }
        let first = boundCount
        boundCount += held
        var end = used
        var read = 0
        bytes.withUnsafeMutableBufferPointer { storage in
            bounds.withUnsafeMutableBufferPointer { allBounds in
                for slot in 0..<held {
                    let column = layout.columns[slot]
                    if column < record.count {
                        let range = record.range(column)
                        read += range.count
                        let cell = FieldText.trimmed(UnsafeBufferPointer(rebasing: record.bytes[range]))
                        if let start = cell.baseAddress {
                            // Eight bytes at a time, as report cells are copied: a `memcpy` call costs more
                            // than most cells' copy.
                            precondition(storage.count - end >= cell.count, "a row's cells outgrew their room")
                            CSVByteBuffer.copy(start, count: cell.count, to: storage.baseAddress! + end)
                            end += cell.count
                        }
                    }
                    allBounds[first + slot] = end
                }
            }
        }
        used = end
        fieldBytes += read
    }

    /// Adds a row the shared checks refused.
    mutating func append(refused skip: SkippedRow, line: Int) {
        lines.append(-1 - refusals.count)
        refusals.append(skip)
        let held = layout.columns.count
        if bounds.count - boundCount < held { growBounds(by: held) }
        for slot in 0..<held { bounds[boundCount + slot] = used }
        boundCount += held
    }

    /// Adds room for at least `room` more bytes after the storage (not zeroed: no byte past `used` is read).
    @inline(never)
    private mutating func growBytes(by room: Int) {
        bytes.append(contentsOf: repeatElement(0, count: max(room, bytes.count, 4_096)))
    }

    /// Adds room for at least `room` more bounds.
    @inline(never)
    private mutating func growBounds(by room: Int) {
        bounds.append(contentsOf: repeatElement(0, count: max(room, bounds.count)))
    }

    /// Calls `body` with the rows; their fields are valid only during the call.
    func withRows<Result>(_ body: (Rows) throws -> Result) rethrows -> Result {
        try bytes.withUnsafeBufferPointer { storage in
            let bytes = UnsafeBufferPointer(rebasing: storage[..<used])
            return try bounds.withUnsafeBufferPointer { allBounds in
                let bounds = UnsafeBufferPointer(rebasing: allBounds[..<boundCount])
                return try layout.heldIndex.withUnsafeBufferPointer { heldIndex in
                    try body(Rows(chunk: self, cells: RowCells(bytes: bytes, bounds: bounds, heldIndex: heldIndex)))
                }
            }
        }
    }

    /// Calls `body` with every row in file order; the fields are valid only during the call.
    func forEach(_ body: (Row) throws -> Void) rethrows {
        try withRows { rows in
            for index in 0..<rows.count { try body(rows[index]) }
        }
    }

    /// The rows of a chunk, by index; valid only inside `withRows`.
    struct Rows {
        fileprivate let chunk: TransactionRows
        fileprivate let cells: RowCells

        var count: Int { chunk.count }

        subscript(index: Int) -> Row {
            let line = chunk.lines[index]
            if line < 0 { return .refused(chunk.refusals[-1 - line]) }
            let first = index * chunk.layout.columns.count
            return .fields(RowFields(line: line, cells: cells, first: first))
        }
    }
}

/// Which columns of a transaction export chunks hold: the column of each field read, and where each field is held.
struct RowLayout: Sendable {
    /// The columns held, in field order.
    let columns: [Int]
    /// For each field slot, its index in `columns`, or -1 when the chunk does not hold it.
    let heldIndex: [Int]
    /// The most times one column is held (two fields can name the same column): a row's cells take at most this
    /// many times its bytes.
    let copies: Int

    /// Holds, for each field slot, the column in `columns` (`nil`: the file has none or it is not read).
    init(columns: [Int?]) {
        self.columns = columns.compactMap { $0 }
        copies = Dictionary(self.columns.map { ($0, 1) }, uniquingKeysWith: +).values.max() ?? 1
        var held = 0
        heldIndex = columns.map { column in
            guard column != nil else { return -1 }
            defer { held += 1 }
            return held
        }
    }
}

/// The storage of a chunk's cells, seen through pointers inside `TransactionRows.withRows`.
private struct RowCells {
    let bytes: UnsafeBufferPointer<UInt8>
    let bounds: UnsafeBufferPointer<Int>
    let heldIndex: UnsafeBufferPointer<Int>
}

/// The fields of one row of a `TransactionRows` chunk, as bytes; valid only inside `TransactionRows.withRows`.
struct RowFields {
    /// The 1-based line the row starts on.
    let line: Int
    fileprivate let cells: RowCells
    fileprivate let first: Int

    /// The text of `field` as refund and order rows read it (`FieldText.trimmed`, as the chunk holds it); empty
    /// when the file has no such column or it was not read.
    @inline(__always)
    func text<Field: TransactionField>(_ field: Field) -> UnsafeBufferPointer<UInt8> {
        let held = cells.heldIndex[field.slot]
        guard held >= 0 else { return UnsafeBufferPointer(start: nil, count: 0) }
        let range = cells.bounds[first + held]..<cells.bounds[first + held + 1]
        return UnsafeBufferPointer(rebasing: cells.bytes[range])
    }
}
