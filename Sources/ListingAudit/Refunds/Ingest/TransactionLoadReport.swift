/// Which header column a field was read from.
public struct TransactionColumn: Sendable, Equatable, Codable {
    /// The field's stable name (`refund_id`, `reason`, `amount`, …).
    public var field: String
    /// The header cell as the file wrote it.
    public var header: String
    /// 1-based column number.
    public var column: Int
    /// How the column was found by meaning (`synonym`, `name contains a synonym`) in a `mapped` export; `nil` when
    /// it is the known layout's own header name.
    public var evidence: String?

    public init(field: String, header: String, column: Int, evidence: String? = nil) {
        self.field = field
        self.header = header
        self.column = column
        self.evidence = evidence
    }
}

/// What reading a refund or order export did: the format it was read as, how the file was decoded, how many rows
/// were read and skipped (and why), and which column each field came from.
public struct TransactionLoadReport: Sendable {
    /// The path as given.
    public var path: String
    /// The format's stable id (`chinese-shop`, `shopify`, `amazon-fba-returns`, `generic`, …).
    public var format: String
    /// The encoding the file was decoded from.
    public var encoding: TextEncoding
    /// The delimiter's readable name (`comma`, `tab`, …), or the file format (`sheet`, `xml`, `json`).
    public var delimiter: String
    /// The kind of file: delimited text, workbook, XML, JSON.
    public var source: TableFormat = .delimited
    /// The worksheet read, for a workbook.
    public var sheet: String?
    /// Rows above the header that were passed over (a workbook's title rows).
    public var titleRows = 0
    /// Data rows read (header and blank lines excluded).
    public var rowsRead: Int = 0
    /// Total rows skipped; `skipped` keeps the first `SkippedRow.keptInDetail` of them.
    public var skippedCount: Int = 0
    /// The skipped rows with their reasons (bounded, see `skippedCount` for the total).
    public var skipped: [SkippedRow] = []
    /// Rows kept after the reader repaired malformed quoting or encoding in them.
    public var repairedRows: Int = 0
    /// Which column each field came from.
    public var columns: [TransactionColumn] = []
    /// Refund rows closed, rejected or withdrawn without a refund: kept and listed, not counted as refunds.
    public var notRefunded = 0
    /// Refund rows that are 仅退款 (money back, goods kept), among those counted as refunds.
    public var refundOnly = 0
    /// Dates of kept rows that are not real dates (the rows are kept: no stage uses their dates).
    public var unreadableDates = UnreadableDates()

    public init(path: String, format: String, encoding: TextEncoding, delimiter: String) {
        self.path = path
        self.format = format
        self.encoding = encoding
        self.delimiter = delimiter
    }

    /// Rows that became refunds or order lines.
    public var rowsKept: Int { rowsRead - skippedCount }

    /// Counts a kept refund's status and type.
    mutating func count(status: RefundStatus, type: RefundType) {
        if !status.countsAsRefund {
            notRefunded += 1
        } else if type == .refundOnly {
            refundOnly += 1
        }
    }

    /// Counts a skipped row, keeping its detail while under the bound.
    mutating func skip(_ location: SourceLocation, _ reason: LocalizedText) {
        skippedCount += 1
        if skipped.count < SkippedRow.keptInDetail {
            skipped.append(SkippedRow(location: location, reason: reason))
        }
    }

    /// Counts a skipped row, keeping its detail while under the bound.
    mutating func skip(_ row: SkippedRow) { skip(row.location, row.reason) }

    /// Whether a bare number in a date column is a serial date: the file is a workbook.
    var serialDates: Bool { source == .workbook }
}

/// What became of one data row: a value, or a skip with its reason.
enum RowOutcome<Value> {
    case kept(Value)
    case skipped(SkippedRow)
}
