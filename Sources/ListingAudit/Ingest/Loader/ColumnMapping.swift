import Foundation

/// The model fields a column mapping (and the generic format) can fill.
public enum MappedField: String, Sendable, Codable, CaseIterable {
    case listingID = "listing_id"
    case title, description, category
    case productType = "product_type"
    case brand, price, colours, sizes
    case imageURLs = "image_urls"
    case sku, material
}

/// Which column holds which model field, for exports no adapter knows. Read from a JSON object whose keys are
/// `MappedField` raw values and whose values are header names, plus an optional `"separator"` for list cells
/// (default `|`) and an optional `"header": "none"` for a file whose first row is data: its columns are then named
/// by position, `"1"` for the first. Only `listing_id` is required. See `docs/formats.md`.
///
/// ```json
/// {"listing_id": "Artikelnummer", "title": "Bezeichnung", "colours": "Farben", "separator": ";"}
/// {"listing_id": "6", "title": "1", "price": "4", "header": "none"}
/// ```
public struct ColumnMapping: Sendable, Equatable {
    /// Header name per field.
    public var columns: [MappedField: String]
    /// What separates values inside a list cell (`colours`, `sizes`, `image_urls`).
    public var separator: String
    /// Whether the file's first row names its columns; when not, every row is data and the columns are named
    /// `1`, `2`, … by position.
    public var hasHeader: Bool

    public init(columns: [MappedField: String], separator: String = "|", hasHeader: Bool = true) {
        self.columns = columns
        self.separator = separator
        self.hasHeader = hasHeader
    }

    /// The header names of a file without a header row whose first row has `width` cells: `1`, `2`, …
    static func positionalNames(width: Int) -> [String] {
        (0..<width).map { String($0 + 1) }
    }

    /// The canonical columns of the generic format: each field's raw value is its header name.
    public static let generic = ColumnMapping(
        columns: Dictionary(uniqueKeysWithValues: MappedField.allCases.map { ($0, $0.rawValue) }))

    /// Parses a mapping from JSON bytes; `source` names the file in errors.
    /// - Throws: `.unusableInput` at the file when it is not a mapping of listing fields (`MappingFile.parse`).
    public static func parse(_ data: Data, source: String) throws(IngestError) -> ColumnMapping {
        let file = try MappingFile.parse(data, source: source, fields: fields, settings: settings, required: required)
        return try ColumnMapping(file, source: source)
    }

    /// Reads a mapping file.
    /// - Throws: `.fileNotFound`/`.unreadable` when it cannot be read, `.unusableInput` when it is not a mapping.
    public static func load(path: String) throws(IngestError) -> ColumnMapping {
        try ColumnMapping(
            try MappingFile.load(path: path, fields: fields, settings: settings, required: required), source: path)
    }

    // What a listing mapping file holds: the listing fields, the list separator, and the id column at least.
    private static let fields = MappedField.allCases.map(\.rawValue)
    private static let settings = ["separator", "header"]
    private static let required = [MappedField.listingID.rawValue]

    /// - Throws: `.unusableInput` at line 1 of `source` when `header` is neither `none` nor `first`.
    private init(_ file: MappingFile, source: String) throws(IngestError) {
        var columns: [MappedField: String] = [:]
        for (key, name) in file.columns {
            if let field = MappedField(rawValue: key) { columns[field] = name }
        }
        let header = file.settings["header"] ?? "first"
        guard header == "none" || header == "first" else {
            throw .input(
                SourceLocation(file: source, line: 1),
                zh: "列映射中“header”的值应是 none（文件没有表头行，列按位置称为 1、2……）或 first，而不是“\(header)”",
                en: "the column mapping's value for \"header\" must be none (the file has no header row: columns are "
                    + "named by position, 1 for the first) or first, not \"\(header)\"")
        }
        self.init(columns: columns, separator: file.settings["separator"] ?? "|", hasHeader: header == "first")
    }
}
