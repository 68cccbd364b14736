/// Opens an export and positions it after its header row, recognising the preambles that come before the header:
///
/// - Amazon flat-file templates: row 1 starts `TemplateType=`, row 2 holds display names, and the first row that
///   names `item_sku` (row 3) is the header.
/// - 淘宝助理: row 1 is `version 1.00`, row 2 the English field keys (the header), row 3 the Chinese labels.
///   When the delimiter was sniffed from the version line (which has none), the file is reopened with tabs if the
///   key row holds them.
struct HeaderReader {
    private(set) var file: DelimitedFile
    /// The header record.
    let header: CSVRecord
    /// The format a recognised preamble implies.
    let preambleFormat: ExportFormat?
    /// A record read ahead while looking past the header.
    private var pending: CSVRecord?

    private init(file: DelimitedFile, header: CSVRecord, preambleFormat: ExportFormat?, pending: CSVRecord?) {
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

    static func open(path: String, read: ReadOptions) throws(IngestError) -> HeaderReader {
        var file = try DelimitedFile(path: path, options: read)
        guard let first = try file.next() else {
            throw .unusableData(
                location: SourceLocation(file: path, line: 1, column: 1),
                reason: "the file is empty; expected a header row naming the columns")
        }
        let firstCell = first[0].trimmingWhitespace().lowercased()
        if firstCell.hasPrefix("templatetype=") {
            for _ in 0..<4 {
                guard let row = try file.next() else { break }
                if HeaderIndex(row.fields).column("item_sku", "feed_product_type") != nil {
                    return HeaderReader(file: file, header: row, preambleFormat: .amazonFlatFile, pending: nil)
                }
            }
            throw .unusableData(
                location: SourceLocation(file: path, line: first.line, column: 1),
                reason: "Amazon flat-file template without a field-name row (item_sku, item_name, …) in rows 2–5")
        }
        let version = firstCell.split(separator: " ")
        guard version.count == 2, version[0] == "version", Double(version[1]) != nil,
            (1..<first.count).allSatisfy({ first.isBlank($0) })
        else {
            return HeaderReader(file: file, header: first, preambleFormat: nil, pending: nil)
        }
        guard var keys = try file.next() else {
            throw .unusableData(
                location: SourceLocation(file: path, line: first.line + 1, column: 1),
                reason: "淘宝助理 file ends after its version line; expected the field-key row (title, cid, …)")
        }
        if keys.count == 1, keys[0].contains("\t"), read.delimiter == nil {
            var tabs = read
            tabs.delimiter = 0x09
            file = try DelimitedFile(path: path, options: tabs)
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
