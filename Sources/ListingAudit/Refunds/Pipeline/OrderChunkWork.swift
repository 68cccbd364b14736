/// The order stage's work on one chunk of rows, run on a worker thread: every row read from its bytes and every
/// kept order line matched to a listing, exactly as refunds are matched. The units and skips come back for the
/// stage to count in file order.
struct OrderChunkWork: Sendable {
    /// A kept order line as the ledger counts it.
    struct Units: Sendable {
        var position: Int32?
        var quantity: Int
    }

    /// What one chunk gave: the kept lines' units and the skipped rows, each in file order.
    struct Result: Sendable {
        var units: [Units] = []
        var skipped: [SkippedRow] = []
        /// Kept lines whose date is not a real date.
        var unreadableDates = UnreadableDates()
    }

    let path: String
    let columns: FieldColumns<OrderField>
    let matcher: RefundMatcher
    /// Whether a bare number in the date column is a serial date (the export is a workbook).
    var serialDates = false

    /// The fields the work reads: what ties a line to a listing, the numbers a kept line must have, and the date
    /// (only checked).
    static let fields: [OrderField] = [.listingID, .sku, .title, .quantity, .amount, .date]

    func run(_ rows: TransactionRows) -> Result {
        var result = Result()
        let reader = OrderRowReader(path: path, columns: columns)
        var titleKey: [UInt8] = []
        rows.forEach { row in
            switch row {
            case .refused(let skip): result.skipped.append(skip)
            case .fields(let fields):
                switch reader.read(fields) {
                case .kept(let line):
                    result.unreadableDates.check(fields.text(OrderField.date), serials: serialDates) {
                        SourceLocation(file: path, line: fields.line, column: columns[.date].map { $0 + 1 })
                    }
                    let (position, _) = matcher.match(
                        listingID: fields.text(OrderField.listingID), sku: fields.text(OrderField.sku),
                        title: fields.text(OrderField.title), key: &titleKey)
                    result.units.append(Units(position: position, quantity: line.quantity))
                case .skipped(let skip): result.skipped.append(skip)
                }
            }
        }
        return result
    }
}
