import ListingAudit

/// The command-line entry point: dispatches to subcommands and turns usage errors into exit 64.
enum CLI {
    static let name = "listing-audit"
    static let overview = LocalizedText(
        zh: "找出内容引发退款的商品，以及先改什么。",
        en: "Find the product listings whose content causes refunds, and what to fix first.")

    /// Every subcommand, in the order help lists them.
    static let commands: [any Command.Type] = [
        AuditCommand.self,
        CheckCommand.self,
        InspectCommand.self,
        RulesCommand.self,
        ExplainCommand.self,
        InitConfigCommand.self,
        ClassifyReasonsCommand.self,
        EvaluateRulesCommand.self,
        VersionCommand.self,
    ]

    /// Runs one invocation. `arguments` excludes the program name.
    static func run(_ arguments: [String], console: Console) -> ExitCode {
        console.language = requestedLanguage(arguments)
        let language = console.language
        // `--lang zh` before the subcommand is taken as given after it (to a subcommand that has `--lang`).
        let leading = arguments.first == "--lang" ? 2 : arguments.first?.hasPrefix("--lang=") == true ? 1 : 0
        var arguments = Array(arguments.dropFirst(leading))
        if leading > 0, let subcommand = arguments.first.flatMap(command(named:)),
            subcommand.spec.option(named: "lang") != nil
        {
            arguments.insert("--lang=\(language.rawValue)", at: 1)
        }
        guard let first = arguments.first else {
            console.print(HelpPrinter.topLevelHelp(language: language))
            return .success
        }
        switch first {
        case "-h", "--help":
            console.print(HelpPrinter.topLevelHelp(language: language))
            return .success
        case "--version":
            console.print(ListingAuditVersion.current)
            return .success
        case "help":
            let named = arguments.dropFirst().first { !$0.hasPrefix("-") && $0 != "zh" && $0 != "en" }
            guard let named else {
                console.print(HelpPrinter.topLevelHelp(language: language))
                return .success
            }
            guard let command = command(named: named) else {
                return report(UsageError(message: unknownCommand(named), command: nil), console: console)
            }
            console.print(HelpPrinter.help(for: command.spec, language: language))
            return .success
        default:
            break
        }
        guard let command = command(named: first) else {
            return report(UsageError(message: unknownCommand(first), command: nil), console: console)
        }
        let rest = Array(arguments.dropFirst())
        if rest.contains(where: { $0 == "-h" || $0 == "--help" }), !rest.contains("--") {
            console.print(HelpPrinter.help(for: command.spec, language: language))
            return .success
        }
        do {
            let parsed = try ParsedArguments.parse(rest, spec: command.spec)
            return command.run(parsed, console: console)
        } catch {
            return report(error, console: console)
        }
    }

    /// Prints an input error (file, line and column) in `language` (by default the console's) and returns its exit
    /// code.
    static func report(_ error: IngestError, console: Console, language: Language? = nil) -> ExitCode {
        let language = language ?? console.language
        console.error((language == .zh ? "错误：" : "Error: ") + error.message(language))
        return ExitCode(error)
    }

    /// Prints a usage error the argument-parser way and returns exit 64.
    static func report(_ error: UsageError, console: Console) -> ExitCode {
        let zh = console.language == .zh
        console.error((zh ? "错误：" : "Error: ") + error.message.text(console.language))
        let usage = error.command.flatMap(command(named:)).map { HelpPrinter.usageLine($0.spec) }
        let help = error.command.map { "\(CLI.name) \($0) --help" } ?? "\(CLI.name) --help"
        console.error((zh ? "用法：" : "Usage: ") + (usage ?? "\(CLI.name) <subcommand>"))
        console.error(zh ? "  详见“\(help)”。" : "  See '\(help)' for more information.")
        return .usage
    }

    private static func command(named name: String) -> (any Command.Type)? {
        commands.first { $0.spec.name == name }
    }

    private static func unknownCommand(_ name: String) -> LocalizedText {
        let names = commands.map { $0.spec.name }
        if let best = names.min(by: { EditDistance.between($0, name) < EditDistance.between($1, name) }),
            EditDistance.between(best, name) <= 2
        {
            return LocalizedText(
                zh: "未知子命令“\(name)”。是不是“\(best)”？",
                en: "Unknown subcommand '\(name)'. Did you mean '\(best)'?")
        }
        return LocalizedText(zh: "未知子命令“\(name)”。", en: "Unknown subcommand '\(name)'.")
    }

    /// The language the command line asks for with `--lang zh` / `--lang=zh` (anywhere before `--`); English
    /// otherwise. Help and usage errors are said in it, as are input errors reported before a command has
    /// settled its own language.
    static func requestedLanguage(_ arguments: [String]) -> Language {
        var index = 0
        var language = Language.en
        while index < arguments.count, arguments[index] != "--" {
            if arguments[index] == "--lang", index + 1 < arguments.count {
                language = arguments[index + 1] == "zh" ? .zh : .en
                index += 1
            } else if arguments[index].hasPrefix("--lang=") {
                language = arguments[index] == "--lang=zh" ? .zh : .en
            }
            index += 1
        }
        return language
    }
}
