/// A kind of transaction export (refunds, orders): what `TransactionReader` needs to know beyond what every kind
/// shares. Kinds differ only in their formats and field tables; each converts its rows itself.
protocol TransactionKind {
    associatedtype Format: RawRepresentable, Sendable where Format.RawValue == String
    associatedtype Field: TransactionField

    /// The format of a file with this header, or `nil` when it is not an export of this kind.
    static func format(of index: HeaderIndex) -> Format?
    /// Why a file whose header `format(of:)` refuses is not an export of this kind.
    static var notThisKind: LocalizedText { get }
    /// The export kind, to choose a workbook's sheet.
    static var exportKind: ExportKind { get }
    /// The header names that carry `field` in `format`, most specific first.
    static func aliases(of field: Field, in format: Format) -> [String]
    /// The format of a file read by meaning or through a mapping file.
    static var mappedFormat: Format { get }
    /// Whether an export in `format` is a Chinese platform's, which makes the audit's reports Chinese unless a
    /// language is asked for.
    static func isChinese(_ format: Format) -> Bool
    /// The columns of a `mapped` file's fields by meaning (`TransactionSynonyms`), or `nil` for a known layout.
    static func columnsByMeaning(_ header: [String], in format: Format) -> FieldColumns<Field>?
    /// Checks that the resolved `columns` can tie rows to listings.
    /// - Throws: `IngestError.unusableInput` at `header` when they cannot.
    static func check(_ columns: FieldColumns<Field>, header: SourceLocation) throws(IngestError)
}

/// One field of a transaction kind's table (`reason`, `quantity`, …).
protocol TransactionField: CaseIterable, Hashable, Sendable, RawRepresentable
where RawValue == String, AllCases == [Self] {
    /// The field's position in `allCases`.
    var slot: Int { get }
}

/// The column of each field of a kind, resolved once from the header row.
struct FieldColumns<Field: TransactionField>: Sendable {
    private let columns: [Int?]
    /// How each field's column was found by meaning (`synonym`, `name contains a synonym`); `nil` for a layout's own
    /// header name.
    private let evidence: [String?]

    /// Resolves every field through its `aliases`.
    init(_ index: HeaderIndex, aliases: (Field) -> [String]) {
        columns = Field.allCases.map { index.column(aliases($0)) }
        evidence = Array(repeating: nil, count: Field.allCases.count)
    }

    /// The columns `ColumnSynonyms.assign` found by meaning.
    init(byMeaning found: [Field: (column: Int, evidence: ColumnSynonyms.Evidence)]) {
        self.init(found: found.mapValues { ($0.column, $0.evidence.rawValue) })
    }

    /// The columns found some other way than a layout's header names, each with how it was found.
    init(found: [Field: (column: Int, evidence: String)]) {
        columns = Field.allCases.map { found[$0]?.column }
        evidence = Field.allCases.map { found[$0]?.evidence }
    }

    /// The 0-based column of `field`, or `nil` when the file has none.
    subscript(field: Field) -> Int? { columns[field.slot] }

    /// The column mapping for the load report: each resolved field with its header cell.
    func mapping(header: [String]) -> [TransactionColumn] {
        Field.allCases.compactMap { field in
            self[field].map {
                TransactionColumn(
                    field: field.rawValue, header: header[$0], column: $0 + 1, evidence: evidence[field.slot])
            }
        }
    }
}
