import Foundation

/// Writes the audit's report files into the output folder (`refunds.csv` is streamed earlier, by the refund
/// stage): `priorities.csv`, `findings.csv` and `summary.json`.
enum AuditFilesWriter {
    /// The files an audit writes, in the order the terminal lists them.
    static let fileNames = ["priorities.csv", "findings.csv", "refunds.csv", "summary.json"]

    static func write(_ result: AuditResult, to folder: String) throws(AuditError) {
        func path(_ name: String) -> String { (folder as NSString).appendingPathComponent(name) }
        try AuditPrioritiesCSV.write(result, language: result.language, to: path("priorities.csv"))
        try AuditFindingsCSV.write(result, language: result.language, to: path("findings.csv"))
        try OutputFile.write(AuditSummaryJSON.render(result, language: result.language), to: path("summary.json"))
    }
}
