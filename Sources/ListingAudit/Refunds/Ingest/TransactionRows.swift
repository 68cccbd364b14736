/// A chunk of data rows read from a transaction export: each held cell's bounds, already trimmed
/// (`FieldText.trimmed`, once per cell rather than at every read), into the chunk's bytes; each row's line; and the
/// rows the shared checks refused. A chunk of records cut from a delimited file (`RecordChunk`) keeps that chunk's
/// bytes as they are, and its cells are bounds into them wherever the parser saw the record in place; a record the
/// parser rebuilt (a doubled quote, a repair) and a record from another reader have their cells copied into bytes
/// of their own. A value, so it can go to another thread to be converted; memory is the chunk's bytes, not the file.
struct TransactionRows: Sendable {
    /// One row: refused by the shared checks, or its fields.
    enum Row {
        case refused(SkippedRow)
        case fields(RowFields)
    }

    private let layout: RowLayout
    /// The bytes the cells of rows seen in place lie in: a record chunk's bytes, shared with it (not copied).
    private var bytes: [UInt8] = []
    /// The cells of the other rows (`copiedRowCount`), back to back: apart, so that the chunk's bytes are never
    /// copied for them.
    private var copies: [UInt8] = []
    /// The bytes of the fields read as the record held them, untrimmed: what chunks are sized by.
    private var fieldBytes = 0
    /// Held field `h` of row `r` is `bytes[bounds[2 * (r * held + h)] ..< bounds[2 * (r * held + h) + 1]]` (in
    /// `copies` for a copied row), where `held` is the number of columns the layout holds. Only the first
    /// `boundCount` are set; the rest is room for the next rows (not zeroed: no bound past `boundCount` is read).
    private var bounds: [Int]
    private var boundCount = 0
    /// Each row's line, with `copiedMark` set for a row whose cells are in `copies`, or for a row the shared checks
    /// refused, `-1 - r` where `r` is its refusal in `refusals`: one array appended to per row. (A line is 1-based,
    /// never below 1.)
    private var lines: [Int] = []
    private var refusals: [SkippedRow] = []
    /// Rows held that the reader repaired (`CSVRecord.issues`), refused ones aside.
    private(set) var repairedCount = 0
    /// Rows whose cells were copied (their record was rebuilt by the parser, or came from another reader); the other
    /// rows' cells are bounds into the chunk's bytes.
    private(set) var copiedRowCount = 0
    /// Whether every row held came from a record whose reader checked it to be valid UTF-8 (`CSVRecord.isValidUTF8`,
    /// or the CSV parser's views): its cells, trimmed at character boundaries, are then valid UTF-8 too.
    private(set) var isValidUTF8 = true

    /// Set in the line of a row whose cells are in `copies`; no line reaches it.
    fileprivate static let copiedMark = 1 << 62

    /// An empty chunk with room for `rows` rows whose copied cells take `bytes` bytes, so that filling it up to
    /// there never grows (and copies) its storage.
    init(layout: RowLayout, rows: Int = 0, bytes: Int = 0) {
        self.layout = layout
        copies.reserveCapacity(bytes)
        // At least one, so that a row's bounds always have an address (a layout holding no column has none a row).
        let boundRoom = max(1, 2 * rows * layout.columns.count)
        bounds = [Int](unsafeUninitializedCapacity: boundRoom) { _, initialized in initialized = boundRoom }
        lines.reserveCapacity(rows)
    }

    /// Rows held, refused ones included.
    var count: Int { lines.count }
    /// Bytes of the fields read, as the records held them (before trimming).
    var byteCount: Int { fieldBytes }

    /// Adds each record of `chunk`, refused or with its fields, in file order. The chunk's bytes become this
    /// chunk's own (shared, not copied) when it holds none yet, and a record seen in place in them is held as
    /// bounds into them.
    mutating func append(_ chunk: RecordChunk, checks: RowChecks) {
        if bytes.isEmpty && copiedRowCount == 0 { bytes = chunk.bytes }
        let sharedCount = bytes.count
        // `chunk.bytes` keeps the storage the records lie in alive while they are read.
        chunk.bytes.withUnsafeBufferPointer { source in
            // In place only when this chunk's bytes are the chunk's, from their start.
            let inPlace = sharedCount == source.count && bytes.withUnsafeBufferPointer {
                $0.baseAddress == source.baseAddress
            } ? source : UnsafeBufferPointer(start: nil, count: 0)
            chunk.forEachRecord { record in
                if let refusal = checks.refusal(of: record) {
                    append(refused: refusal, line: record.line)
                } else {
                    // Every record the CSV parser hands out has valid UTF-8 fields (`CSVParser.readRecord`).
                    append(record, isValidUTF8: true, source: inPlace)
                }
            }
        }
    }

