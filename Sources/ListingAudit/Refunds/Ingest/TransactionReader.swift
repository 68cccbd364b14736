/// The one reader of refund and order exports: opens the file, tells its format from the header, resolves each
/// field's column once, and reads the data rows in chunks through the checks every kind shares. Rows those checks
/// refuse travel in the chunk in file order, so whoever converts the rows records all skips in file order.
///
/// `report` counts the rows read and repaired as chunks are read; the converter adds the skips and the counts of
/// what rows became.
final class TransactionReader<Kind: TransactionKind> {
    let format: Kind.Format
    let columns: FieldColumns<Kind.Field>
    /// How the file was read so far.
    var report: TransactionLoadReport
    private let table: ExportTable
    /// The columns chunks hold: those of the fields read that the file has.
    private let layout: RowLayout
    /// What cuts delimited text into chunks of records, once `nextChunk` is first called.
    private lazy var chunker: RecordChunker? = table.file.delimited?.reader.handOver()

    /// Opens the export at `path` and resolves its columns; chunks carry the bytes of `fields` only.
    /// - Throws: `IngestError.fileNotFound` / `.unreadable` (exit 66), or `.unusableInput` (exit 65) when the file
    ///   is empty, is not an export of this kind, or lacks the columns `Kind.check` requires.
    /// With a `mapping`, its columns replace those the layout or the synonyms would give, and a header that is no
    /// known layout is read as `mapped`.
    init(
        path: String, options: ReadOptions = ReadOptions(), reading fields: [Kind.Field] = Kind.Field.allCases,
        mapping: TransactionMapping? = nil
    ) throws(IngestError) {
        table = try ExportTable(path: path, options: options, prefer: Kind.exportKind)
        let header = SourceLocation(file: table.file.label, line: table.headerLine)
        let columns: FieldColumns<Kind.Field>
        if let mapping {
            format = Kind.format(of: table.index) ?? Kind.mappedFormat
            columns = try FieldColumns(table.index, mapping: mapping, header: header)
        } else {
            guard let format = Kind.format(of: table.index) else {
                throw .unusableInput(location: header, reason: Kind.notThisKind)
            }
            self.format = format
            columns = Kind.columnsByMeaning(table.header, in: format)
                ?? FieldColumns<Kind.Field>(table.index) { Kind.aliases(of: $0, in: format) }
        }
        try Kind.check(columns, header: header)
        self.columns = columns
        layout = RowLayout(columns: Kind.Field.allCases.map { fields.contains($0) ? columns[$0] : nil })
        report = TransactionLoadReport(
            path: path, format: format.rawValue, encoding: table.file.encoding,
            delimiter: table.file.delimiterName)
        report.columns = columns.mapping(header: table.header)
        report.source = table.file.format
        report.sheet = table.file.sheet
        report.titleRows = table.file.titleRows
    }

    /// What locations name: the path, or `path[sheet]` for a workbook.
    var label: String { table.file.label }

    /// The next rows: at most `maximumRows`, and no more once their fields reach `maximumBytes`; `nil` at the end.
    /// Counted in `report` as read. Read with either this or `nextChunk`, not both.
    /// - Throws: `IngestError.unreadable` when the file cannot be read further.
    func nextRows(maximumRows: Int = 4_096, maximumBytes: Int = 1 << 19) throws(IngestError) -> TransactionRows? {
        guard let rows = try readRows(maximumRows: maximumRows, maximumBytes: maximumBytes) else { return nil }
        count(read: rows.count, repaired: rows.repairedCount)
        return rows
    }

    /// The next chunk of rows, `nil` at the end: of delimited text, whole records' bytes, read into rows by
    /// `TransactionChunk.rows()` wherever that is called; rows read already otherwise. Not counted in `report`:
    /// count its rows with `count(read:repaired:)`.
    /// - Throws: `IngestError.unreadable` when the file cannot be read further.
    /// A record too long to cut into a chunk (a quote never closed) turns the rest of the file into rows read here.
    func nextChunk() throws(IngestError) -> TransactionChunk? {
        guard let chunker else { return try readRows().map { TransactionChunk(rows: $0) } }
        // Decided late when the file starts with 64 KiB of ASCII.
        defer { report.encoding = table.file.encoding }
        if chunker.sequentialRest == nil, let records = try chunker.next() {
            return TransactionChunk(records: records, layout: layout, checks: table.checks)
        }
        guard let rest = chunker.sequentialRest else { return nil }
        return try readRows(from: rest).map { TransactionChunk(rows: $0) }
    }

    /// Counts rows of this reader's chunks: `read` rows (`TransactionRows.count`), `repaired` of them repaired.
    func count(read: Int, repaired: Int) {
        report.rowsRead += read
        report.repairedRows += repaired
    }

    /// The next rows (see `nextRows`) of the file, or of `rest` when given; not counted.
    private func readRows(from rest: CSVReader? = nil, maximumRows: Int = 4_096, maximumBytes: Int = 1 << 19)
        throws(IngestError) -> TransactionRows?
    {
        // Room for a full chunk: the last row may pass `maximumBytes` by one record.
        var rows = TransactionRows(layout: layout, rows: maximumRows, bytes: maximumBytes + (1 << 16))
        func nextRecord() throws(IngestError) -> CSVRecord? {
            if let rest { return try rest.next() }
            return try table.file.next()
        }
        while rows.count < maximumRows, rows.byteCount < maximumBytes, let record = try nextRecord() {
            if let refusal = table.checks.refusal(of: record) {
                rows.append(refused: refusal, line: record.line)
                continue
            }
            rows.append(record)
        }
        // Decided late when the file starts with 64 KiB of ASCII.
        report.encoding = table.file.encoding
        return rows.count == 0 ? nil : rows
    }

    /// Reads the rest of the file row by row: a row the shared checks refuse is counted as skipped, every other row
    /// goes to `body`, and the skip `body` returns, if any, is counted too.
    /// - Throws: `IngestError.unreadable` when the file cannot be read further.
    func forEachRow(_ body: (RowFields) -> SkippedRow?) throws(IngestError) {
        while let rows = try nextRows() {
            rows.forEach { row in
                switch row {
                case .refused(let skip): report.skip(skip)
                case .fields(let fields): if let skip = body(fields) { report.skip(skip) }
                }
            }
        }
    }
}
