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

    /// The options for the reports and the terminal, which `audit` lists after its own.
    enum Options {
        static let date = Option.converted(
            "date", value: "<yyyy-mm-dd>", help: "The day the audit describes (for reproducible runs).",
            default: "today", convert: AuditDate.init,
            invalid: { "'--date' needs a day as YYYY-MM-DD, not '\($0)'." })
        static let history = Option.text(
            "history", value: "<folder>", help: "Where each audit's snapshot is kept, to compare audits.",
            default: "<out parent>/listing-audit-history")
        static let noHistory = Option.flag("no-history", help: "Neither read nor record audit history.")
        static let color = Option.choice(
            "color", value: "<when>", help: "Colour the output.", cases: ColorMode.allCases, default: .auto,
            shown: "auto: only a terminal, and not with NO_COLOR set")
        static let quiet = Verbosity.Options.quiet
        static let verbose = Verbosity.Options.verbose

        /// In the order help lists them.
        static let all: [any DeclaredOption] = [date, history, noHistory, color, quiet, verbose]
    }

    static func parse(
        _ arguments: ParsedArguments, command: String, today: AuditDate = .today()
    ) -> Result<ReportArguments, UsageError> {
        var parsed = ReportArguments(date: today)
        do {
            parsed.date = try arguments.value(Options.date) ?? today
        } catch {
            return .failure(error)
        }
        parsed.history = arguments.value(Options.history)
        parsed.keepHistory = !arguments.value(Options.noHistory)
        if parsed.history != nil, !parsed.keepHistory {
            return .failure(
                UsageError(message: "Use either '--history' or '--no-history', not both.", command: command))
        }
        parsed.color = arguments.value(Options.color)
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
        let parent = PathText.parent(outputDirectory)
        return HistoryStore.defaultDirectory(outputParent: URL(fileURLWithPath: parent.isEmpty ? "." : parent)).path
    }
}
