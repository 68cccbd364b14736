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
    ///   of that kind's fields (`MappingFile.parse`).
    public static func load(path: String, kind: InputKind) throws(IngestError) -> TransactionMapping {
        let fields = kind == .orders ? OrderField.allCases.map(\.rawValue) : RefundField.allCases.map(\.rawValue)
        let file = try MappingFile.load(path: path, fields: fields)
        return TransactionMapping(columns: file.columns, source: path)
    }

    /// Parses a mapping of `fields` from JSON bytes; `source` names the file in errors.
    static func parse(_ data: Data, source: String, fields: [String]) throws(IngestError) -> TransactionMapping {
        let file = try MappingFile.parse(data, source: source, fields: fields)
        return TransactionMapping(columns: file.columns, source: source)
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
                    en: "the column \"\(name)\" that the column mapping (\(mapping.source)) names for "
                        + "\(field.rawValue) is not in the header row")
            }
            found[field] = (column, Self.mappingEvidence)
        }
        self.init(found: found)
    }

    /// The evidence of a column named by a mapping file, as `inspect` shows it.
    static var mappingEvidence: String { "mapping file" }
}
