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
    public static func parse(_ data: Data, source: String) throws(IngestError) -> ColumnMapping {
        let location = SourceLocation(file: source, line: 1)
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw .unusableData(location: location, reason: "column mapping is not valid JSON")
        }
        guard let pairs = object as? [String: Any] else {
            throw .unusableData(location: location, reason: "column mapping must be a JSON object of field: column")
        }
        var columns: [MappedField: String] = [:]
        var separator = "|"
        for (key, value) in pairs {
            guard let text = value as? String, !text.isEmpty else {
                throw .unusableData(location: location, reason: "column mapping value for \"\(key)\" must be text")
            }
            if key == "separator" {
                separator = text
                continue
            }
            guard let field = MappedField(rawValue: key) else {
                let known = (MappedField.allCases.map(\.rawValue) + ["separator"]).joined(separator: ", ")
                throw .unusableData(
                    location: location, reason: "unknown field \"\(key)\" in column mapping; known fields: \(known)")
            }
            columns[field] = text
        }
        guard columns[.listingID] != nil else {
            throw .unusableData(location: location, reason: "column mapping must name the \"listing_id\" column")
        }
        return ColumnMapping(columns: columns, separator: separator)
    }

    /// Reads a mapping file.
    /// - Throws: `.fileNotFound`/`.unreadable` when it cannot be read, `.unusableData` when it is not a mapping.
    public static func load(path: String) throws(IngestError) -> ColumnMapping {
        guard FileManager.default.fileExists(atPath: path) else { throw .fileNotFound(path: path) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(path: path, reason: "cannot read the file")
        }
        return try parse(data, source: path)
    }
}
