import ListingAudit

/// `listing-audit rules`: the rule catalogue.
enum RulesCommand: Command {
    static let spec = CommandSpec(
        name: "rules",
        abstract: LocalizedText(zh: "列出规则。", en: "List the rules."),
        discussion: LocalizedText(
            zh: "Markdown 输出为中英双语，即 docs/rules.md 的内容。",
            en: "Markdown output is bilingual and is what docs/rules.md holds."),
        options: [Options.format, Options.language])

    /// The options `rules` declares.
    enum Options {
        static let format = Option.choice(
            "format", value: "<format>", help: LocalizedText(zh: "输出格式。", en: "Output format."),
            cases: Format.allCases, default: .text)
        static let language = Option.choice(
            "lang", value: "<lang>", help: LocalizedText(zh: "标题和说明的语言。", en: "Language of titles and prose."),
            cases: [Language.zh, .en], default: .en)
    }

    /// How `rules` prints the catalogue.
    enum Format: String, CaseIterable, Sendable {
        case text
        case json
        case markdown
    }

    static func run(_ arguments: ParsedArguments, console: Console) -> ExitCode {
        guard arguments.positionals.isEmpty else {
            let message = LocalizedText(zh: "“rules”不带参数。", en: "'rules' takes no arguments.")
            return CLI.report(UsageError(message: message, command: spec.name), console: console)
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
