/// The refund stage's work on one chunk of rows, run on a worker thread: every row read from its bytes, its
/// distinct (reason, comment) pairs classified through the shared cache, every kept refund matched to a listing
/// and, when `refunds.csv` is written, rendered as its row. The ledger counts and skips come back for the stage to
/// add in file order.
struct RefundChunkWork: Sendable {
    /// A kept refund that counts, as the ledger adds it.
    typealias Count = AuditLedger.CountedRefund

    /// What one chunk gave.
    struct Result: Sendable {
        /// The refunds that count as refunds, in file order.
        var counts: [Count] = []
        /// Skipped rows, in file order.
        var skipped: [SkippedRow] = []
        /// Kept rows closed, rejected or withdrawn without a refund.
        var notRefunded = 0
        /// Counted refunds that are 仅退款.
        var refundOnly = 0
        /// Kept rows whose date is not a real date.
        var unreadableDates = UnreadableDates()
        /// The `refunds.csv` rows of the kept refunds, in file order (empty unless rows are written).
        var rows = CSVRows()
        /// How many rows `rows` holds.
        var rowCount = 0
    }

    /// A row kept by the reader: its fields, its values and its (reason, comment) pair.
    private struct Kept {
        var fields: RowFields
        var values: RefundRowReader.Values
        var pair: Int
    }

    let path: String
    let format: RefundExportFormat
    let columns: FieldColumns<RefundField>
    let matcher: RefundMatcher
    let classifier: ReasonClassifierCache
    let writesRows: Bool
    /// The language of the rows' enum cells (`CSVValue`).
    var language: Language = .en
    /// Whether a bare number in the date column is a serial date (the export is a workbook).
    var serialDates = false

    /// The enum cells of `refunds.csv` in each language, by `Language.allCases` order.
    private static let enumCells = Language.allCases.map { AuditRefundsCSV.EnumCells(language: $0) }

    /// The fields the work reads: all (the date is only checked, neither counted nor written).
    static let fields = RefundField.allCases

    func run(_ chunk: TransactionRows) -> Result {
        chunk.withRows { rows in
            var result = Result()
            var reader = RefundRowReader(path: path, format: format, columns: columns)
            // The rows' cells are trimmed (`FieldText.trimmed`), and checked UTF-8 when their records were.
            var pairs = ReasonPairs(
                textsAreCheckedUTF8: chunk.isValidUTF8, reasonsAreTrimmed: true, capacity: rows.count)
            var kept: [Kept] = []
            kept.reserveCapacity(rows.count)
            for index in 0..<rows.count {
                switch rows[index] {
                case .refused(let skip): result.skipped.append(skip)
                case .fields(let fields):
                    switch reader.read(fields) {
                    case .kept(let values):
                        result.unreadableDates.check(fields.text(RefundField.date), serials: serialDates) {
                            SourceLocation(file: path, line: fields.line, column: columns[.date].map { $0 + 1 })
                        }
                        let pair = pairs.add(
                            reason: fields.text(RefundField.reason), comment: fields.text(RefundField.comment))
                        kept.append(Kept(fields: fields, values: values, pair: pair))
                    case .skipped(let skip): result.skipped.append(skip)
                    }
                }
            }
            let answers = classifier.answers(for: pairs, lookups: kept.count)
            let byID = matcher.positions(ofIDs: Self.listingIDs(of: kept))
            // Rows run to about one and a half to two times the fields read (1.6 on the synthetic shops: the match,
            // category, type and status cells are added); the room grows past that if it must, copying what it holds.
            let room = writesRows ? chunk.byteCount * 2 + 4_096 : 0
            var titleKey: [UInt8] = []
            let cells = Self.enumCells[Language.allCases.firstIndex(of: language)!]
            var (refundOnly, notRefunded) = (0, 0)
            var rows = CSVRows()
            // The counts are written into room made for every kept row, not appended (a uniqueness test a row).
            let counts = [Count](unsafeUninitializedCapacity: kept.count) { counts, counted in
                rows = CSVRowRoom.withRoom(capacity: room) { rows in
                    cells.withCells { cells in
                        for (refund, found) in zip(kept, byID) {
                            let fields = refund.fields
                            let (position, method) = found.map { ($0, .listingID) } ?? matcher.match(
                                listingID: fields.text(RefundField.listingID), sku: fields.text(RefundField.sku),
                                title: fields.text(RefundField.title), key: &titleKey)
                            let values = refund.values
                            // Closed, rejected or withdrawn requests are listed in refunds.csv but never counted.
                            if values.status.countsAsRefund {
                                (counts.baseAddress! + counted).initialize(
                                    to: Count(position: position, category: answers.category(of: refund.pair),
                                              method: method, type: values.type, amount: values.amount))
                                counted += 1
                                if values.type == .refundOnly { refundOnly += 1 }
                            } else {
                                notRefunded += 1
                            }
                            if writesRows {
                                appendRow(fields, values, answers: answers, pair: refund.pair,
                                          position: position, foundByID: found != nil, method: method,
                                          fileName: reader.fileName, cells: cells, to: &rows)
                            }
                        }
                    }
                }
            }
            result.counts = counts
            result.refundOnly = refundOnly
            result.notRefunded = notRefunded
            result.rows = rows
            result.rowCount = writesRows ? kept.count : 0
            return result
        }
    }

