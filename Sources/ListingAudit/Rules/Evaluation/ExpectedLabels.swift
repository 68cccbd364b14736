/// The labels of an evaluation set: for each listing and rule family, whether a reviewer expects the family to
/// flag it. Read from `labels.csv` (`listing_id,family,expected`, expected `1` or `0`).
public struct ExpectedLabels: Sendable {
    /// Listing id → family → expected flag.
    public private(set) var byListing: [String: [String: Bool]] = [:]
    /// The families labelled, in first-seen order.
    public private(set) var families: [String] = []

    public init(byListing: [String: [String: Bool]] = [:], families: [String] = []) {
        self.byListing = byListing
        self.families = families
    }

    /// Reads `path`.
    /// - Throws: `IngestError` naming file, line and column: missing file (exit 66), missing column, unknown
    ///   expected value or a repeated label (exit 65).
    public static func read(path: String) throws(IngestError) -> ExpectedLabels {
        let file = try DelimitedFile(path: path)
        guard let headerRecord = try file.next() else {
            throw .unusableData(location: SourceLocation(file: path, line: 1), reason: "empty labels file")
        }
        let header = HeaderIndex(headerRecord.fields)
        guard let idColumn = header.column("listing_id", "id"), let familyColumn = header.column("family"),
            let expectedColumn = header.column("expected", "label")
        else {
            throw .unusableData(
                location: SourceLocation(file: path, line: headerRecord.line),
                reason: "labels need the columns listing_id, family, expected")
        }
        var labels = ExpectedLabels()
        while let record = try file.next() {
            if record.isEmptyLine { continue }
            let id = record[idColumn].trimmingWhitespace()
            let family = record[familyColumn].trimmingWhitespace()
            let value = record[expectedColumn].trimmingWhitespace()
            let location = SourceLocation(file: path, line: record.line, column: expectedColumn + 1)
            guard !id.isEmpty, !family.isEmpty else {
                throw .unusableData(location: location, reason: "label row without listing_id or family")
            }
            guard value == "1" || value == "0" else {
                throw .unusableData(location: location, reason: "expected must be 1 or 0, found '\(value)'")
            }
            guard labels.byListing[id]?[family] == nil else {
                throw .unusableData(location: location, reason: "listing \(id) is labelled twice for \(family)")
            }
            labels.byListing[id, default: [:]][family] = value == "1"
            if !labels.families.contains(family) { labels.families.append(family) }
        }
        return labels
    }
}
