/// How much a command prints: `quiet` only problems, `normal` the summary, `verbose` also what it read and wrote.
enum Verbosity: Int, Comparable {
    case quiet
    case normal
    case verbose

    /// From `--quiet` and `--verbose`; both at once is a usage error.
    static func from(_ arguments: ParsedArguments, command: String) -> Result<Verbosity, UsageError> {
        switch (arguments.flag("quiet"), arguments.flag("verbose")) {
        case (true, true):
            .failure(UsageError(message: "Use either '--quiet' or '--verbose', not both.", command: command))
        case (true, false): .success(.quiet)
        case (false, true): .success(.verbose)
        case (false, false): .success(.normal)
        }
    }

    static func < (lhs: Verbosity, rhs: Verbosity) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The options every command with terminal output shares.
    static let options: [OptionSpec] = [
        OptionSpec("color", value: "<when>", help: "Colour the output.", allowed: ColorMode.allCases.map(\.rawValue),
                   default: "auto: only a terminal, and not with NO_COLOR set"),
        .flag("quiet", short: "q", help: "Print only warnings and errors."),
        .flag("verbose", short: "v", help: "Also print each input read and each file written."),
    ]
}
