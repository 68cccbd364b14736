/// The output formats of `check`: compiler-style text, JSON, CSV for spreadsheets, and GitHub Actions annotations.
public enum FindingsFormat: String, Sendable, CaseIterable {
    case text
    case json
    case csv
    case github

    /// The report rendered in this format (CSV starts with a BOM and uses CRLF).
    public func render(_ report: FindingsReport) -> String {
        switch self {
        case .text: FindingsText.render(report)
        case .json: FindingsJSON.render(report)
        case .csv: FindingsCSV.render(report)
        case .github: FindingsGitHub.render(report)
        }
    }
}