    /// The listing id cell of every kept row, in order, written into room made once (`map` tests the uniqueness of
    /// its array at every element).
    private static func listingIDs(of kept: [Kept]) -> [UnsafeBufferPointer<UInt8>] {
        [UnsafeBufferPointer<UInt8>](unsafeUninitializedCapacity: kept.count) { ids, initialized in
            for index in kept.indices {
                (ids.baseAddress! + index).initialize(to: kept[index].fields.text(RefundField.listingID))
            }
            initialized = kept.count
        }
    }

    /// Appends the `refunds.csv` row of a kept refund. `foundByID`: the row's listing id cell is a key of the
    /// matcher's id table, so it is the matched listing's id byte for byte and is written as it stands — at a
    /// million listings, looking the id up again by position costs a few cache misses a row. Inlined into the
    /// chunk's loop, as a row's few calls cost more than their work.
    @inline(__always)
    private func appendRow(
        _ fields: RowFields, _ values: RefundRowReader.Values, answers: ReasonAnswers, pair: Int, position: Int32?,
        foundByID: Bool, method: MatchMethod, fileName: String, cells: AuditRefundsCSV.EnumCells.Cells,
        to rows: inout CSVRowRoom
    ) {
        answers.withCategoryAndEvidenceCells(of: pair) { categoryAndEvidence in
            RefundRowReader.withID(fields, fileName: fileName) { id in
                withListingID(fields, position: position, foundByID: foundByID) { listingID in
                    let row = AuditRefundsCSV.ByteRow(
                        id: id, orderID: fields.text(RefundField.orderID), listingID: listingID,
                        sku: fields.text(RefundField.sku), matchedBy: cells.method(method),
                        categoryAndEvidence: WrittenCSVCell(bytes: categoryAndEvidence),
                        typeAndStatus: cells.typeAndStatus(values.type, values.status),
                        statusText: fields.text(RefundField.status),
                        amount: AmountCell(
                            value: values.amount, source: fields.text(RefundField.amount),
                            sourceIsWritten: values.amountIsWrittenAsRead),
                        reason: fields.text(RefundField.reason), comment: fields.text(RefundField.comment),
                        line: fields.line)
                    AuditRefundsCSV.appendRow(to: &rows, bytes: row)
                }
            }
        }
    }

    /// Calls `body` with the id of the listing at `position` (no bytes for `nil`): the row's own listing id cell
    /// when it was found by id as it stands, else the matcher's copy.
    private func withListingID<Result>(
        _ fields: RowFields, position: Int32?, foundByID: Bool, _ body: (UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result {
        foundByID ? body(fields.text(RefundField.listingID)) : matcher.withListingID(at: position, body)
    }
}
