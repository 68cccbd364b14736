/// The counts behind a check's summary line and exit code, added up batch by batch.
public struct FindingsSummary: Sendable, Equatable {
    /// The language of the summary line.
    public var language: Language
    /// How many listings were checked.
    public var listingCount = 0
    /// How many rows the loader could not turn into listings.
    public var skippedRows = 0
    /// How many findings there are.
    public private(set) var findingCount = 0
    /// Findings by severity: advice, warning, error.
    private var bySeverity = [0, 0, 0]

    public init(language: Language, listingCount: Int = 0, skippedRows: Int = 0) {
        self.language = language
        self.listingCount = listingCount
        self.skippedRows = skippedRows
    }

    /// Counts `findings`.
    public mutating func add(_ findings: [Finding]) {
        for finding in findings { add(finding.severity) }
    }

    /// Counts `findings` as rendered.
    public mutating func add(_ findings: [RenderedFinding]) {
        for finding in findings { add(finding.severity) }
    }

    private mutating func add(_ severity: Severity) {
        findingCount += 1
        bySeverity[Self.slot(severity)] += 1
    }

    /// How many findings have `severity`.
    public func count(_ severity: Severity) -> Int {
        bySeverity[Self.slot(severity)]
    }

    /// The place of `severity`'s count in `bySeverity`.
    private static func slot(_ severity: Severity) -> Int {
        switch severity {
        case .advice: 0
        case .warning: 1
        case .error: 2
        }
    }

    /// Whether any finding is at or above `threshold` (`nil`: never).
    public func fails(at threshold: Severity?) -> Bool {
        guard let threshold else { return false }
        return Severity.allCases.contains { $0 >= threshold && count($0) > 0 }
    }

    /// `12 findings (2 errors, 7 warnings, 3 advice) in 40 listings; 1 row skipped`.
    public var line: String {
        let errors = count(.error)
        let warnings = count(.warning)
        let advice = count(.advice)
        switch language {
        case .zh:
            var line = "检查了 \(listingCount) 个商品，发现 \(findingCount) 个问题（\(errors) 个错误，\(warnings) 个警告，"
                + "\(advice) 条建议）"
            if skippedRows > 0 { line += "；跳过 \(skippedRows) 行" }
            return line
        case .en:
            var line = "\(Self.plural(findingCount, "finding")) (\(Self.plural(errors, "error")), "
                + "\(Self.plural(warnings, "warning")), \(advice) advice) in \(Self.plural(listingCount, "listing"))"
            if skippedRows > 0 { line += "; \(Self.plural(skippedRows, "row")) skipped" }
            return line
        }
    }

    private static func plural(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}
