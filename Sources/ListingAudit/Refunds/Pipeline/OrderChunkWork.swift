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
    }

    let path: String
    let columns: FieldColumns<OrderField>
    let matcher: RefundMatcher

    /// The fields the work reads: what ties a line to a listing, and the numbers a kept line must have.
    static let fields: [OrderField] = [.listingID, .sku, .title, .quantity, .amount]

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
