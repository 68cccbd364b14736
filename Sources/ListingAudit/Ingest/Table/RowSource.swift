/// A stream of table rows as records of UTF-8 byte cells, whatever the file's format: delimited text
/// (`DelimitedFile`), a worksheet (`SheetRows`), a product feed (`FeedRows`), JSON records (`JSONRows`). Everything
/// after it — header detection, the format adapters, the refund and order readers — reads rows only through this.
protocol RowSource: AnyObject {
    /// The next row with any content, or `nil` at the end.
    func next() throws(IngestError) -> CSVRecord?
    /// The header's width, once known: sources without a fixed width (worksheets) pad or trim trailing empty cells to
    /// it, so a short row is not a ragged one. Delimited files keep their rows as written.
    var width: Int? { get set }
}

extension DelimitedFile: RowSource {
    var width: Int? {
        get { nil }
        set {}
    }
}

/// The kind of file a table was read from.
public enum TableFormat: String, Sendable, Codable, CaseIterable {
    /// Delimited text: CSV, TSV, semicolon or pipe separated.
    case delimited = "csv"
    /// An Excel workbook (`.xlsx`, `.xlsm`).
    case workbook = "xlsx"
    /// An XML product feed (Google Merchant / Meta RSS or Atom, or a `<products><product>` catalogue).
    case xmlFeed = "xml"
    /// JSON: an array of records, an object holding one, or one record per line (JSON Lines).
    case json
}

extension TableFormat {
    /// The file name extensions of the inputs a folder is searched for: delimited text, workbooks (`.xls` too, to be
    /// refused with a message saying how to re-save it), XML feeds and JSON.
    public static let inputExtensions: Set<String> = [
        "csv", "tsv", "txt", "xlsx", "xlsm", "xltx", "xls", "xml", "json", "jsonl", "ndjson",
    ]
}
