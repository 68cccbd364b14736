import ListingAudit

/// What `audit` prints after the run, within one screen: the summary, the history lines, and the files written;
/// `--quiet` prints only warnings, `--verbose` adds each input and the history folder.
enum AuditOutput {
    static func print(
        _ outcome: AuditOutcome, arguments: ReportArguments, top: Int, folder: String, console: Console
    ) {
        let style = TerminalStyle(mode: arguments.color, console: console)
        let language = outcome.result.language
        for warning in outcome.historyWarnings {
            console.error(warning.description)
        }
        guard arguments.verbosity > .quiet else { return }
        if arguments.verbosity == .verbose {
            for input in outcome.result.inputs {
                console.print(style.dim("\(input.kind.rawValue): \(TerminalText.escaped(input.path)) (\(input.format), \(input.encoding)) "
                    + "\(input.rowsRead) rows, \(input.skipped) skipped"
                    + (input.notRefunded.map { $0 > 0 ? ", \($0) not refunded (closed/rejected/withdrawn)" : "" }
                        ?? "")))
            }
        }
        console.print(style.headings(AuditTerminalSummary.render(outcome.result, language: language, top: top)))
        if let history = outcome.history {
            console.print("")
            for line in HistorySummary.render(history, language: language, style: style) { console.print(line) }
            if arguments.verbosity == .verbose, let directory = arguments.historyDirectory(outputDirectory: folder) {
                console.print(style.dim(ReportString.historyFolder.text(language, directory)))
            }
        }
        console.print("")
        console.print((language == .zh ? "已写入 " : "Wrote ") + style.bold(folder + "/") + ": "
            + outcome.files.joined(separator: ", "))
    }
}
