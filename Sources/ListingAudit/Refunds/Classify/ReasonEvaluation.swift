/// A reason file for `classify-reasons`: rows of (reason, comment), optionally with the expected category.
/// The labelled form is `reason,comment,expected_category,note`; an unlabelled file needs only a reason or comment
/// column (any refund export qualifies).
public struct ReasonSample: Sendable {
    public var reason: String
    public var comment: String
    /// The hand label, when the file has `expected_category`.
    public var expected: RefundCategory?
    public var note: String
    public var location: SourceLocation
}

/// The outcome of classifying a reason file: per-row results, and for labelled rows the accuracy, the
/// confusion counts and the misses.
public struct ReasonEvaluation: Sendable {
    public struct Row: Sendable {
        public var sample: ReasonSample
        public var category: RefundCategory
        public var evidence: [String]
        public var isCorrect: Bool? { sample.expected.map { $0 == category } }
    }

    public var rows: [Row] = []
    /// Rows skipped with their reasons (unknown label, unreadable row).
    public var skipped: [SkippedRow] = []
    /// `confusion[expected][predicted]` counts over labelled rows.
    public var confusion: [RefundCategory: [RefundCategory: Int]] = [:]

    public var labelled: Int { rows.filter { $0.sample.expected != nil }.count }
    public var correct: Int { rows.filter { $0.isCorrect == true }.count }
    public var misses: [Row] { rows.filter { $0.isCorrect == false } }
    /// Share of labelled rows classified as labelled; `nil` when no row is labelled.
    public var accuracy: Double? { labelled == 0 ? nil : Double(correct) / Double(labelled) }

    /// Reads and classifies the reason file at `path`.
    /// - Throws: `IngestError` when the file is missing, unreadable, or has neither a reason nor a comment column.
    public static func run(path: String, classifier: ReasonClassifier = ReasonClassifier()) throws(IngestError)
        -> ReasonEvaluation
    {
        let table = try ExportTable(path: path, options: ReadOptions())
        let reasonColumn = table.index.column(RefundField.reason.aliases)
        let commentColumn = table.index.column(RefundField.comment.aliases)
        let expectedColumn = table.index.column("expected_category", "expected", "label", "category")
        let noteColumn = table.index.column("note")
        guard reasonColumn != nil || commentColumn != nil else {
            throw .unusableData(
                location: SourceLocation(file: path, line: table.headerLine),
                reason: "no reason or comment column (expected reason,comment[,expected_category,note])")
        }
        var evaluation = ReasonEvaluation()
        var report = TransactionLoadReport(
            path: path, format: "reasons", encoding: table.file.encoding, delimiter: table.file.delimiterName)
        try table.forEachRow(report: &report) { record, report in
            let location = SourceLocation(file: path, line: record.line)
            var expected: RefundCategory?
            if let expectedColumn {
                let label = record[expectedColumn].trimmingWhitespace()
                guard let category = RefundCategory(rawValue: label) else {
                    report.skip(
                        SourceLocation(file: path, line: record.line, column: expectedColumn + 1),
                        LocalizedText(zh: "未知的类别“\(label)”", en: "unknown category '\(label)'"))
                    return
                }
                expected = category
            }
            let sample = ReasonSample(
                reason: reasonColumn.map { record[$0] } ?? "", comment: commentColumn.map { record[$0] } ?? "",
                expected: expected, note: noteColumn.map { record[$0] } ?? "", location: location)
            let result = classifier.classify(reason: sample.reason, comment: sample.comment)
            evaluation.rows.append(Row(sample: sample, category: result.category, evidence: result.evidence))
            if let expected { evaluation.confusion[expected, default: [:]][result.category, default: 0] += 1 }
        }
        evaluation.skipped = report.skipped
        return evaluation
    }
}
