/// The items of a Google Merchant / Meta catalog XML feed (RSS 2.0 `<item>` or Atom `<entry>`, attributes with or
/// without the `g:` prefix; also a plain `<products><product>` price-comparison catalogue) as table rows: first a
/// header on the root element's line, then one row per item, on the line the item starts. The header names the
/// `FeedRows.columns` that hold a value in any item: those of the first `lookaheadItems` items (kept to be read
/// again), and, when the feed has more items, those a second pass over the rest of the file finds (it keeps nothing
/// but which columns it saw), so a `g:color` first given in item 5,000 is still read. The others are left unnamed,
/// so the mapping `inspect` shows is what the feed has. A repeated attribute (`additional_image_link`) is
/// joined with commas; `link href` and Atom's `summary` / `content` stand in for `link` and `description`; text in
/// elements nested in an attribute belongs to it (so `g:shipping`'s `g:price` is not the price). Attributes not in
/// `columns` are passed over.
///
/// The feed is streamed through `XMLReader`: memory holds the items read ahead (at most 1,000, or 32 MB), then one;
/// a feed of more items is parsed twice. Google rejects a feed that is not well-formed, and so do we — with the
/// file, line and column — including an `&` that starts no entity (`&amp;` is required).
final class FeedRows: RowSource {
    /// The attributes read, in column order.
    static let columns = [
        "id", "item_group_id", "title", "description", "link", "image_link", "additional_image_link", "color", "size",
        "gtin", "mpn", "brand", "price", "sale_price", "availability", "condition", "google_product_category",
        "product_type", "material", "pattern", "gender", "age_group", "size_system", "size_type",
    ]
    /// Each element name read, as bytes, with its column (Atom's `summary` and `content` stand for `description`).
    private static let columnNames: [(name: [UInt8], column: Int)] = {
        var names = columns.enumerated().map { (Array($0.element.utf8), $0.offset) }
        let aliases = [
            ("summary", "description"), ("content", "description"),
            ("additional_image_links", "additional_image_link"), ("image_url", "image_link"),
        ]
        for (alias, column) in aliases { names.append((Array(alias.utf8), columns.firstIndex(of: column)!)) }
        return names
    }()

    /// The column of the element named `name`, compared in place (no array made per element).
    private static func column(named name: UnsafeBufferPointer<UInt8>) -> Int? {
        for entry in columnNames where entry.name.count == name.count {
            if entry.name.withUnsafeBufferPointer({ XMLBytes.equal($0, name) }) { return entry.column }
        }
        return nil
    }
    private static let listColumn = columns.firstIndex(of: "additional_image_link")!
    private static let linkColumn = columns.firstIndex(of: "link")!

    /// How many items are read ahead to find the attributes the feed uses.
    static let lookaheadItems = 1000

    let path: String
    /// `RSS 2.0`, `Atom` or `products`, from the root element.
    private(set) var layout = ""
    /// The line of the root element.
    private(set) var rootLine = 0
    var width: Int?

    private let reader: XMLReader
    private let file: FileByteSource
    private var headerSent = false
    private var lookahead: [CSVRecord] = []
    private var lookaheadIndex = 0
    private var present: [Bool] = Array(repeating: false, count: FeedRows.columns.count)
    private var values: [[UInt8]] = Array(repeating: [], count: FeedRows.columns.count)

    /// Opens the feed at `path` and reads up to its first item.
    /// - Throws: `.unusableInput` when it is not a feed (another root element) or not well-formed.
    init(path: String) throws(IngestError) {
        self.path = path
        file = try FileByteSource(path: path)
        reader = XMLReader(source: file, countsLines: true, maximumToken: 16 << 20)
        try readRoot()
    }

    /// Reports progress as the position reached in the feed.
    func reportProgress(to reporter: ProgressReporter) { file.reportProgress(to: reporter) }

