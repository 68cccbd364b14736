import ListingAudit

/// How much a command prints: `quiet` only problems, `normal` the summary, `verbose` also what it read and wrote.
enum Verbosity: Int, Comparable {
    case quiet
    case normal
    case verbose

    /// From `--quiet` and `--verbose`; both at once is a usage error.
    static func from(_ arguments: ParsedArguments, command: String) -> Result<Verbosity, UsageError> {
        switch (arguments.value(Options.quiet), arguments.value(Options.verbose)) {
        case (true, true):
            .failure(
                UsageError(
                    message: LocalizedText(
                        zh: "“--quiet”和“--verbose”只能用其一。", en: "Use either '--quiet' or '--verbose', not both."),
                    command: command))
        case (true, false): .success(.quiet)
        case (false, true): .success(.verbose)
        case (false, false): .success(.normal)
        }
    }

    static func < (lhs: Verbosity, rhs: Verbosity) -> Bool { lhs.rawValue < rhs.rawValue }

    /// `--quiet` and `--verbose`, for a command with terminal output.
    enum Options {
        static let quiet = Option.flag(
            "quiet", short: "q", help: LocalizedText(zh: "只显示警告和错误。", en: "Print only warnings and errors."))
        /// `--quiet` for a command whose results are its standard output (`check`, `inspect`): no progress line and
        /// no summary on standard error; warnings and errors still print.
        static let quietResults = Option.flag(
            "quiet", short: "q",
            help: LocalizedText(
                zh: "不显示进度和汇总，只显示结果、警告和错误。",
                en: "Print no progress and no summary: only the results, warnings and errors."))
        static let verbose = Option.flag(
            "verbose", short: "v",
            help: LocalizedText(
                zh: "同时显示读取的每个输入和写出的每个文件。", en: "Also print each input read and each file written."))
    }
}
