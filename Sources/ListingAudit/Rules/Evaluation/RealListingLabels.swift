/// The labels of a set of real listings kept outside the project (`Corpus/labelled-real-listings`): each row points
/// at a listing of an export by its path relative to the exports folder and the id `listing-audit` gives it, says
/// which half of the set it is in, and whether a reviewer expects a rule family to flag it. Read from `labels.csv`
/// (`file,listing_id,half,family,expected`, expected `1` or `0`).
public struct RealListingLabels: Sendable {
    /// The two halves: `dev` may be tuned on, `test` only measured.
    public enum Half: String, Sendable, CaseIterable {
        case dev, test
    }

    /// One labelled listing.
    public struct Entry: Sendable, Equatable {
        /// The export, relative to the exports folder.
        public let file: String
        /// The id `listing-audit` gives the listing in that export.
        public let listingID: String
        public let half: Half
        /// Family → expected flag.
        public var expected: [String: Bool]
        /// The labels file's line that first names the listing.
        public let line: Int
    }

    /// The labelled listings, in first-seen order.
    public private(set) var entries: [Entry] = []
    /// The families labelled, in first-seen order.
    public private(set) var families: [String] = []

    /// The exports the labels point at, in first-seen order.
    public var files: [String] { entries.map(\.file).uniqued() }

    /// Whether the labels file at `path` is of this kind (it has `file` and `half` columns); `false` when it cannot
    /// be read, so the caller reports the file the usual way.
    public static func describes(path: String) -> Bool {
        guard let file = try? DelimitedFile(path: path), let header = try? file.next() else { return false }
        let index = HeaderIndex(header.fields)
        return index.column("file") != nil && index.column("half") != nil
    }

    /// Reads `path`. `splitByShop` names the exports of many shops (marketplace files) whose listings may be in
    /// both halves (`RealListingMappings`); every other export is in one.
    /// - Throws: `IngestError` naming file, line and column: missing file (exit 66), missing column, unknown half
    ///   or expected value, a repeated label, or an export in both halves (exit 65).
    public static func read(path: String, splitByShop: Set<String> = []) throws(IngestError) -> RealListingLabels {
        let file = try DelimitedFile(path: path)
        guard let headerRecord = try file.next() else {
            throw .unusableData(location: SourceLocation(file: path, line: 1), reason: "empty labels file")
        }
        let header = HeaderIndex(headerRecord.fields)
        guard let fileColumn = header.column("file"), let idColumn = header.column("listing_id", "id"),
            let halfColumn = header.column("half"), let familyColumn = header.column("family"),
            let expectedColumn = header.column("expected", "label")
        else {
            throw .unusableData(
                location: SourceLocation(file: path, line: headerRecord.line),
                reason: "labels need the columns file, listing_id, half, family, expected")
        }
        var labels = RealListingLabels()
        var positions: [String: Int] = [:]
        var halfOfFile: [String: Half] = [:]
        while let record = try file.next() {
            if record.isEmptyLine { continue }
            func location(_ column: Int) -> SourceLocation {
                SourceLocation(file: path, line: record.line, column: column + 1)
            }
            let export = record[fileColumn].trimmingWhitespace()
            let id = record[idColumn].trimmingWhitespace()
            let family = record[familyColumn].trimmingWhitespace()
            let value = record[expectedColumn].trimmingWhitespace()
            guard !export.isEmpty, !id.isEmpty, !family.isEmpty else {
                throw .unusableData(
                    location: location(fileColumn), reason: "label row without file, listing_id or family")
            }
            guard let half = Half(rawValue: record[halfColumn].trimmingWhitespace()) else {
                throw .unusableData(
                    location: location(halfColumn), reason: "half must be dev or test, found '\(record[halfColumn])'")
            }
            guard value == "1" || value == "0" else {
                throw .unusableData(
                    location: location(expectedColumn), reason: "expected must be 1 or 0, found '\(value)'")
            }
            if let other = halfOfFile[export], other != half, !splitByShop.contains(export) {
                throw .unusableData(
                    location: location(halfColumn),
                    reason: "\(export) is in both halves: the halves are split by shop, so an export is in one")
            }
            halfOfFile[export] = half
            let key = export + "\n" + id
            let position = positions[key] ?? labels.entries.count
            if position == labels.entries.count {
                positions[key] = position
                labels.entries.append(Entry(file: export, listingID: id, half: half, expected: [:], line: record.line))
            }
            guard labels.entries[position].expected[family] == nil else {
                throw .unusableData(
                    location: location(familyColumn), reason: "\(export) \(id) is labelled twice for \(family)")
            }
            labels.entries[position].expected[family] = value == "1"
            if !labels.families.contains(family) { labels.families.append(family) }
        }
        return labels
    }
}