    func next() throws(IngestError) -> CSVRecord? {
        if !headerSent {
            headerSent = true
            var bytes = 0
            var ended = false
            while lookahead.count < Self.lookaheadItems, bytes < 32 << 20 {
                guard let row = try nextItem() else {
                    ended = true
                    break
                }
                markPresent(row)
                bytes += row.bytes.count
                lookahead.append(row)
            }
            if !ended { try markPresentLater(after: lookahead.count) }
            return CSVRecord(line: rootLine, fields: Self.columns.indices.map { present[$0] ? Self.columns[$0] : "" })
        }
        if lookaheadIndex < lookahead.count {
            defer { lookaheadIndex += 1 }
            if lookaheadIndex == lookahead.count - 1 { return lookahead.removeLast() }
            return lookahead[lookaheadIndex]
        }
        return try nextItem()
    }

    /// Notes the columns `row` gives a value.
    private func markPresent(_ row: CSVRecord) {
        for column in present.indices where !present[column] && !row.isBlank(column) { present[column] = true }
    }

    /// The second pass: reads the feed again with a reader of its own and notes the columns the items after the
    /// first `skipped` give a value, until every column is known to be present or the feed ends. It builds no
    /// rows: an attribute is present when text (or a link's `href`) is met inside its element.
    private func markPresentLater(after skipped: Int) throws(IngestError) {
        let pass = try FeedRows(path: path)
        var index = 0
        while present.contains(false), try pass.skipToItem() {
            if index >= skipped {
                try pass.markPresentInItem(into: &present)
            }
            index += 1
        }
    }

    /// Reads up to the next item's start tag; `false` at the end of the feed.
    private func skipToItem() throws(IngestError) -> Bool {
        while true {
            let token = try step()
            if token == .end { return false }
            if token == .startTag, isItem() { return true }
        }
    }

    /// Reads the item whose start tag was just read and sets `present` for each attribute it gives a value, as
    /// `readItem` would fill it.
    private func markPresentInItem(into present: inout [Bool]) throws(IngestError) {
        let itemDepth = reader.depth
        var field: Int?
        while true {
            switch try step() {
            case .end:
                throw .input(
                    location(reader.tokenOffset), zh: "feed 在商品中途结束", en: "the feed ends inside an item")
            case .startTag:
                guard reader.depth == itemDepth + 1 else { continue }
                field = Self.column(named: reader.localName)
                if field == Self.linkColumn, let href = reader.attribute("href"),
                    href.contains(where: { $0 != 0x20 && $0 != 0x09 })
                {
                    present[Self.linkColumn] = true
                }
            case .endTag:
                if reader.depth < itemDepth { return }
                if reader.depth == itemDepth { field = nil }
            case .text:
                guard let field, !reader.textIsWhitespace else { continue }
                present[field] = true
            }
        }
    }

    private func nextItem() throws(IngestError) -> CSVRecord? {
        while true {
            let token = try step()
            if token == .end { return nil }
            if token == .startTag, isItem() { return try readItem() }
        }
    }

    private func isItem() -> Bool { reader.isNamed("item") || reader.isNamed("entry") || reader.isNamed("product") }

    /// Reads the root element: `<rss>` (items inside `<channel>`), Atom's `<feed>` or `<products>`.
    private func readRoot() throws(IngestError) {
        while true {
            switch try step() {
            case .end:
                throw .input(path, zh: "XML 文件中没有元素", en: "the XML file holds no element")
            case .startTag:
                if reader.isNamed("rss") {
                    layout = "RSS 2.0"
                } else if reader.isNamed("feed") {
                    layout = "Atom"
                } else if reader.isNamed("products") {
                    layout = "products"
                } else {
                    let name = XMLBytes.string(reader.name)
                    throw .input(
                        location(reader.tokenOffset),
                        zh: "不是 Google Merchant / Meta 商品 feed（根元素为 <\(name)>，应为 RSS 2.0 的 <rss>、Atom 的 "
                            + "<feed> 或 <products>）；请导出 RSS 或 Atom 格式的商品 feed，或导出 CSV",
                        en: "not a Google Merchant / Meta product feed (the root element is <\(name)>, expected RSS "
                            + "2.0's <rss>, Atom's <feed> or <products>); export the feed as RSS or Atom, "
                            + "or export CSV")
                }
                rootLine = reader.tokenLine
                return
            case .endTag, .text:
                continue
            }
        }
    }

