/// A data row that could not become (part of) a listing, a refund or an order line, and why. Every such row is
/// counted, never dropped silently.
public struct SkippedRow: Hashable, Sendable, Codable {
    /// Where the row starts (and the column that made it unusable, when one did).
    public var location: SourceLocation
    /// Why it was skipped, in both languages.
    public var reason: LocalizedText

    public init(location: SourceLocation, reason: LocalizedText) {
        self.location = location
        self.reason = reason
    }

    /// How many skipped rows a load report keeps in detail; the rest are only counted, so a file of any size
    /// cannot fill memory with skip records.
    public static let keptInDetail = 1000
}

/// A malformed-input problem the reader repaired (a `CSVIssue`), with the file it happened in.
public struct ReportedIssue: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Where the problem is.
    public var location: SourceLocation
    /// The `CSVIssue.Kind` raw value, or `ragged-row` for a row whose field count differs from the header's.
    public var kind: String
    /// The repair rule that was applied, in both languages.
    public var repairText: LocalizedText

    /// The repair rule that was applied, in English.
    public var repair: String { repairText.en }

    public init(location: SourceLocation, kind: String, repair: LocalizedText) {
        self.location = location
        self.kind = kind
        self.repairText = repair
    }

    public init(_ issue: CSVIssue, file: String) {
        self.init(
            location: SourceLocation(file: file, line: issue.line, column: issue.column), kind: issue.kind.rawValue,
            repair: issue.repairText)
    }

    /// `file:line:column: repair`.
    public var description: String { "\(location): \(repair)" }

    private enum CodingKeys: String, CodingKey {
        case location, kind, repair
    }

    /// Written as location, kind and the English repair, as before the repair was said in both languages.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(location, forKey: .location)
        try container.encode(kind, forKey: .kind)
        try container.encode(repair, forKey: .repair)
    }

    /// Read back with the English repair in both languages (only the English is written).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let repair = try container.decode(String.self, forKey: .repair)
        self.init(
            location: try container.decode(SourceLocation.self, forKey: .location),
            kind: try container.decode(String.self, forKey: .kind), repair: LocalizedText(zh: repair, en: repair))
    }
}

/// One model field and the column it was read from.
public struct MappedColumn: Hashable, Sendable, Codable {
    /// The model field, e.g. `title`, `colours`, `images`, `attribute:material`.
    public var field: String
    /// The header cell the value came from, as written in the file.
    public var column: String
    /// Why the column was taken when the header was mapped by meaning (`synonym`), else `nil`.
    public var evidence: String?

    public init(field: String, column: String) {
        self.field = field
        self.column = column
    }
}

/// What happened while loading one listing export: how it was read, how many rows became listings, and what was
/// skipped or repaired.
public struct IngestReport: Sendable, Codable {
    /// The path as given.
    public var file: String
    /// The format the file was read as.
    public var format: ExportFormat
    /// The text encoding it was decoded from.
    public var encoding: TextEncoding
    /// The delimiter's name: `comma`, `tab`, `semicolon`, `pipe`; `sheet`, `xml`, `json` or `json-lines` for the
    /// other file formats.
    public var delimiter: String
    /// The kind of file: delimited text, workbook, XML feed, JSON.
    public var source: TableFormat = .delimited
    /// The worksheet read, for a workbook.
    public var sheet: String?
    /// Every worksheet of a workbook, in order.
    public var sheets: [String] = []
    /// Rows above the header that were passed over (a workbook's title rows).
    public var titleRows = 0
    /// The 1-based line of the header row used (after any preamble rows); 0 when the file has none (a column
    /// mapping's `"header": "none"`).
    public var headerLine: Int
    /// Data records read after the header (blank lines not included).
    public var rowsRead: Int
    /// Listings built.
    public var listingsBuilt: Int
    /// Rows that could not become listings, with reasons: the first `SkippedRow.keptInDetail` of them.
    public var skipped: [SkippedRow]
    /// How many rows were skipped in all.
    public var skippedCount: Int
    /// Rows added to a listing that an earlier row started (its variant, image and option rows, or a repeated
    /// listing id, which the formats merge): every row read is a listing's first row, a merged row or a skipped one.
    public var mergedRows: Int { max(0, rowsRead - listingsBuilt - skippedCount) }
    /// Rows with fewer fields than the header (missing cells read as empty) or extra empty trailing cells.
    public var raggedRowsRepaired: Int
    /// Problems the reader repaired, in file order (the first 200 in full).
    public var issues: [ReportedIssue]
    /// How many problems were repaired in all.
    public var issueCount: Int
    /// Which column fed which model field, in the adapter's field order.
    public var columnMapping: [MappedColumn]

    public init(
        file: String, format: ExportFormat, encoding: TextEncoding, delimiter: String, headerLine: Int = 1,
        rowsRead: Int = 0, listingsBuilt: Int = 0, skipped: [SkippedRow] = [], raggedRowsRepaired: Int = 0,
        issues: [ReportedIssue] = [], issueCount: Int = 0, columnMapping: [MappedColumn] = []
    ) {
        self.file = file
        self.format = format
        self.encoding = encoding
        self.delimiter = delimiter
        self.headerLine = headerLine
        self.rowsRead = rowsRead
        self.listingsBuilt = listingsBuilt
        self.skipped = skipped
        skippedCount = skipped.count
        self.raggedRowsRepaired = raggedRowsRepaired
        self.issues = issues
        self.issueCount = issueCount
        self.columnMapping = columnMapping
    }
}

/// The listings read from one file and the report of how they were read.
public struct ListingLoadResult: Sendable {
    public var listings: [Listing]
    public var report: IngestReport

    public init(listings: [Listing], report: IngestReport) {
        self.listings = listings
        self.report = report
    }
}

/// What `ListingLoader.survey` learns of an export: how it was read, and its first listings built in full.
public struct ListingSurvey: Sendable {
    public var report: IngestReport
    /// The first listings, in first-seen order, as `stream` hands them over.
    public var samples: [Listing]
    /// Whether the export is Chinese (`ListingExportLanguage`, its first titles sampled).
    public var isChinese: Bool

    public init(report: IngestReport, samples: [Listing], isChinese: Bool = false) {
        self.report = report
        self.samples = samples
        self.isChinese = isChinese
    }
}
