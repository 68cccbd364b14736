/// `refunds.csv`, written while refunds stream in: one row per refund with how it was matched, its category and
/// the words that decided it. Rows are written as bytes (`CSVByteBuffer`); the refund stage writes whole chunks of
/// rows its workers rendered with `appendRow`, in file order.
final class AuditRefundsCSV {
    static let columns: [OutputColumn] = [
        .refundID, .orderID, .listingID, .sku, .matchedBy, .category, .evidence, .refundType, .refundStatus,
        .statusText, .amount, .reason, .comment, .line,
    ]
    private static let flushBytes = 4 << 20
    private let file: OutputFile
    /// The language of the header and of the enum cells (`CSVValue`).
    let language: Language
    private var buffer = CSVByteBuffer()

    /// Creates the file and writes its byte-order mark and header row; errors name `shownAs` (or the path).
    convenience init(path: String, language: Language, shownAs: String? = nil) throws(AuditError) {
        self.init(file: try OutputFile(path: path, shownAs: shownAs), language: language)
    }

    /// Writes the byte-order mark and header row to `file`, just created.
    init(file: OutputFile, language: Language) {
        self.file = file
        self.language = language
        buffer.append(CSVByteBuffer.byteOrderMark)
        for column in Self.columns { buffer.appendCell(column.header(language)) }
        buffer.endRow()
        file.countRows(1)
    }

    /// Appends one refund.
    func append(_ refund: ClassifiedRefund) throws(AuditError) {
        let source = refund.refund
        Self.appendRow(
            to: &buffer, id: source.id, orderID: source.orderID, listingID: refund.listingID ?? "",
            sku: source.sku ?? "", matchedBy: CSVValue.matchMethod(refund.matchedBy, language),
            category: refund.category.rawValue, evidence: refund.evidence.joined(separator: "; "),
            type: CSVValue.refundType(source.type, language), status: CSVValue.refundStatus(source.status, language),
            statusText: source.statusText, amount: AmountCell(value: source.amount), reason: source.reason,
            comment: source.comment,
            line: source.location.line)
        file.countRows(1)
        if buffer.count >= Self.flushBytes { try flush() }
    }

    /// Appends `count` rows written by `appendRow`.
    func append(rows: CSVRows, count: Int) throws(AuditError) {
        try flush()
        try rows.withBytes { (bytes) throws(AuditError) in try file.write(bytes) }
        file.countRows(count)
    }

    /// Writes what is left, and starts flushing the file to the disk and closing it in the background
    /// (`OutputFile.closeInBackground`: the audit's output folder waits for it before it is sealed).
    func finish() throws(AuditError) {
        try flush()
        file.closeInBackground()
    }

    /// Appends the row of one refund to `buffer`, its cells in `columns` order: the match method, category, type
    /// and status as `CSVValue` writes them in the file's language (from `EnumCells` for rows of a chunk).
    static func appendRow(
        to buffer: inout CSVByteBuffer, id: some CSVCellText, orderID: some CSVCellText,
        listingID: some CSVCellText, sku: some CSVCellText, matchedBy: some CSVCellText, category: some CSVCellText,
        evidence: some CSVCellText, type: some CSVCellText, status: some CSVCellText, statusText: some CSVCellText,
        amount: AmountCell, reason: some CSVCellText, comment: some CSVCellText, line: Int
    ) {
        id.appendCell(to: &buffer)
        orderID.appendCell(to: &buffer)
        listingID.appendCell(to: &buffer)
        sku.appendCell(to: &buffer)
        matchedBy.appendCell(to: &buffer)
        category.appendCell(to: &buffer)
        evidence.appendCell(to: &buffer)
        type.appendCell(to: &buffer)
        status.appendCell(to: &buffer)
        statusText.appendCell(to: &buffer)
        amount.appendCell(to: &buffer)
        reason.appendCell(to: &buffer)
        comment.appendCell(to: &buffer)
        buffer.appendCell(line)
        buffer.endRow()
    }

