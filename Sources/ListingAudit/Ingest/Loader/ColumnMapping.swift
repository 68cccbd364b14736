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
/// (default `|`). Only `listing_id` is required. See `docs/formats.md`.
///
/// ```json
/// {"listing_id": "Artikelnummer", "title": "Bezeichnung", "colours": "Farben", "separator": ";"}
/// ```
public struct ColumnMapping: Sendable, Equatable {
    /// Header name per field.
    public var columns: [MappedField: String]
    /// What separates values inside a list cell (`colours`, `sizes`, `image_urls`).
    public var separator: String

    public init(columns: [MappedField: String], separator: String = "|") {
        self.columns = columns
        self.separator = separator
    }

    /// The canonical columns of the generic format: each field's raw value is its header name.
    public static let generic = ColumnMapping(
        columns: Dictionary(uniqueKeysWithValues: MappedField.allCases.map { ($0, $0.rawValue) }))

    /// Parses a mapping from JSON bytes; `source` names the file in errors.
    /// - Throws: `.unusableInput` at the file when it is not a mapping of listing fields (`MappingFile.parse`).
    public static func parse(_ data: Data, source: String) throws(IngestError) -> ColumnMapping {
        let file = try MappingFile.parse(data, source: source, fields: fields, settings: settings, required: required)
        return ColumnMapping(file)
    }

    /// Reads a mapping file.
    /// - Throws: `.fileNotFound`/`.unreadable` when it cannot be read, `.unusableInput` when it is not a mapping.
    public static func load(path: String) throws(IngestError) -> ColumnMapping {
        ColumnMapping(try MappingFile.load(path: path, fields: fields, settings: settings, required: required))
    }

    // What a listing mapping file holds: the listing fields, the list separator, and the id column at least.
    private static let fields = MappedField.allCases.map(\.rawValue)
    private static let settings = ["separator"]
    private static let required = [MappedField.listingID.rawValue]

    private init(_ file: MappingFile) {
        var columns: [MappedField: String] = [:]
        for (key, name) in file.columns {
            if let field = MappedField(rawValue: key) { columns[field] = name }
        }
        self.init(columns: columns, separator: file.settings["separator"] ?? "|")
    }
}
