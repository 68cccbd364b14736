/// A chunk of data rows read from a transaction export: the bytes of the fields read, back to back, each row's
/// line, and the rows the shared checks refused. A value, so it can go to another thread to be converted; memory
/// is the fields read, not the file.
struct TransactionRows: Sendable {
    /// One row: refused by the shared checks, or its fields.
    enum Row {
        case refused(SkippedRow)
        case fields(RowFields)
    }

    private let fieldCount: Int
    private var bytes: [UInt8] = []
    /// Field `f` of row `r` is `bytes[bounds[r * fieldCount + f] ..< bounds[r * fieldCount + f + 1]]`.
    private var bounds: [Int] = [0]
    private var lines: [Int] = []
    /// The refusal of each row in `refusals`, or -1.
    private var refusalOfRow: [Int32] = []
    private var refusals: [SkippedRow] = []

    init(fieldCount: Int) {
        self.fieldCount = fieldCount
    }

    /// Rows held, refused ones included.
    var count: Int { lines.count }
    /// Bytes of fields held.
    var byteCount: Int { bytes.count }

    /// Adds `record`, copying for each field slot the column in `columns` (an empty field for `nil`).
    mutating func append(_ record: CSVRecord, columns: [Int?]) {
        lines.append(record.line)
        refusalOfRow.append(-1)
        record.bytes.withUnsafeBufferPointer { source in
            for column in columns {
                if let column, column < record.count {
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
        bounds.append(contentsOf: repeatElement(bytes.count, count: fieldCount))
    }

    /// Calls `body` with the rows; their fields are valid only during the call.
    func withRows<Result>(_ body: (Rows) throws -> Result) rethrows -> Result {
        try bytes.withUnsafeBufferPointer { bytes in
            try bounds.withUnsafeBufferPointer { bounds in
                try body(Rows(chunk: self, bytes: bytes, bounds: bounds))
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
        fileprivate let bytes: UnsafeBufferPointer<UInt8>
        fileprivate let bounds: UnsafeBufferPointer<Int>

        var count: Int { chunk.count }

        subscript(index: Int) -> Row {
            let refusal = Int(chunk.refusalOfRow[index])
            if refusal >= 0 { return .refused(chunk.refusals[refusal]) }
            return .fields(
                RowFields(line: chunk.lines[index], bytes: bytes, bounds: bounds, first: index * chunk.fieldCount))
        }
    }
}

/// The fields of one row of a `TransactionRows` chunk, as bytes; valid only inside `TransactionRows.withRows`.
struct RowFields {
    /// The 1-based line the row starts on.
    let line: Int
    fileprivate let bytes: UnsafeBufferPointer<UInt8>
    fileprivate let bounds: UnsafeBufferPointer<Int>
    fileprivate let first: Int

    /// The text of `field` as refund and order rows read it (`FieldText.trimmed`); empty when the file has no such
    /// column or it was not read.
    @inline(__always)
    func text<Field: TransactionField>(_ field: Field) -> UnsafeBufferPointer<UInt8> {
        let slot = first + field.slot
        return FieldText.trimmed(UnsafeBufferPointer(rebasing: bytes[bounds[slot]..<bounds[slot + 1]]))
    }
}
