/// How much a command prints: `quiet` only problems, `normal` the summary, `verbose` also what it read and wrote.
enum Verbosity: Int, Comparable {
    case quiet
    case normal
    case verbose

    /// From `--quiet` and `--verbose`; both at once is a usage error.
    static func from(_ arguments: ParsedArguments, command: String) -> Result<Verbosity, UsageError> {
        switch (arguments.value(Options.quiet), arguments.value(Options.verbose)) {
        case (true, true):
            .failure(UsageError(message: "Use either '--quiet' or '--verbose', not both.", command: command))
        case (true, false): .success(.quiet)
        case (false, true): .success(.verbose)
        case (false, false): .success(.normal)
        }
    }

    static func < (lhs: Verbosity, rhs: Verbosity) -> Bool { lhs.rawValue < rhs.rawValue }

    /// `--quiet` and `--verbose`, for a command with terminal output.
    enum Options {
        static let quiet = Option.flag("quiet", short: "q", help: "Print only warnings and errors.")
        static let verbose = Option.flag(
            "verbose", short: "v", help: "Also print each input read and each file written.")
    }
}
