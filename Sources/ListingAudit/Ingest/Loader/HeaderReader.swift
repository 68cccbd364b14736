/// Opens an export and positions it after its header row, recognising the preambles that come before the header:
///
/// - Amazon flat-file templates: row 1 starts `TemplateType=`, row 2 holds display names, and the first row that
///   names `item_sku` (row 3) is the header.
/// - 淘宝助理: row 1 is `version 1.00`, row 2 the English field keys (the header), row 3 the Chinese labels.
///   When the delimiter was sniffed from the version line (which has none), the file is reopened with tabs if the
///   key row holds them.
///
/// A column mapping may say the file has no header (`ColumnMapping.hasHeader`): its columns are then named `1`, `2`, …
/// and its first row is data.
///
/// The file may be any table `TableInput` reads (a workbook sheet, a feed, JSON); its header is then set as the rows'
/// width, so a sheet's short rows are not ragged.
struct HeaderReader {
    private(set) var file: TableInput
    /// The header record.
    let header: CSVRecord
    /// The format a recognised preamble implies.
    let preambleFormat: ExportFormat?
    /// A record read ahead while looking past the header.
    private var pending: CSVRecord?

    private init(file: TableInput, header: CSVRecord, preambleFormat: ExportFormat?, pending: CSVRecord?) {
        self.file = file
        self.header = header
        self.preambleFormat = preambleFormat
        self.pending = pending
    }

    /// The next data record.
    mutating func next() throws(IngestError) -> CSVRecord? {
        if let record = pending {
            pending = nil
            return record
        }
        return try file.next()
    }

    static func open(path: String, read: ReadOptions, mapping: ColumnMapping? = nil) throws(IngestError)
        -> HeaderReader
    {
        let reader = try find(path: path, read: read, mapping: mapping)
        reader.file.setWidth(reader.header.count)
        return reader
    }

    private static func find(path: String, read: ReadOptions, mapping: ColumnMapping?) throws(IngestError)
        -> HeaderReader
    {
        var file = try TableInput.open(path: path, options: read, test: .preferring(.listings, mapping: mapping))
        guard let first = try file.next() else {
            if file.format == .workbook {
                throw .input(
                    SourceLocation(file: file.label, line: 0), zh: "工作表是空的；应有一行表头写明各列名称",
                    en: "the sheet is empty; expected a header row naming the columns")
            }
            throw .input(
                SourceLocation(file: file.label, line: 1, column: 1), zh: "文件是空的；应有一行表头写明各列",
                en: "the file is empty; expected a header row naming the columns")
        }
        if let mapping, !mapping.hasHeader {
            // No header row: the first row is data, and the columns are named by position.
            let names = CSVRecord(line: 0, fields: ColumnMapping.positionalNames(width: first.count))
            return HeaderReader(file: file, header: names, preambleFormat: nil, pending: first)
        }
        let firstCell = first[0].trimmingWhitespace().lowercased()
        if firstCell.hasPrefix("templatetype=") {
            for _ in 0..<4 {
                guard let row = try file.next() else { break }
                if HeaderIndex(row.fields).column("item_sku", "feed_product_type") != nil {
                    return HeaderReader(file: file, header: row, preambleFormat: .amazonFlatFile, pending: nil)
                }
            }
            throw .input(
                SourceLocation(file: file.label, line: first.line, column: 1),
                zh: "亚马逊库存模板（flat file）的第 2–5 行中没有字段名行（item_sku、item_name……）",
                en: "Amazon flat-file template without a field-name row (item_sku, item_name, …) in rows 2–5")
        }
        let version = firstCell.split(separator: " ")
        guard version.count == 2, version[0] == "version", Double(version[1]) != nil,
            (1..<first.count).allSatisfy({ first.isBlank($0) })
        else {
            return HeaderReader(file: file, header: first, preambleFormat: nil, pending: nil)
        }
        guard var keys = try file.next() else {
            throw .input(
                SourceLocation(file: file.label, line: first.line + 1, column: 1),
                zh: "淘宝助理文件在版本行之后就结束了；应有字段名行（title、cid……）",
                en: "淘宝助理 file ends after its version line; expected the field-key row (title, cid, …)")
        }
        if keys.count == 1, keys[0].contains("\t"), read.delimiter == nil, file.format == .delimited {
            var tabs = read
            tabs.delimiter = 0x09
            file = try TableInput.reopenDelimited(path: path, options: tabs)
            _ = try file.next()
            keys = try file.next() ?? keys
        }
        var pending = try file.next()
        if let labels = pending, HeaderIndex(labels.fields).column("宝贝名称", "宝贝类目", "宝贝价格") != nil {
            pending = nil
        }
        return HeaderReader(file: file, header: keys, preambleFormat: .taobaoAssistant, pending: pending)
    }
}
