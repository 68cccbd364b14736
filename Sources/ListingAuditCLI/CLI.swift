import ListingAudit

/// The command-line entry point: dispatches to subcommands and turns usage errors into exit 64.
enum CLI {
    static let name = "listing-audit"
    static let overview = "Find the product listings whose content causes refunds, and what to fix first."

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
        guard let first = arguments.first else {
            console.print(HelpPrinter.topLevelHelp())
            return .success
        }
        switch first {
        case "-h", "--help":
            console.print(HelpPrinter.topLevelHelp())
            return .success
        case "--version":
            console.print(ListingAuditVersion.current)
            return .success
        case "help":
            guard arguments.count > 1 else {
                console.print(HelpPrinter.topLevelHelp())
                return .success
            }
            guard let command = command(named: arguments[1]) else {
                return report(UsageError(message: unknownCommand(arguments[1]), command: nil), console: console)
            }
            console.print(HelpPrinter.help(for: command.spec))
            return .success
        default:
            break
        }
        guard let command = command(named: first) else {
            return report(UsageError(message: unknownCommand(first), command: nil), console: console)
        }
        let rest = Array(arguments.dropFirst())
        if rest.contains(where: { $0 == "-h" || $0 == "--help" }), !rest.contains("--") {
            console.print(HelpPrinter.help(for: command.spec))
            return .success
        }
        do {
            let parsed = try ParsedArguments.parse(rest, spec: command.spec)
            return command.run(parsed, console: console)
        } catch {
            return report(error, console: console)
        }
    }

    /// Prints an input error (file, line and column) in `language` and returns its exit code.
    static func report(_ error: IngestError, console: Console, language: Language = .en) -> ExitCode {
        console.error((language == .zh ? "错误：" : "Error: ") + error.message(language))
        return ExitCode(error)
    }

    /// Prints a usage error the argument-parser way and returns exit 64.
    static func report(_ error: UsageError, console: Console) -> ExitCode {
        console.error("Error: \(error.message)")
        if let name = error.command, let command = command(named: name) {
            console.error("Usage: \(HelpPrinter.usageLine(command.spec))")
            console.error("  See '\(CLI.name) \(name) --help' for more information.")
        } else {
            console.error("Usage: \(CLI.name) <subcommand>")
            console.error("  See '\(CLI.name) --help' for more information.")
        }
        return .usage
    }

    private static func command(named name: String) -> (any Command.Type)? {
        commands.first { $0.spec.name == name }
    }

    private static func unknownCommand(_ name: String) -> String {
        let names = commands.map { $0.spec.name }
        if let best = names.min(by: { EditDistance.between($0, name) < EditDistance.between($1, name) }),
            EditDistance.between(best, name) <= 2
        {
            return "Unknown subcommand '\(name)'. Did you mean '\(best)'?"
        }
        return "Unknown subcommand '\(name)'."
    }
}
