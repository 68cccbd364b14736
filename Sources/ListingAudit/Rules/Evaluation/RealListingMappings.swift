import Foundation

/// The exports of a real-listing set that are read through a column mapping: `mappings.csv` beside `labels.csv`
/// (`file,mapping,halves`) names, per export, a mapping file of the set's folder (the `--mapping` format) and how
/// the export's listings are split into halves: `by export` (the whole export in one half, as every other export)
/// or `by shop` (a marketplace file of many shops, split by the shop each listing names; the selection script
/// decides the halves, `RealListingLabels` then lets the export appear in both). The file is optional.
public struct RealListingMappings: Sendable {
    /// How one export is read.
    public struct Entry: Sendable, Equatable {
        /// The column mapping it is read with.
        public let mapping: ColumnMapping
        /// Whether it holds many shops, whose listings may be in different halves.
        public let splitByShop: Bool
    }

    /// The file's name in a set's folder.
    public static let file = "mappings.csv"

    /// Mapping per export path (relative to the exports folder).
    public private(set) var entries: [String: Entry] = [:]

    /// The exports that may be in both halves.
    public var exportsSplitByShop: Set<String> { Set(entries.filter(\.value.splitByShop).keys) }

    /// Reads `directory/mappings.csv`; no mappings when the file is not there.
    /// - Throws: `IngestError` naming file, line and column for a missing column, an unknown `halves` value or an
    ///   export named twice, and the mapping file's own errors (`ColumnMapping.load`).
    public static func read(directory: String) throws(IngestError) -> RealListingMappings {
        let base = directory.hasSuffix("/") ? directory : directory + "/"
        let path = base + file
        var mappings = RealListingMappings()
        guard FileManager.default.fileExists(atPath: path) else { return mappings }
        let table = try DelimitedFile(path: path)
        guard let headerRecord = try table.next() else { return mappings }
        let header = HeaderIndex(headerRecord.fields)
        guard let fileColumn = header.column("file"), let mappingColumn = header.column("mapping"),
            let halvesColumn = header.column("halves")
        else {
            throw .unusableData(
                location: SourceLocation(file: path, line: headerRecord.line),
                reason: "mappings need the columns file, mapping, halves")
        }
        while let record = try table.next() {
            if record.isEmptyLine { continue }
            let export = record[fileColumn].trimmingWhitespace()
            let halves = record[halvesColumn].trimmingWhitespace()
            guard halves == "by export" || halves == "by shop" else {
                throw .unusableData(
                    location: SourceLocation(file: path, line: record.line, column: halvesColumn + 1),
                    reason: "halves must be 'by export' or 'by shop', found '\(halves)'")
            }
            guard mappings.entries[export] == nil else {
                throw .unusableData(
                    location: SourceLocation(file: path, line: record.line, column: fileColumn + 1),
                    reason: "\(export) is named twice")
            }
            let mapping = try ColumnMapping.load(path: base + record[mappingColumn].trimmingWhitespace())
            mappings.entries[export] = Entry(mapping: mapping, splitByShop: halves == "by shop")
        }
        return mappings
    }
}
