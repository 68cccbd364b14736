import ListingAudit

/// `listing-audit version`: prints the version, like `--version`.
enum VersionCommand: Command {
    static let spec = CommandSpec(name: "version", abstract: "Show the version.")

    static func run(_ arguments: ParsedArguments, console: Console) -> ExitCode {
        guard arguments.positionals.isEmpty else {
            let error = UsageError(message: "'version' takes no arguments.", command: spec.name)
            return CLI.report(error, console: console)
        }
        console.print(ListingAuditVersion.current)
        return .success
    }
}
