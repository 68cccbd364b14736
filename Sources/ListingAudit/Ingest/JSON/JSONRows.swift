import Foundation

/// The records of a JSON product dump (`JSONRecordScanner`) as table rows, each parsed alone with
/// `JSONSerialization`.
///
/// Plain records become one row each: the header is the keys of the first `lookaheadRecords` records (by name within
/// each record, records in order; those records are kept to be read again); a list value is joined with `|` (an
/// object in a list gives its `src`, `url`, `href`, `name` or `value`), and so is an object value. A key that first
/// appears later is not read. The header is then mapped like any table (by meaning, or with `--mapping`).
///
/// Shopify Admin API products (records with `handle` and a `variants` list) become the rows of Shopify's product CSV
/// (`ShopifyJSON`), so the Shopify adapter reads them with their variants, options and images.
final class JSONRows: RowSource {
    /// How many records are read ahead to find the keys.
    static let lookaheadRecords = 1000

    let path: String
    var width: Int?
    /// How the records are laid out, with `Shopify Admin API` for Shopify products.
    var layout: String { shopify ? "Shopify Admin API, \(scanner.layout.rawValue)" : scanner.layout.rawValue }

    private let scanner: JSONRecordScanner
    private var header: [String] = []
    private var columnOf: [String: Int] = [:]
    private var shopify = false
    private var pending: [CSVRecord] = []
    private var pendingIndex = 0
    private var headerSent = false

    init(path: String) throws(IngestError) {
        self.path = path
        scanner = try JSONRecordScanner(path: path)
    }

    /// Reports progress as the position reached in the file.
    func reportProgress(to reporter: ProgressReporter) { scanner.reportProgress(to: reporter) }

    func next() throws(IngestError) -> CSVRecord? {
        if !headerSent {
            headerSent = true
            return try readHeader()
        }
        while true {
            if pendingIndex < pending.count {
                defer { pendingIndex += 1 }
                return pending[pendingIndex]
            }
            pending.removeAll(keepingCapacity: true)
            pendingIndex = 0
            guard let (object, line, _) = try nextObject() else { return nil }
            pending = rows(of: object, line: line)
        }
    }

    /// Reads the records ahead, fixes the header and keeps their rows to hand out next.
    private func readHeader() throws(IngestError) -> CSVRecord {
        var ahead: [([String: Any], Int)] = []
        var bytes = 0
        while ahead.count < Self.lookaheadRecords, bytes < 32 << 20, let (object, line, size) = try nextObject() {
            if ahead.isEmpty { shopify = ShopifyJSON.isProduct(object) }
            ahead.append((object, line))
            bytes += size
        }
        if shopify {
            header = ShopifyJSON.columns
        } else {
            for (object, _) in ahead {
                for key in object.keys.sorted() where columnOf[key] == nil && header.count < 512 {
                    columnOf[key] = header.count
                    header.append(key)
                }
            }
        }
        for (object, line) in ahead { pending += rows(of: object, line: line) }
        return CSVRecord(line: ahead.first?.1 ?? 1, fields: header)
    }

    /// The next record parsed, the line it starts on and its size in bytes.
    private func nextObject() throws(IngestError) -> ([String: Any], Int, Int)? {
        guard let (bytes, line) = try scanner.next() else { return nil }
        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
        } catch {
            throw .input(
                SourceLocation(file: path, line: line, column: 1),
                zh: "从此行开始的记录不是有效的 JSON", en: "the record starting on this line is not valid JSON")
        }
        guard let object = parsed as? [String: Any] else {
            throw .input(
                SourceLocation(file: path, line: line, column: 1),
                zh: "从此行开始的记录不是 JSON 对象", en: "the record starting on this line is not a JSON object")
        }
        return (object, line, bytes.count)
    }

    private func rows(of object: [String: Any], line: Int) -> [CSVRecord] {
        if shopify { return ShopifyJSON.rows(of: object, line: line) }
        var fields = [String](repeating: "", count: header.count)
        for (key, value) in object {
            if let column = columnOf[key] { fields[column] = Self.text(value) }
        }
        return [CSVRecord(line: line, fields: fields)]
    }

    /// A value as cell text: lists joined with `|`, objects by their address or name.
    static func text(_ value: Any) -> String {
        switch value {
        case let string as String: return string
        case let list as [Any]: return list.map(text).filter { !$0.isEmpty }.joined(separator: "|")
        case let object as [String: Any]:
            for key in ["src", "url", "href", "name", "value"] {
                if let found = object[key] as? String { return found }
            }
            return ""
        case is NSNull: return ""
        case let number as NSNumber: return number.stringValue
        default: return "\(value)"
        }
    }
}
