/// A chunk of data rows read from a transaction export: the bytes of the fields read, back to back, each row's
/// line, and the rows the shared checks refused. A value, so it can go to another thread to be converted; memory
/// is the fields read, not the file.
struct TransactionRows: Sendable {
    /// One row: refused by the shared checks, or its fields.
    enum Row {
        case refused(SkippedRow)
        case fields(RowFields)
    }

    private let layout: RowLayout
    private var bytes: [UInt8] = []
    /// Held field `h` of row `r` is `bytes[bounds[r * held + h] ..< bounds[r * held + h + 1]]`, where `held` is the
    /// number of columns the layout holds.
    private var bounds: [Int] = [0]
    private var lines: [Int] = []
    /// The refusal of each row in `refusals`, or -1.
    private var refusalOfRow: [Int32] = []
    private var refusals: [SkippedRow] = []

    init(layout: RowLayout) {
        self.layout = layout
    }

    /// Rows held, refused ones included.
    var count: Int { lines.count }
    /// Bytes of fields held.
    var byteCount: Int { bytes.count }

    /// Adds `record`, copying the columns the layout holds (empty for columns past the record's end).
    mutating func append(_ record: CSVRecord) {
        lines.append(record.line)
        refusalOfRow.append(-1)
        record.bytes.withUnsafeBufferPointer { source in
            for column in layout.columns {
                if column < record.count {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[record.range(column)]))
                }
                bounds.append(bytes.count)
            }
        }
    }

    /// Adds a row the shared checks refused.
    mutating func append(refused skip: SkippedRow, line: Int) {
        lines.append(line)
        refusalOfRow.append(Int32(refusals.count))
        refusals.append(skip)
        bounds.append(contentsOf: repeatElement(bytes.count, count: layout.columns.count))
    }

    /// Calls `body` with the rows; their fields are valid only during the call.
    func withRows<Result>(_ body: (Rows) throws -> Result) rethrows -> Result {
        try bytes.withUnsafeBufferPointer { bytes in
            try bounds.withUnsafeBufferPointer { bounds in
                try layout.heldIndex.withUnsafeBufferPointer { heldIndex in
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

    /// The text of `field` as refund and order rows read it (`FieldText.trimmed`); empty when the file has no such
    /// column or it was not read.
    @inline(__always)
    func text<Field: TransactionField>(_ field: Field) -> UnsafeBufferPointer<UInt8> {
        let held = cells.heldIndex[field.slot]
        guard held >= 0 else { return UnsafeBufferPointer(start: nil, count: 0) }
        let range = cells.bounds[first + held]..<cells.bounds[first + held + 1]
        return FieldText.trimmed(UnsafeBufferPointer(rebasing: cells.bytes[range]))
    }
}
