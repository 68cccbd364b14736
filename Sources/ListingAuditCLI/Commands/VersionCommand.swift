import ListingAudit

/// `listing-audit version`: prints the version, like `--version`.
enum VersionCommand: Command {
    static let spec = CommandSpec(
        name: "version", abstract: LocalizedText(zh: "显示版本。", en: "Show the version."))

    static func run(_ arguments: ParsedArguments, console: Console) -> ExitCode {
        guard arguments.positionals.isEmpty else {
            let message = LocalizedText(zh: "“version”不带参数。", en: "'version' takes no arguments.")
            let error = UsageError(message: message, command: spec.name)
            return CLI.report(error, console: console)
        }
        console.print(ListingAuditVersion.current)
        return .success
    }
}