    /// Reads one item (its start tag just read) into a row.
    private func readItem() throws(IngestError) -> CSVRecord {
        let start = reader.position(of: reader.tokenOffset)
        let line = start.line
        var positions = RecordPositions(record: start, fields: Array(repeating: start, count: values.count))
        for index in values.indices { values[index].removeAll(keepingCapacity: true) }
        let itemDepth = reader.depth
        var field: Int?
        while true {
            let token = try step()
            switch token {
            case .end:
                throw .input(location(reader.tokenOffset), zh: "feed 在商品中途结束", en: "the feed ends inside an item")
            case .startTag:
                // Deeper elements (g:shipping's g:price) add their text to the attribute they are in.
                guard reader.depth == itemDepth + 1 else { continue }
                field = Self.column(named: reader.localName)
                if let field {
                    if values[field].isEmpty { positions.fields[field] = reader.position(of: reader.tokenOffset) }
                    startValue(field)
                    if field == Self.linkColumn, let href = reader.attribute("href") {
                        values[field].append(contentsOf: href)
                    }
                }
            case .endTag:
                if reader.depth < itemDepth { return row(line: line, positions: positions) }
                if reader.depth == itemDepth { field = nil }
            case .text:
                guard let field, !reader.textIsWhitespace else { continue }
                appendText(reader.text, to: field)
            }
        }
    }

    /// Prepares column `field` for another value: a list column gets a comma before its next value; a single-valued
    /// one keeps its first value (later repeats are dropped by `appendText` while it is non-empty).
    private func startValue(_ field: Int) {
        if field == Self.listColumn, !values[field].isEmpty { values[field].append(UInt8(ascii: ",")) }
        blockedField = field != Self.listColumn && !values[field].isEmpty ? field : nil
    }

    private var blockedField: Int?

    /// Adds text to column `field`, trimmed of surrounding white space; pieces of one value are joined by a space.
    private func appendText(_ text: UnsafeBufferPointer<UInt8>, to field: Int) {
        guard blockedField != field else { return }
        var start = 0
        var end = text.count
        while start < end, XMLBytes.isSpace(text[start]) { start += 1 }
        while end > start, XMLBytes.isSpace(text[end - 1]) { end -= 1 }
        guard start < end else { return }
        if let last = values[field].last, last != UInt8(ascii: ","), last != UInt8(ascii: " ") {
            values[field].append(UInt8(ascii: " "))
        }
        values[field].append(contentsOf: UnsafeBufferPointer(rebasing: text[start..<end]))
    }

    private func row(line: Int, positions: RecordPositions) -> CSVRecord {
        var bytes: [UInt8] = []
        var ends: [Int] = []
        for (index, value) in values.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(contentsOf: value)
            ends.append(bytes.count)
        }
        var issues: [CSVIssue] = []
        if !UTF8Validation.isValid(bytes) {
            issues = UTF8Repair.repair(&bytes, ends: &ends, firstLine: line, issues: [])
            for index in issues.indices { issues[index].line = line }
        }
        return CSVRecord(line: line, bytes: bytes, ends: ends, issues: issues, positions: positions)
    }

    /// The next token; a failure, or an `&` the reader had to repair, is a located error.
    private func step() throws(IngestError) -> XMLToken {
        let token: XMLToken
        do {
            token = try reader.next()
        } catch {
            if case .input(let error) = error.kind { throw error }
            throw .unusableInput(
                location: SourceLocation(file: path, line: error.line ?? 0, column: error.column),
                reason: LocalizedText(
                    zh: error.reason.zh + "；Google Merchant Center 同样会拒收此 feed，请修正后重新导出",
                    en: error.reason.en + "; Google Merchant Center rejects such a feed too: fix it and export again"))
        }
        if reader.repairs > 0, let offset = reader.firstRepairOffset {
            throw .input(
                location(offset),
                zh: "XML 格式错误：“&”未写成实体（网址中的 & 应写作 &amp;）；Google Merchant Center 同样会拒收此 feed，"
                    + "请修正后重新导出",
                en: "the XML is not well-formed: an '&' that starts no entity (write & in addresses as &amp;); Google "
                    + "Merchant Center rejects such a feed too: fix it and export again")
        }
        return token
    }

    private func location(_ offset: Int) -> SourceLocation {
        let (line, column) = reader.position(of: offset)
        return SourceLocation(file: path, line: line, column: column)
    }
}
