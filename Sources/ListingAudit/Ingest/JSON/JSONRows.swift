import Foundation

/// The records of a JSON product dump (`JSONRecordScanner`) as table rows, each parsed alone with
/// `JSONSerialization`.
///
/// Plain records become one row each: the header is the keys of the first `lookaheadRecords` records (by name within
/// each record, records in order; those records are kept to be read again), then, when the file has more records,
/// the keys that first appear after them, found by a second pass over the file that reads only member names
/// (`JSONObjectKeys`) — so a key first seen in record 5,000 is still a column, and memory holds the names, at most
/// `maximumColumns`, not the records. A list value is joined with `|` (an object in a list gives its `src`, `url`,
/// `href`, `name` or `value`), and so is an object value. The header is then mapped like any table (by meaning, or
/// with `--mapping`).
///
/// A file that is one object whose only member is a list of objects, under a key `JSONRecordScanner` does not know
/// as a wrapper (`{"return_tags": [...]}`), has those objects as its records; being one record, it is in memory
/// already, and its records are all located on the line the object starts.
///
/// Shopify Admin API products (records with `handle` and a `variants` list) become the rows of Shopify's product CSV
/// (`ShopifyJSON`), so the Shopify adapter reads them with their variants, options and images.
final class JSONRows: RowSource {
    /// How many records are read ahead to find the keys.
    static let lookaheadRecords = 1000
    /// The most columns a dump's keys make; keys beyond them are not read.
    static let maximumColumns = 512

    let path: String
    var width: Int?
    /// How the records are laid out, with `Shopify Admin API` for Shopify products.
    var layout: String {
        if shopify { return "Shopify Admin API, \(scanner.layout.rawValue)" }
        return unwrapped ? JSONRecordScanner.Layout.wrapped.rawValue : scanner.layout.rawValue
    }

    private let scanner: JSONRecordScanner
    private var header: [String] = []
    private var columnOf: [String: Int] = [:]
    private var shopify = false
    /// Whether the records are the list inside the file's one object.
    private var unwrapped = false
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
        var ended = false
        while ahead.count < Self.lookaheadRecords, bytes < 32 << 20 {
            guard let (object, line, size) = try nextObject() else {
                ended = true
                break
            }
            if ahead.isEmpty { shopify = ShopifyJSON.isProduct(object) }
            ahead.append((object, line))
            bytes += size
        }
        if !shopify, ended, ahead.count == 1, let records = Self.onlyList(of: ahead[0].0) {
            ahead = records.map { ($0, ahead[0].1) }
            unwrapped = true
        }
        if shopify {
            header = ShopifyJSON.columns
        } else {
            for (object, _) in ahead {
                for key in object.keys.sorted() { addColumn(key) }
            }
            if !ended { try addLaterKeys(after: ahead.count) }
        }
        for (object, line) in ahead { pending += rows(of: object, line: line) }
        return CSVRecord(line: ahead.first?.1 ?? 1, fields: header)
    }

    /// The records of an object whose only member is a non-empty list of objects, or `nil`.
    private static func onlyList(of object: [String: Any]) -> [[String: Any]]? {
        guard object.count == 1, let list = object.values.first as? [Any], !list.isEmpty else { return nil }
        let records = list.compactMap { $0 as? [String: Any] }
        return records.count == list.count ? records : nil
    }

    /// Names a column for `key` unless it has one or the header is full.
    private func addColumn(_ key: String) {
        guard columnOf[key] == nil, header.count < Self.maximumColumns else { return }
        columnOf[key] = header.count
        header.append(key)
    }

    /// The second pass: reads the file again from the start with a scanner of its own, passes over the first
    /// `skipped` records (their keys are known) and adds the keys of the rest, each record's in name order.
    private func addLaterKeys(after skipped: Int) throws(IngestError) {
        let pass = try JSONRecordScanner(path: path)
        var index = 0
        while header.count < Self.maximumColumns, let (bytes, _) = try pass.next() {
            defer { index += 1 }
            guard index >= skipped else { continue }
            var keys: [String] = []
            JSONObjectKeys.forEach(in: bytes) { keys.append($0) }
            for key in keys.sorted() { addColumn(key) }
        }
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
