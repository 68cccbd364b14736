/// An input table opened for reading, whatever its file format: the file is recognised by its first bytes (a ZIP
/// workbook, an OLE compound file, XML, JSON, otherwise delimited text), a workbook's sheet is chosen, and the rows
/// are read through one `RowSource`.
///
/// A workbook sheet may have title rows above its header (a merged title, an export date): the header is the first of
/// the first 12 rows that `HeaderTest` recognises, and the rows above it are counted in `titleRows`. Without `--sheet`
/// the first visible sheet whose header is recognised is read, preferring one of the kind asked for (a listing export
/// for `check`, a refund export for `--refunds`); a notes sheet is passed over.
public final class TableInput {
    /// The path as given (`-` for standard input).
    public let path: String
    /// What locations name: the path, or `path[sheet]` for a workbook.
    public let label: String
    public let format: TableFormat
    /// The text encoding (UTF-8 for workbooks and JSON).
    public let encoding: TextEncoding
    /// The delimiter's name for delimited text, else the format (`sheet`, `xml`, `json`).
    public let delimiterName: String
    /// The sheet read, for a workbook.
    public let sheet: String?
    /// Every worksheet of a workbook, in order.
    public let sheets: [String]
    /// Rows above the header that were passed over (a workbook's title rows).
    public private(set) var titleRows = 0
    let rows: RowSource
    /// The delimited file, when the input is one (for its dialect and reopening with another delimiter).
    let delimited: DelimitedFile?
    private var lookahead: [CSVRecord] = []
    private var lookaheadIndex = 0

    private init(
        path: String, label: String, format: TableFormat, encoding: TextEncoding, delimiterName: String,
        sheet: String?, sheets: [String], rows: RowSource, delimited: DelimitedFile?
    ) {
        self.path = path
        self.label = label
        self.format = format
        self.encoding = encoding
        self.delimiterName = delimiterName
        self.sheet = sheet
        self.sheets = sheets
        self.rows = rows
        self.delimited = delimited
    }

    /// The next row, or `nil` at the end.
    func next() throws(IngestError) -> CSVRecord? {
        if lookaheadIndex < lookahead.count {
            defer {
                lookaheadIndex += 1
                if lookaheadIndex == lookahead.count {
                    lookahead.removeAll()
                    lookaheadIndex = 0
                }
            }
            return lookahead[lookaheadIndex]
        }
        return try rows.next()
    }

    /// Sets the header's width (see `RowSource.width`), applied to rows read from now on and to those read ahead.
    func setWidth(_ width: Int) {
        rows.width = width
    }

    /// Opens `path`, recognising its format from its first bytes.
    /// - Parameter test: how header rows are recognised (to choose a workbook's sheet and header row).
    /// - Throws: `.fileNotFound` / `.unreadable`; `.unusableInput` when the file cannot be read as a
    ///   table (a damaged or encrypted workbook, an `.xls` file, a feed that is not well-formed, binary data).
    static func open(path: String, options: ReadOptions, test: HeaderTest) throws(IngestError) -> TableInput {
        if path != "-" {
            switch try FileSniffer.kind(of: path) {
            case .zip:
                return try openWorkbook(path: path, options: options, test: test)
            case .compoundFile:
                throw CompoundFile.refusal(path: path)
            case .xml:
                let feed = try FeedRows(path: path)
                if let reporter = options.progress { feed.reportProgress(to: reporter) }
                return TableInput(
                    path: path, label: path, format: .xmlFeed, encoding: .utf8, delimiterName: feed.layout,
                    sheet: nil, sheets: [], rows: feed, delimited: nil)
            case .json:
                let records = try JSONRows(path: path)
                if let reporter = options.progress { records.reportProgress(to: reporter) }
                // The layout is known once the header is made from the first records.
                let header = try records.next()
                let input = TableInput(
                    path: path, label: path, format: .json, encoding: .utf8, delimiterName: records.layout,
                    sheet: nil, sheets: [], rows: records, delimited: nil)
                input.lookahead = header.map { [$0] } ?? []
                return input
            case .text:
                break
            }
        }
        let file = try DelimitedFile(path: path, options: options)
        return TableInput(
            path: path, label: path, format: .delimited, encoding: file.encoding,
            delimiterName: file.dialect.delimiterName, sheet: nil, sheets: [], rows: file, delimited: file)
    }

    /// Reopens a delimited input with other options (the 淘宝助理 tab case).
    static func reopenDelimited(path: String, options: ReadOptions) throws(IngestError) -> TableInput {
        let file = try DelimitedFile(path: path, options: options)
        return TableInput(
            path: path, label: path, format: .delimited, encoding: file.encoding,
            delimiterName: file.dialect.delimiterName, sheet: nil, sheets: [], rows: file, delimited: file)
    }

    // MARK: Workbooks

    /// How many rows from the top of a sheet may be title rows before the header.
    static let headerSearchRows = 12

