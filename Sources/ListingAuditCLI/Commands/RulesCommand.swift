import ListingAudit

/// `listing-audit rules`: the rule catalogue.
enum RulesCommand: Command {
    static let spec = CommandSpec(
        name: "rules",
        abstract: "List the rules.",
        discussion: "Markdown output is bilingual and is what docs/rules.md holds.",
        options: [Options.format, Options.language])

    /// The options `rules` declares.
    enum Options {
        static let format = Option.choice(
            "format", value: "<format>", help: "Output format.", cases: Format.allCases, default: .text)
        static let language = Option.choice(
            "lang", value: "<lang>", help: "Language of titles and prose.", cases: [Language.zh, .en], default: .en)
    }

    /// How `rules` prints the catalogue.
    enum Format: String, CaseIterable, Sendable {
        case text
        case json
        case markdown
    }

    static func run(_ arguments: ParsedArguments, console: Console) -> ExitCode {
        guard arguments.positionals.isEmpty else {
            return CLI.report(UsageError(message: "'rules' takes no arguments.", command: spec.name), console: console)
        }
        let language = arguments.value(Options.language)
        switch arguments.value(Options.format) {
        case .json: console.write(RuleCatalogue.json(language: language))
        case .markdown: console.write(RuleCatalogue.markdown())
        case .text: console.write(RuleCatalogue.text(language: language))
        }
        return .success
    }
}
