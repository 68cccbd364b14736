import ListingAudit

/// Renders help in swift-argument-parser's layout: OVERVIEW, USAGE, ARGUMENTS, OPTIONS, SUBCOMMANDS; in Chinese
/// with `--lang zh` (the option names, placeholders and values stay as they are typed).
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

    static func help(for spec: CommandSpec, language: Language = .en) -> String {
        let zh = language == .zh
        var lines = [(zh ? "概述：" : "OVERVIEW: ") + spec.abstract.text(language), ""]
        if let discussion = spec.discussion { lines += [discussion.text(language), ""] }
        lines += [(zh ? "用法：" : "USAGE: ") + usageLine(spec), ""]
        if !spec.argumentHelp.isEmpty {
            lines.append(zh ? "参数：" : "ARGUMENTS:")
            for (name, help) in spec.argumentHelp { lines.append(row(name, help.text(language))) }
            lines.append("")
        }
        lines.append(zh ? "选项：" : "OPTIONS:")
        for option in spec.options {
            var left = option.short.map { "-\($0), " } ?? ""
            left += "--\(option.name)"
            if let value = option.valueName { left += " \(value)" }
            var help = option.help.text(language)
            var extras: [String] = []
            if !option.allowed.isEmpty {
                extras.append((zh ? "可选值：" : "values: ") + option.allowed.joined(separator: ", "))
            }
            if let defaultValue = option.defaultValue {
                extras.append((zh ? "默认：" : "default: ") + defaultValue.text(language))
            }
            if !extras.isEmpty {
                help += zh ? "（\(extras.joined(separator: "；"))）" : " (\(extras.joined(separator: "; ")))"
            }
            lines.append(row(left, help))
        }
        lines.append(row("-h, --help", zh ? "显示帮助。" : "Show help information."))
        return lines.joined(separator: "\n")
    }

    static func topLevelHelp(language: Language = .en) -> String {
        let zh = language == .zh
        func say(_ zhText: String, _ enText: String) -> String { zh ? zhText : enText }
        var lines = [
            say("概述：", "OVERVIEW: ") + CLI.overview.text(language), "",
            say("用法：", "USAGE: ") + "\(CLI.name) <subcommand>", "",
            say("选项：", "OPTIONS:"),
            row("--version", say("显示版本。", "Show the version.")),
            row("-h, --help", say("显示帮助。", "Show help information.")),
            row("--lang zh", say("用中文显示帮助和用法错误。", "Show help and usage errors in Chinese.")), "",
            say("子命令：", "SUBCOMMANDS:"),
        ]
        for command in CLI.commands { lines.append(row(command.spec.name, command.spec.abstract.text(language))) }
        lines += [
            "", say(
                "  详细帮助见“\(CLI.name) help <subcommand>”。",
                "  See '\(CLI.name) help <subcommand>' for detailed help."),
            "", say("退出码：", "EXIT CODES:"),
        ]
        lines += [
            row("0", say("成功；没有达到 --fail-on 门槛的问题。", "Success; nothing reached the --fail-on threshold.")),
            row("1", say("有问题达到或超过 --fail-on 门槛。", "Findings at or above the --fail-on threshold.")),
            row("64", say("用法错误。", "Usage error.")),
            row(
                "65",
                say(
                    "输入数据无法使用（不是能读的表格，或缺少必需的列）。",
                    "Input data unusable (not a table we can read, a required column missing).")),
            row("66", say("输入文件不存在或无法读取。", "Input file missing or unreadable.")),
            row("70", say("内部错误。", "Internal error.")),
            row("73", say("无法写入输出文件。", "An output file could not be written.")),
        ]
        return lines.joined(separator: "\n")
    }

    private static func row(_ left: String, _ right: String) -> String {
        let padded = "  " + left
        if padded.count >= 26 { return padded + "\n" + String(repeating: " ", count: 26) + right }
        return padded + String(repeating: " ", count: 26 - padded.count) + right
    }
}
