/// A chunk of a transaction export as the reading thread hands it on: rows it read already (workbooks, feeds,
/// JSON), or the bytes of whole records of delimited text (`RecordChunk`), which `rows()` reads on the thread that
/// converts them, so that the reading thread only reads bytes and finds where records end.
struct TransactionChunk: Sendable {
    private enum Content {
        case rows(TransactionRows)
        case records(RecordChunk, layout: RowLayout, checks: RowChecks)
    }

    private let content: Content

    /// Rows read already.
    init(rows: TransactionRows) {
        content = .rows(rows)
    }

    /// Records to read into rows holding the columns of `layout`, through the shared `checks`.
    init(records: RecordChunk, layout: RowLayout, checks: RowChecks) {
        content = .records(records, layout: layout, checks: checks)
    }

    /// The chunk's rows in file order, refused ones included.
    func rows() -> TransactionRows {
        switch content {
        case .rows(let rows):
            return rows
        case .records(let records, let layout, let checks):
            // The rows' cells are bounds into the records' bytes; only records the parser rebuilt are copied.
            var rows = TransactionRows(layout: layout, rows: records.bytes.count / 64)
            rows.append(records, checks: checks)
            return rows
        }
    }
}
