import Foundation
import ListingAudit

/// The audit options for its weekly reports and its terminal output: `--date`, `--history`/`--no-history`,
/// `--color`, `--quiet`/`--verbose`.
struct ReportArguments {
    var date: AuditDate
    /// `--history DIR`; `nil` means the default beside the output folder.
    var history: String?
    var keepHistory = true
    var color = ColorMode.auto
    var verbosity = Verbosity.normal

    static let options: [OptionSpec] = [
        OptionSpec("date", value: "<yyyy-mm-dd>", help: "The day the audit describes (for reproducible runs).",
                   default: "today"),
        OptionSpec("history", value: "<folder>", help: "Where each audit's snapshot is kept, to compare audits.",
                   default: "<out parent>/listing-audit-history"),
        .flag("no-history", help: "Neither read nor record audit history."),
    ] + Verbosity.options

    static func parse(
        _ arguments: ParsedArguments, command: String, today: AuditDate = .today()
    ) -> Result<ReportArguments, UsageError> {
        var parsed = ReportArguments(date: today)
        if let text = arguments.value("date") {
            guard let date = AuditDate(text) else {
                return .failure(UsageError(
                    message: "'--date' needs a day as YYYY-MM-DD, not '\(text)'.", command: command))
            }
            parsed.date = date
        }
        parsed.history = arguments.value("history")
        parsed.keepHistory = !arguments.flag("no-history")
        if parsed.history != nil, !parsed.keepHistory {
            return .failure(
                UsageError(message: "Use either '--history' or '--no-history', not both.", command: command))
        }
        parsed.color = arguments.value("color").flatMap(ColorMode.init(rawValue:)) ?? .auto
        switch Verbosity.from(arguments, command: command) {
        case .success(let verbosity): parsed.verbosity = verbosity
        case .failure(let error): return .failure(error)
        }
        return .success(parsed)
    }

    /// The report options for an audit writing into `outputDirectory`.
    func reportOptions(outputDirectory: String) -> ReportOptions {
        ReportOptions(date: date, historyDirectory: historyDirectory(outputDirectory: outputDirectory))
    }

    /// `--history`, or `listing-audit-history` beside the output folder; `nil` with `--no-history`.
    func historyDirectory(outputDirectory: String) -> String? {
        guard keepHistory else { return nil }
        if let history { return history }
        let parent = (outputDirectory as NSString).deletingLastPathComponent
        return HistoryStore.defaultDirectory(outputParent: URL(fileURLWithPath: parent.isEmpty ? "." : parent)).path
    }
}