    /// Adds `record` (`append(_:)` of its view), valid UTF-8 as the record says.
    mutating func append(_ record: CSVRecord) {
        record.withView { append($0, isValidUTF8: record.isValidUTF8) }
    }

    /// Adds the record `record` views, holding the columns the layout holds, trimmed (empty for columns past the
    /// record's end); `isValidUTF8`: its reader checked its fields to be valid UTF-8. When the record's bytes lie
    /// wholly in `source` (this chunk's bytes as shared with the record chunk: `bytes[0..<source.count]`), its cells
    /// are held as bounds into them; otherwise they are copied into `copies`. Runs for every row of an export of
    /// millions: the bounds are written into room made once for the row.
    mutating func append(
        _ record: CSVRecordView, isValidUTF8 recordIsValid: Bool = false,
        source: UnsafeBufferPointer<UInt8> = UnsafeBufferPointer(start: nil, count: 0)
    ) {
        if !recordIsValid { isValidUTF8 = false }
        if !record.issues.isEmpty { repairedCount += 1 }
        guard let offset = Self.offset(of: record.bytes, in: source) else { return copy(record) }
        lines.append(record.line)
        let first = reserveBounds()
        var read = 0
        // The record lies in `source` (`offset`), so its bytes have an address. Every index below is below a count
        // it was tested against or that the parser's bounds and `reserveBounds` guarantee (a field's bounds lie in
        // the record's bytes, lower first; the row's room holds two bounds a held column), and every sum is one of
        // offsets and counts of bytes in memory: no overflow or bounds test is repeated, a dozen times a row.
        let base = record.bytes.baseAddress!
        let fields = record.count
        layout.columns.withUnsafeBufferPointer { columns in
            bounds.withUnsafeMutableBufferPointer { allBounds in
                let row = allBounds.baseAddress! + first
                for slot in columns.indices {
                    let column = columns[slot]
                    guard column < fields else {
                        row[2 &* slot] = 0
                        row[2 &* slot &+ 1] = 0
                        continue
                    }
                    let lower = record.bounds[2 &* column]
                    let count = record.bounds[2 &* column &+ 1] &- lower
                    read &+= count
                    let cell = UnsafeBufferPointer(start: base + lower, count: count)
                    let trimmed = FieldText.trimmed(cell)
                    // A trimmed cell is a slice of the cell: its start lies `lead` bytes into it.
                    let lead = trimmed.isEmpty ? 0 : cell.baseAddress!.distance(to: trimmed.baseAddress!)
                    let start = offset &+ lower &+ lead
                    row[2 &* slot] = start
                    row[2 &* slot &+ 1] = start &+ trimmed.count
                }
            }
        }
        fieldBytes += read
    }

    /// Where `record` starts in `source`, when it lies wholly in it; `nil` otherwise (or when either has no bytes).
    /// Compared as addresses: `source` is alive for the call, so no other allocation overlaps it.
    @inline(__always)
    static func offset(of record: UnsafeBufferPointer<UInt8>, in source: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let recordStart = record.baseAddress, let sourceStart = source.baseAddress else { return nil }
        let offset = UInt(bitPattern: recordStart) &- UInt(bitPattern: sourceStart)
        // Below `source`'s start the difference wraps above any count.
        guard offset <= UInt(source.count), UInt(record.count) <= UInt(source.count) - offset else { return nil }
        return Int(offset)
    }

    /// Adds the row of `record`, which does not lie in this chunk's shared bytes, its held cells copied into
    /// `copies` (which grows as arrays do, by doubling).
    private mutating func copy(_ record: CSVRecordView) {
        copiedRowCount += 1
        lines.append(record.line | Self.copiedMark)
        let held = layout.columns.count
        let first = reserveBounds()
        for slot in 0..<held {
            let column = layout.columns[slot]
            let start = copies.count
            if column < record.count {
                let range = record.range(column)
                fieldBytes += range.count
                copies.append(contentsOf: FieldText.trimmed(UnsafeBufferPointer(rebasing: record.bytes[range])))
            }
            bounds[first + 2 * slot] = start
            bounds[first + 2 * slot + 1] = copies.count
        }
    }

