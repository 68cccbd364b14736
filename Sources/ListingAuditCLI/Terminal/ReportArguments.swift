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
            "date", value: "<yyyy-mm-dd>",
            help: LocalizedText(
                zh: "审计所描述的日期（用于可重复的运行）。", en: "The day the audit describes (for reproducible runs)."),
            default: LocalizedText(zh: "今天", en: "today"), convert: AuditDate.init,
            invalid: {
                LocalizedText(
                    zh: "“--date”需要 YYYY-MM-DD 格式的日期，不是“\($0)”。",
                    en: "'--date' needs a day as YYYY-MM-DD, not '\($0)'.")
            })
        static let history = Option.text(
            "history", value: "<folder>",
            help: LocalizedText(
                zh: "每次审计快照的保存位置，用于比较各次审计。", en: "Where each audit's snapshot is kept, to compare audits."),
            default: LocalizedText(
                zh: "<输出文件夹的上级>/listing-audit-history", en: "<out parent>/listing-audit-history"))
        static let noHistory = Option.flag(
            "no-history", help: LocalizedText(zh: "不读取也不记录审计历史。", en: "Neither read nor record audit history."))
        static let color = Option.choice(
            "color", value: "<when>", help: LocalizedText(zh: "输出着色。", en: "Colour the output."),
            cases: ColorMode.allCases, default: .auto,
            shown: LocalizedText(
                zh: "auto：仅在终端上，且未设置 NO_COLOR 时", en: "auto: only a terminal, and not with NO_COLOR set"))
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
                UsageError(
                    message: LocalizedText(
                        zh: "“--history”和“--no-history”只能用其一。",
                        en: "Use either '--history' or '--no-history', not both."),
                    command: command))
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
