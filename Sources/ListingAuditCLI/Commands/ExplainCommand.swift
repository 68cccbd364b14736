import ListingAudit

/// `listing-audit explain RULE`: everything about one rule, with its examples.
enum ExplainCommand: Command {
    static let spec = CommandSpec(
        name: "explain",
        abstract: LocalizedText(
            zh: "解释一条规则：为什么重要、怎样修改、示例。", en: "Explain a rule: why it matters, how to fix it, examples."),
        arguments: "<rule>",
        argumentHelp: [
            (
                "<rule>",
                LocalizedText(
                    zh: "规则 id，例如 description.thin（见“rules”）。", en: "A rule id, e.g. description.thin (see 'rules').")
            )
        ],
        options: [Options.language])

    /// The options `explain` declares.
    enum Options {
        static let language = Option.choice(
            "lang", value: "<lang>", help: LocalizedText(zh: "解释的语言。", en: "Language of the explanation."),
            cases: [Language.zh, .en], default: .en)
    }

    static func run(_ arguments: ParsedArguments, console: Console) -> ExitCode {
        guard arguments.positionals.count == 1, let id = arguments.positionals.first else {
            let message = LocalizedText(zh: "需要正好一个规则 id。", en: "Expected exactly one rule id.")
            let error = UsageError(message: message, command: spec.name)
            return CLI.report(error, console: console)
        }
        guard let rule = RuleRegistry.rule(id: id) else {
            return CLI.report(UsageError(message: RuleOptions.unknownRule(id), command: spec.name), console: console)
        }
        console.write(explanation(of: rule.description, language: arguments.value(Options.language)))
        return .success
    }

    /// The explanation text.
    static func explanation(of rule: RuleDescription, language: Language) -> String {
        let zh = language == .zh
        // Chinese names the kinds of product; English keeps the ids a configuration's category keywords use.
        let profiles = rule.profiles.map { set in
            ProductProfile.allCases.filter(set.contains).map { zh ? $0.label.zh : $0.rawValue }
                .joined(separator: zh ? "、" : ", ")
        } ?? (zh ? "全部" : "all")
        let categories = rule.linkedCategories.map { "\($0.rawValue) (\($0.label.text(language)))" }
        var lines = [
            "\(rule.id): \(rule.title.text(language))", "",
            (zh ? "级别：" : "Severity: ") + ReportString.severity(rule.severity).text(language),
            (zh ? "适用品类：" : "Profiles: ") + profiles,
            (zh ? "关联退款类别：" : "Refund categories: ") + categories.joined(separator: ", "), "",
            (zh ? "为什么：" : "Why: ") + rule.rationale.text(language), "",
            (zh ? "怎么改：" : "Fix: ") + rule.fix.text(language), "",
            zh ? "会报告：" : "Triggers:",
        ]
        lines += rule.triggeringExamples.map { "  - " + RuleCatalogue.exampleLine($0, language: language) }
        lines += ["", zh ? "不报告：" : "Does not trigger:"]
        lines += rule.nonTriggeringExamples.map { "  - " + RuleCatalogue.exampleLine($0, language: language) }
        return lines.joined(separator: "\n") + "\n"
    }
}