    /// The cells of a row read as bytes from a refund export (`RefundChunkWork`): the texts as read, and the enum
    /// and evidence cells already written: the match method (`EnumCells`), the category and evidence as one run of
    /// two cells (`ReasonAnswers`), the request type and status as another (`EnumCells`).
    struct ByteRow {
        var id: UnsafeBufferPointer<UInt8>
        var orderID: UnsafeBufferPointer<UInt8>
        var listingID: UnsafeBufferPointer<UInt8>
        var sku: UnsafeBufferPointer<UInt8>
        var matchedBy: WrittenCSVCell
        var categoryAndEvidence: WrittenCSVCell
        var typeAndStatus: WrittenCSVCell
        var statusText: UnsafeBufferPointer<UInt8>
        var amount: AmountCell
        var reason: UnsafeBufferPointer<UInt8>
        var comment: UnsafeBufferPointer<UInt8>
        var line: Int
    }

    /// Appends the row of `row` to `room` with the bytes the generic `appendRow` writes for the same cells, into
    /// room made once for the row (`CSVRowRoom.appendRow`): it runs for every refund of an export of millions.
    static func appendRow(to room: inout CSVRowRoom, bytes row: ByteRow) {
        guard let value = row.amount.value, !row.amount.sourceIsWritten else {
            // Blank (no value), or the amount cell as read.
            let amount = row.amount.value == nil ? UnsafeBufferPointer(start: nil, count: 0) : row.amount.source
            return appendRow(to: &room, bytes: row, amount: amount)
        }
        // An amount not written as read is worked out apart first, so the row's room is known.
        var amount = CSVByteBuffer()
        amount.appendAmount(value)
        amount.bytes.withUnsafeBufferPointer { appendRow(to: &room, bytes: row, amount: $0) }
    }

    /// Appends the row of `row` with `amount` as its written amount cell.
    private static func appendRow(to room: inout CSVRowRoom, bytes row: ByteRow, amount: UnsafeBufferPointer<UInt8>) {
        // Counts of bytes in memory, far from overflowing: added without overflow checks (a dozen a row).
        let textBytes = row.id.count &+ row.orderID.count &+ row.listingID.count &+ row.sku.count
            &+ row.statusText.count &+ row.reason.count &+ row.comment.count
        // Each written run, and the amount, after a comma (the line's cell is the room's to make room for).
        let written = row.matchedBy.bytes.count &+ row.categoryAndEvidence.bytes.count
            &+ row.typeAndStatus.bytes.count &+ amount.count &+ 4
        let maximum = CSVByteBuffer.maximum(cells: 7, bytes: textBytes) &+ written
        room.appendRow(maximum: maximum, line: row.line) { writer in
            writer.appendCell(row.id)
            writer.appendCell(row.orderID)
            writer.appendCell(row.listingID)
            writer.appendCell(row.sku)
            writer.appendWrittenCell(row.matchedBy.bytes)
            writer.appendWrittenCell(row.categoryAndEvidence.bytes)
            writer.appendWrittenCell(row.typeAndStatus.bytes)
            writer.appendCell(row.statusText)
            writer.appendWrittenCell(amount)
            writer.appendCell(row.reason)
            writer.appendCell(row.comment)
        }
    }

    /// The enum cells of a chunk's rows in one language, each written once (`CSVCellTable`): the match methods, and
    /// the request type and status of every pair of them as one run (`type,status`), which always stand together
    /// in a row. A chunk's rows copy them by number instead of writing each as text.
    struct EnumCells: Sendable {
        private let methods: CSVCellTable
        private let typesAndStatuses: CSVCellTable

        init(language: Language) {
            var methodTexts = [String](repeating: "", count: MatchMethod.allCases.count)
            for method in MatchMethod.allCases {
                methodTexts[Self.number(method)] = CSVValue.matchMethod(method, language)
            }
            methods = CSVCellTable(methodTexts)
            var runs = [[String]](repeating: [], count: RefundType.allCases.count * Self.statusCount)
            for type in RefundType.allCases {
                for status in RefundStatus.allCases {
                    runs[Self.number(type, status)] = [
                        CSVValue.refundType(type, language), CSVValue.refundStatus(status, language),
                    ]
                }
            }
            typesAndStatuses = CSVCellTable(runs: runs)
        }

        /// Calls `body` with the cells, readable while it runs.
        func withCells<R>(_ body: (Cells) -> R) -> R {
            methods.withCells { methods in
                typesAndStatuses.withCells { body(Cells(methods: methods, typesAndStatuses: $0)) }
            }
        }

