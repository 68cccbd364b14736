@testable import ListingAudit

/// What a test compares of a record: its line, its fields as text and its issues.
struct RecordRow: Equatable {
    var line: Int
    var fields: [String]
    var issues: [CSVIssue]

    init(_ record: CSVRecord) {
        line = record.line
        fields = record.fields
        issues = record.issues
    }
}
