/// Renders help in swift-argument-parser's layout: OVERVIEW, USAGE, ARGUMENTS, OPTIONS, SUBCOMMANDS.
enum HelpPrinter {
    static func usageLine(_ spec: CommandSpec) -> String {
        var parts = ["\(CLI.name) \(spec.name)"]
        for option in spec.options {
            let shown = option.isFlag ? "--\(option.name)" : "--\(option.name) \(option.valueName!)"
            parts.append(option.repeatable ? "[\(shown) ...]" : "[\(shown)]")
        }
        if !spec.arguments.isEmpty { parts.append(spec.arguments) }
        return parts.joined(separator: " ")
    }

    static func help(for spec: CommandSpec) -> String {
        var lines = ["OVERVIEW: \(spec.abstract)", ""]
        if !spec.discussion.isEmpty { lines += [spec.discussion, ""] }
        lines += ["USAGE: \(usageLine(spec))", ""]
        if !spec.argumentHelp.isEmpty {
            lines.append("ARGUMENTS:")
            for (name, help) in spec.argumentHelp { lines.append(row(name, help)) }
            lines.append("")
        }
        lines.append("OPTIONS:")
        for option in spec.options {
            var left = option.short.map { "-\($0), " } ?? ""
            left += "--\(option.name)"
            if let value = option.valueName { left += " \(value)" }
            var help = option.help
            var extras: [String] = []
            if !option.allowed.isEmpty { extras.append("values: " + option.allowed.joined(separator: ", ")) }
            if let defaultValue = option.defaultValue { extras.append("default: \(defaultValue)") }
            if !extras.isEmpty { help += " (\(extras.joined(separator: "; ")))" }
            lines.append(row(left, help))
        }
        lines.append(row("-h, --help", "Show help information."))
        return lines.joined(separator: "\n")
    }

    static func topLevelHelp() -> String {
        var lines = [
            "OVERVIEW: \(CLI.overview)", "",
            "USAGE: \(CLI.name) <subcommand>", "",
            "OPTIONS:",
            row("--version", "Show the version."),
            row("-h, --help", "Show help information."), "",
            "SUBCOMMANDS:",
        ]
        for command in CLI.commands { lines.append(row(command.spec.name, command.spec.abstract)) }
        lines += ["", "  See '\(CLI.name) help <subcommand>' for detailed help.", "", "EXIT CODES:"]
        lines += [
            row("0", "Success; nothing reached the --fail-on threshold."),
            row("1", "Findings at or above the --fail-on threshold."),
            row("64", "Usage error."),
            row("65", "Input data unusable (not a table we can read, a required column missing)."),
            row("66", "Input file missing or unreadable."),
            row("70", "Internal error."),
            row("73", "An output file could not be written."),
        ]
        return lines.joined(separator: "\n")
    }

    private static func row(_ left: String, _ right: String) -> String {
        let padded = "  " + left
        if padded.count >= 26 { return padded + "\n" + String(repeating: " ", count: 26) + right }
        return padded + String(repeating: " ", count: 26 - padded.count) + right
    }
}
