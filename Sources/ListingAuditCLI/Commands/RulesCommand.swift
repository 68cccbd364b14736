import ListingAudit

/// `listing-audit rules`: the rule catalogue.
enum RulesCommand: Command {
    static let spec = CommandSpec(
        name: "rules",
        abstract: "List the rules.",
        discussion: "Markdown output is bilingual and is what docs/rules.md holds.",
        options: [
            OptionSpec("format", value: "<format>", help: "Output format.", allowed: ["text", "json", "markdown"],
                       default: "text"),
            OptionSpec("lang", value: "<lang>", help: "Language of titles and prose.", allowed: ["zh", "en"],
                       default: "en"),
        ])

    static func run(_ arguments: ParsedArguments, console: Console) -> ExitCode {
        guard arguments.positionals.isEmpty else {
            return CLI.report(UsageError(message: "'rules' takes no arguments.", command: spec.name), console: console)
        }
        let language = arguments.value("lang").flatMap(Language.init(rawValue:)) ?? .en
        switch arguments.value("format") ?? "text" {
        case "json": console.write(RuleCatalogue.json(language: language))
        case "markdown": console.write(RuleCatalogue.markdown())
        default: console.write(RuleCatalogue.text(language: language))
        }
        return .success
    }
}
