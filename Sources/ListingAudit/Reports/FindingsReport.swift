/// The result of a pre-publish check, ready to format: the findings in report order plus the counts the summary
/// line needs.
public struct FindingsReport: Sendable {
    /// The findings, sorted by input file (in the order given), then line; ties keep engine order.
    public let findings: [Finding]
    /// How many listings were checked.
    public let listingCount: Int
    /// Rows the loader could not turn into listings, with their reasons.
    public let skippedRows: [SkippedRow]
    /// The language of messages.
    public let language: Language

    /// - Parameter fileOrder: the input files in the order given, so findings of the first file come first.
    public init(
        findings: [Finding], listingCount: Int, skippedRows: [SkippedRow] = [], language: Language,
        fileOrder: [String] = []
    ) {
        let rank = Dictionary(fileOrder.enumerated().map { ($1, $0) }) { first, _ in first }
        self.findings = findings.enumerated().sorted { lhs, rhs in
            let left = lhs.element.location
            let right = rhs.element.location
            let leftRank = rank[left.file] ?? Int.max
            let rightRank = rank[right.file] ?? Int.max
            if leftRank != rightRank { return leftRank < rightRank }
            if left.file != right.file { return left.file < right.file }
            if left.line != right.line { return left.line < right.line }
            return lhs.offset < rhs.offset
        }.map(\.element)
        self.listingCount = listingCount
        self.skippedRows = skippedRows
        self.language = language
    }

    /// How many findings have `severity`.
    public func count(_ severity: Severity) -> Int {
        findings.count { $0.severity == severity }
    }

    /// Whether any finding is at or above `threshold` (`nil`: never).
    public func fails(at threshold: Severity?) -> Bool {
        guard let threshold else { return false }
        return findings.contains { $0.severity >= threshold }
    }

    /// `12 findings (2 errors, 7 warnings, 3 advice) in 40 listings; 1 row skipped`.
    public var summary: String {
        let errors = count(.error)
        let warnings = count(.warning)
        let advice = count(.advice)
        let skipped = skippedRows.count
        switch language {
        case .zh:
            var line = "检查了 \(listingCount) 个商品，发现 \(findings.count) 个问题（\(errors) 个错误，\(warnings) 个警告，"
                + "\(advice) 条建议）"
            if skipped > 0 { line += "；跳过 \(skipped) 行" }
            return line
        case .en:
            var line = "\(Self.plural(findings.count, "finding")) (\(Self.plural(errors, "error")), "
                + "\(Self.plural(warnings, "warning")), \(advice) advice) in \(Self.plural(listingCount, "listing"))"
            if skipped > 0 { line += "; \(Self.plural(skipped, "row")) skipped" }
            return line
        }
    }

    private static func plural(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}
