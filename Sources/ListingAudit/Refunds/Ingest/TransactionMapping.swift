import Foundation

/// Which column holds which field of a refund or order export whose header matches no known layout and no synonym:
/// the override given with `--refund-mapping` / `--order-mapping`, read from a JSON object of field: header name,
/// e.g. `{"order_id": "Bestellnummer", "reason": "Rücksendegrund", "amount": "Betrag"}` (docs/formats.md).
public struct TransactionMapping: Sendable, Equatable {
    /// Header name per field name (`RefundField` / `OrderField` raw values).
    public let columns: [String: String]
    /// The mapping file, for messages.
    public let source: String

    /// Reads the mapping file at `path` for exports of `kind` (`.refunds` or `.orders`).
    /// - Throws: `.fileNotFound` / `.unreadable` when it cannot be read, `.unusableInput` when it is not a mapping
    ///   of that kind's fields.
    public static func load(path: String, kind: InputKind) throws(IngestError) -> TransactionMapping {
        guard FileManager.default.fileExists(atPath: path) else { throw .fileNotFound(path: path) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(path: path, reason: "cannot read the file")
        }
        let fields = kind == .orders ? OrderField.allCases.map(\.rawValue) : RefundField.allCases.map(\.rawValue)
        return try parse(data, source: path, fields: fields)
    }

    /// Parses a mapping of `fields` from JSON bytes; `source` names the file in errors.
    static func parse(_ data: Data, source: String, fields: [String]) throws(IngestError) -> TransactionMapping {
        let location = SourceLocation(file: source, line: 1)
        let known = fields.joined(separator: ", ")
        guard let object = try? JSONSerialization.jsonObject(with: data), let pairs = object as? [String: Any] else {
            throw .input(
                location, zh: "列映射文件应是一个 JSON 对象（字段: 列名），可用字段：\(known)",
                en: "a column mapping must be a JSON object of field: column name; fields: \(known)")
        }
        var columns: [String: String] = [:]
        for (key, value) in pairs.sorted(by: { $0.key < $1.key }) {
            guard fields.contains(key) else {
                throw .input(
                    location, zh: "列映射中的字段“\(key)”不存在；可用字段：\(known)",
                    en: "unknown field \"\(key)\" in the column mapping; fields: \(known)")
            }
            guard let name = value as? String, !name.isBlank else {
                throw .input(
                    location, zh: "列映射中“\(key)”的值应是列名（文字）",
                    en: "the column mapping's value for \"\(key)\" must be a column name (text)")
            }
            columns[key] = name
        }
        guard !columns.isEmpty else {
            throw .input(
                location, zh: "列映射没有指明任何列；可用字段：\(known)",
                en: "the column mapping names no column; fields: \(known)")
        }
        return TransactionMapping(columns: columns, source: source)
    }
}

extension FieldColumns {
    /// The columns `mapping` names, found in the header `index` as `HeaderIndex` finds any header name.
    /// - Throws: `.unusableInput` at `header` when a named column is not in the header row.
    init(_ index: HeaderIndex, mapping: TransactionMapping, header: SourceLocation) throws(IngestError) {
        var found: [Field: (column: Int, evidence: String)] = [:]
        for field in Field.allCases {
            guard let name = mapping.columns[field.rawValue] else { continue }
            guard let column = index.column([name]) else {
                throw .input(
                    header, zh: "列映射（\(mapping.source)）中\(field.rawValue)对应的列“\(name)”不在表头中",
                    en: "the column \"\(name)\" that the column mapping (\(mapping.source)) names for \(field.rawValue) "
                        + "is not in the header row")
            }
            found[field] = (column, Self.mappingEvidence)
        }
        self.init(found: found)
    }

    /// The evidence of a column named by a mapping file, as `inspect` shows it.
    static var mappingEvidence: String { "mapping file" }
}