        /// The cell numbers of each value: a switch, not a search through `allCases`, for every row of a chunk.
        fileprivate static func number(_ method: MatchMethod) -> Int {
            switch method {
            case .listingID: 0
            case .sku: 1
            case .title: 2
            case .unmatched: 3
            }
        }

        /// The number of the run of `type` and `status`.
        fileprivate static func number(_ type: RefundType, _ status: RefundStatus) -> Int {
            let row = switch type {
            case .refundOnly: 0
            case .returnAndRefund: 1
            case .exchange: 2
            case .unknown: 3
            }
            let column = switch status {
            case .refunded: 0
            case .pending: 1
            case .notRefunded: 2
            case .unknown: 3
            }
            return row * statusCount + column
        }

        /// How many statuses there are: the width of a request type's row of runs.
        private static let statusCount = RefundStatus.allCases.count

        /// The cells while `withCells` runs.
        struct Cells {
            fileprivate let methods: CSVCellTable.Cells
            fileprivate let typesAndStatuses: CSVCellTable.Cells

            func method(_ method: MatchMethod) -> WrittenCSVCell {
                WrittenCSVCell(bytes: methods[EnumCells.number(method)])
            }

            /// The request type's cell and the status's, as one run.
            func typeAndStatus(_ type: RefundType, _ status: RefundStatus) -> WrittenCSVCell {
                WrittenCSVCell(bytes: typesAndStatuses[EnumCells.number(type, status)])
            }
        }
    }

    private func flush() throws(AuditError) {
        try file.write(buffer.bytes)
        buffer.removeAll()
    }
}

/// The amount cell of a `refunds.csv` row: `value` as `CSVByteBuffer.appendAmount` writes it (two decimals), blank
/// for `nil`. `source`, the cell the value was read from, is copied as it is when it already is that text (`12.50`),
/// which most exports' amounts are: no digits are worked out again for every refund.
struct AmountCell: CSVCellText {
    let value: Double?
    let source: UnsafeBufferPointer<UInt8>
    /// Whether `source` is the text `appendAmount` writes for `value` (`isWrittenAsRead`).
    let sourceIsWritten: Bool

    /// The cell of `value`, worked out from it.
    init(value: Double?) {
        self.init(value: value, source: UnsafeBufferPointer(start: nil, count: 0), sourceIsWritten: false)
    }

    /// The cell of `value`, read from `source`.
    init(value: Double?, source: UnsafeBufferPointer<UInt8>) {
        self.init(value: value, source: source, sourceIsWritten: Self.isWrittenAsRead(source))
    }

    /// The cell of `value`, read from `source`, which its reader found to be written as read or not
    /// (`sourceIsWritten`: `PlainDecimal.read`'s `isAmountText`), so that it is not read again.
    init(value: Double?, source: UnsafeBufferPointer<UInt8>, sourceIsWritten: Bool) {
        (self.value, self.source, self.sourceIsWritten) = (value, source, sourceIsWritten)
    }

    func appendCell(to buffer: inout CSVByteBuffer) {
        guard let value else { return buffer.appendCell("") }
        if sourceIsWritten { buffer.appendWrittenCell(source) } else { buffer.appendAmount(value) }
    }

    /// Whether `cell` is what `appendAmount` writes for the value `FieldText.amount` reads from it: digits without a
    /// leading zero (or a lone `0`), a point and two digits, at most 15 digits in all. Such a value is
    /// `digits / 100` correctly rounded, which `appendAmount` scales back to the same digits exactly.
    /// Runs for every refund: the digits are tested with one comparison each (a byte below `0` wraps above 9), the
    /// whole part in one loop without a test for the point's place.
    @inline(__always)
    static func isWrittenAsRead(_ cell: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = cell.count
        guard count >= 4, count <= 16, cell[count - 3] == UInt8(ascii: "."), cell[0] != UInt8(ascii: "0") || count == 4
        else { return false }
        var digits = isDigit(cell[count - 2]) && isDigit(cell[count - 1])
        for index in 0..<(count - 3) { digits = digits && isDigit(cell[index]) }
        return digits
    }

    @inline(__always)
    private static func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }
}
