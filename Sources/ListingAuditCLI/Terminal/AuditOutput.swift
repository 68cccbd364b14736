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
            console.error(warning.message(language))
        }
        guard arguments.verbosity > .quiet else { return }
        if arguments.verbosity == .verbose {
            for input in outcome.result.inputs { console.print(style.dim(inputLine(input, language: language))) }
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

    /// One input as `--verbose` lists it: its kind, path, format and encoding, rows read and skipped, and refunds not
    /// counted.
    static func inputLine(_ input: InputSummary, language: Language) -> String {
        let path = TerminalText.escaped(input.path)
        let notRefunded = input.notRefunded ?? 0
        switch language {
        case .zh:
            let kind = switch input.kind {
            case .listings: "商品导出"
            case .refunds: "退款导出"
            case .orders: "订单导出"
            }
            return "\(kind)：\(path)（\(input.format)，\(input.encoding)）读取 \(input.rowsRead) 行，跳过 \(input.skipped) 行"
                + (notRefunded > 0 ? "，未退款（关闭/拒绝/撤销）\(notRefunded) 笔" : "")
        case .en:
            return "\(input.kind.rawValue): \(path) (\(input.format), \(input.encoding)) "
                + "\(input.rowsRead) rows, \(input.skipped) skipped"
                + (notRefunded > 0 ? ", \(notRefunded) not refunded (closed/rejected/withdrawn)" : "")
        }
    }
}