    /// Takes the bounds of the next row (set by the caller), making room first if there is none; returns the
    /// first one's index.
    @inline(__always)
    private mutating func reserveBounds() -> Int {
        let wanted = 2 * layout.columns.count
        if bounds.count - boundCount < wanted { growBounds(by: wanted) }
        defer { boundCount += wanted }
        return boundCount
    }

    /// Adds room for at least `room` more bounds.
    @inline(never)
    private mutating func growBounds(by room: Int) {
        bounds.append(contentsOf: repeatElement(0, count: max(room, bounds.count)))
    }

    /// Adds a row the shared checks refused.
    mutating func append(refused skip: SkippedRow, line: Int) {
        lines.append(-1 - refusals.count)
        refusals.append(skip)
        let first = reserveBounds()
        for index in first..<boundCount { bounds[index] = 0 }
    }

    /// Calls `body` with the rows; their fields are valid only during the call.
    func withRows<Result>(_ body: (Rows) throws -> Result) rethrows -> Result {
        try bytes.withUnsafeBufferPointer { bytes in
            try copies.withUnsafeBufferPointer { copies in
                try bounds.withUnsafeBufferPointer { allBounds in
                    try layout.heldIndex.withUnsafeBufferPointer { heldIndex in
                        try body(Rows(
                            chunk: self, bytes: bytes, copies: copies,
                            bounds: UnsafeBufferPointer(rebasing: allBounds[..<boundCount]), heldIndex: heldIndex))
                    }
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
        /// The cells of rows seen in place, and of copied rows.
        fileprivate let bytes: UnsafeBufferPointer<UInt8>
        fileprivate let copies: UnsafeBufferPointer<UInt8>
        fileprivate let bounds: UnsafeBufferPointer<Int>
        fileprivate let heldIndex: UnsafeBufferPointer<Int>

        var count: Int { chunk.count }

        /// The row at `index`: its cells are picked here, once a row (the chunk's bytes or its copies), so that
        /// reading a field is the same two loads for either.
        subscript(index: Int) -> Row {
            let line = chunk.lines[index]
            if line < 0 { return .refused(chunk.refusals[-1 - line]) }
            let width = 2 * chunk.layout.columns.count
            // A row's bounds lie at `index * width` (`reserveBounds`): one test for the row, not one per field.
            precondition(index &* width &+ width <= bounds.count, "the row's bounds are held")
            let copied = line & TransactionRows.copiedMark != 0
            return .fields(RowFields(
                line: line & (TransactionRows.copiedMark - 1), bytes: copied ? copies : bytes,
                bounds: bounds.baseAddress! + index &* width, heldIndex: heldIndex))
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

/// The fields of one row of a `TransactionRows` chunk, as bytes; valid only inside `TransactionRows.withRows`.
struct RowFields {
    /// The 1-based line the row starts on.
    let line: Int
    /// The bytes the row's cells lie in: the chunk's own, or its copies.
    fileprivate let bytes: UnsafeBufferPointer<UInt8>
    /// The row's bounds: held field `h` is `bytes[bounds[2 * h] ..< bounds[2 * h + 1]]`.
    fileprivate let bounds: UnsafePointer<Int>
    /// For each field slot, its index among the held columns, or -1 (`RowLayout.heldIndex`).
    fileprivate let heldIndex: UnsafeBufferPointer<Int>

    /// The text of `field` as refund and order rows read it (`FieldText.trimmed`, as the chunk holds it); empty
    /// when the file has no such column or it was not read. Read a dozen times a refund row: the held index is at
    /// most the layout's column count, and a cell lies in `bytes` with its end never below its start
    /// (`TransactionRows.append` and `copy` write each cell's bounds from its place in those bytes, `start + count`),
    /// so neither the index arithmetic nor the range is checked again: the cell is made from its start and count,
    /// not by slicing `bytes` (whose range test cost a third of the read). A cell of no bytes has no address when
    /// `bytes` has none.
    @inline(__always)
    func text<Field: TransactionField>(_ field: Field) -> UnsafeBufferPointer<UInt8> {
        let held = heldIndex[field.slot]
        guard held >= 0 else { return UnsafeBufferPointer(start: nil, count: 0) }
        let start = bounds[held &* 2]
        let count = bounds[held &* 2 &+ 1] &- start
        return UnsafeBufferPointer(start: bytes.baseAddress.map { $0 + start }, count: count)
    }
}
