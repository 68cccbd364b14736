/// An audit with its reports: the result, the comparison with earlier audits, and the files written.
public struct AuditOutcome: Sendable {
    public var result: AuditResult
    /// `nil` when no history is kept.
    public var history: HistoryComparison?
    /// Snapshots that were skipped (corrupt, truncated, left by an interrupted write).
    public var historyWarnings: [HistoryWarning]
    /// The files written into the output folder, by name.
    public var files: [String]
    /// The rows of each table written (`priorities.csv`, `findings.csv`, `refunds.csv`, `trend.csv`), header
    /// included: a table longer than a spreadsheet opens is named on the terminal.
    public var tables: [SpreadsheetRows] = []
}
