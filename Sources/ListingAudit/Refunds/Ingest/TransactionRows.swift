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
    private var lines: [Int] = []
    /// The refusal of each row in `refusals`, or -1.
    private var refusalOfRow: [Int32] = []
    private var refusals: [SkippedRow] = []
    /// Rows held that the reader repaired (`CSVRecord.issues`), refused ones aside.
    private(set) var repairedCount = 0

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
        refusalOfRow.reserveCapacity(rows)
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
                append(record)
            }
        }
    }

    /// Adds `record` (`append(_:)` of its view).
    mutating func append(_ record: CSVRecord) {
        record.withView { append($0) }
    }

    /// Adds the record `record` views, copying the columns the layout holds, trimmed (empty for columns past the
    /// record's end). Runs for every row of an export of millions: the row's cells are copied into room made once
    /// for the row, and their bounds written into room made once for the row, not appended cell by cell.
    mutating func append(_ record: CSVRecordView) {
        lines.append(record.line)
        refusalOfRow.append(-1)
        if !record.issues.isEmpty { repairedCount += 1 }
        let room = record.bytes.count
        if bytes.count - used < room { bytes.append(contentsOf: repeatElement(0, count: max(room, bytes.count, 4_096))) }
        let first = makeRoomForBounds()
        layout.columns.withUnsafeBufferPointer { columns in
            bytes.withUnsafeMutableBufferPointer { storage in
                bounds.withUnsafeMutableBufferPointer { allBounds in
                    for (slot, column) in columns.enumerated() {
                        if column < record.count {
                            let range = record.range(column)
                            fieldBytes += range.count
                            let cell = FieldText.trimmed(UnsafeBufferPointer(rebasing: record.bytes[range]))
                            if let start = cell.baseAddress {
                                // Eight bytes at a time, as report cells are copied: a `memcpy` call costs more
                                // than most cells' copy.
                                CSVByteBuffer.copy(start, count: cell.count, to: storage.baseAddress! + used)
                                used += cell.count
                            }
                        }
                        allBounds[first + slot] = used
                    }
                }
            }
        }
    }

    /// Adds a row the shared checks refused.
    mutating func append(refused skip: SkippedRow, line: Int) {
        lines.append(line)
        refusalOfRow.append(Int32(refusals.count))
        refusals.append(skip)
        let first = makeRoomForBounds()
        for slot in 0..<layout.columns.count { bounds[first + slot] = used }
    }

    /// Counts the bounds of one more row, making room for them if there is none; returns where the row's go.
    private mutating func makeRoomForBounds() -> Int {
        let held = layout.columns.count
        if bounds.count - boundCount < held {
            bounds.append(contentsOf: repeatElement(0, count: max(held, bounds.count)))
        }
        defer { boundCount += held }
        return boundCount
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
            let refusal = Int(chunk.refusalOfRow[index])
            if refusal >= 0 { return .refused(chunk.refusals[refusal]) }
            let first = index * chunk.layout.columns.count
            return .fields(RowFields(line: chunk.lines[index], cells: cells, first: first))
        }
    }
}

/// Which columns of a transaction export chunks hold: the column of each field read, and where each field is held.
struct RowLayout: Sendable {
    /// The columns held, in field order.
    let columns: [Int]
    /// For each field slot, its index in `columns`, or -1 when the chunk does not hold it.
    let heldIndex: [Int]

    /// Holds, for each field slot, the column in `columns` (`nil`: the file has none or it is not read).
    init(columns: [Int?]) {
        self.columns = columns.compactMap { $0 }
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