    private static func openWorkbook(path: String, options: ReadOptions, test: HeaderTest) throws(IngestError)
        -> TableInput
    {
        let workbook = try Workbook(path: path)
        let worksheets = workbook.worksheets
        let names = worksheets.map(\.name)
        guard !worksheets.isEmpty else {
            throw .input(path, zh: "工作簿中没有工作表", en: "the workbook has no worksheets")
        }
        let chosen: Workbook.Sheet
        if let wanted = options.sheet {
            guard let sheet = sheet(named: wanted, in: worksheets) else {
                let list = names.joined(separator: ", ")
                throw .input(
                    path, zh: "工作簿中没有名为“\(wanted)”的工作表；可选：\(list)",
                    en: "the workbook has no sheet \"\(wanted)\"; its sheets are: \(list)")
            }
            chosen = sheet
        } else {
            chosen = try chooseSheet(workbook, test: test)
        }
        let rows = try workbook.rows(of: chosen)
        if let reporter = options.progress { rows.reportProgress(to: reporter) }
        let input = TableInput(
            path: path, label: workbook.label(chosen), format: .workbook, encoding: .utf8, delimiterName: "sheet",
            sheet: chosen.name, sheets: names, rows: rows, delimited: nil)
        try input.positionAtHeader(test: test)
        return input
    }

    /// The sheet called `name` (case-insensitive), or the `name`-th sheet when `name` is a number.
    private static func sheet(named name: String, in sheets: [Workbook.Sheet]) -> Workbook.Sheet? {
        if let exact = sheets.first(where: { $0.name == name }) { return exact }
        let folded = name.lowercased().trimmingWhitespace()
        if let match = sheets.first(where: { $0.name.lowercased().trimmingWhitespace() == folded }) { return match }
        if let number = Int(name), number >= 1, number <= sheets.count { return sheets[number - 1] }
        return nil
    }

    /// The first visible sheet whose header `test` prefers, else the first whose header it recognises, else the first
    /// visible sheet with any rows.
    private static func chooseSheet(_ workbook: Workbook, test: HeaderTest) throws(IngestError) -> Workbook.Sheet {
        let candidates = workbook.worksheets.filter { !$0.hidden }
        var recognised: Workbook.Sheet?
        var withRows: Workbook.Sheet?
        for sheet in candidates.isEmpty ? workbook.worksheets : candidates {
            let rows = try workbook.rows(of: sheet, merges: false)
            var best = 0
            for _ in 0..<headerSearchRows {
                guard let row = try rows.next() else { break }
                if withRows == nil { withRows = sheet }
                best = max(best, test.score(row.fields))
                if best == 2 { return sheet }
            }
            if best > 0, recognised == nil { recognised = sheet }
        }
        return recognised ?? withRows ?? candidates.first ?? workbook.worksheets[0]
    }

    /// Finds the header among the first rows: the first that `test` recognises (the rows above it are title rows);
    /// when none is, the first row.
    private func positionAtHeader(test: HeaderTest) throws(IngestError) {
        var rows: [CSVRecord] = []
        while rows.count < Self.headerSearchRows, let row = try self.rows.next() { rows.append(row) }
        let header = rows.firstIndex { test.score($0.fields) > 0 } ?? 0
        titleRows = min(header, rows.count)
        lookahead = Array(rows.dropFirst(header))
        lookaheadIndex = 0
        if let first = lookahead.first {
            rows.removeAll()
            let width = first.count
            self.rows.width = width
            // Rows read ahead were read without a width: pad or trim them as the source will from now on.
            for index in lookahead.indices.dropFirst() { lookahead[index] = lookahead[index].fitted(to: width) }
        }
    }
}

/// How header rows are recognised while a table is opened: `score` 2 for a header of the kind wanted, 1 for any
/// header we can read, 0 for a row that is not a header.
struct HeaderTest {
    let score: ([String]) -> Int

    init(_ score: @escaping ([String]) -> Int) { self.score = score }

    /// Any header of a listing, refund or order export, preferring `kind`.
    static func preferring(_ kind: ExportKind?, mapping: ColumnMapping? = nil) -> HeaderTest {
        HeaderTest { names in
            if let mapping, let id = mapping.columns[.listingID], HeaderIndex(names).column(id) != nil {
                return 2
            }
            let found = ExportKind.detect(header: names, isListings: ExportKind.isListingHeader)
            if found == .unknown { return 0 }
            return kind == nil || found == kind ? 2 : 1
        }
    }
}

extension CSVRecord {
    /// The record with trailing empty cells beyond `width` dropped and missing ones added (empty).
    func fitted(to width: Int) -> CSVRecord {
        guard count != width else { return self }
        var ends = self.ends
        var bytes = self.bytes
        while ends.count > width, ends.count > 1, ends[ends.count - 1] == ends[ends.count - 2] + 1 {
            ends.removeLast()
            bytes.removeLast()
        }
        while ends.count < width {
            bytes.append(0x2C)
            ends.append(bytes.count)
        }
        // Only ASCII commas taken out or added: as valid as the record was.
        return CSVRecord(line: line, bytes: bytes, ends: ends, issues: issues, isValidUTF8: isValidUTF8)
    }
}
