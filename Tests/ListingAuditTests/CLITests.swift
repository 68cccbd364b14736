import ListingAudit
import Testing
@testable import ListingAuditCLI

@Suite struct CLITests {
    private func run(_ arguments: [String]) -> (ExitCode, String, String) {
        CapturingConsole.run(arguments)
    }

    @Test func versionPrintsOnlyTheVersion() {
        let (code, out, err) = run(["--version"])
        #expect(code == .success)
        #expect(out == "0.1.0\n")
        #expect(err.isEmpty)
    }

    @Test func unknownSubcommandIsAUsageErrorWithAHint() {
        let (code, out, err) = run(["versoin"])
        #expect(code == .usage)
        #expect(out.isEmpty)
        #expect(err.contains("Did you mean 'version'?"))
        #expect(err.contains("See 'listing-audit --help'"))
    }

    /// `--lang zh` makes help Chinese: the section titles, the abstract and every option's help, with nothing
    /// English left but what is typed (option names, placeholders, values).
    @Test(arguments: CLI.commands.map { $0.spec.name })
    func helpIsChineseWithLangZh(_ name: String) throws {
        let (code, out, _) = run([name, "--help", "--lang", "zh"])
        let spec = try #require(CLI.commands.first { $0.spec.name == name }?.spec)
        #expect(code == .success)
        #expect(out.hasPrefix("概述：" + spec.abstract.zh))
        for english in ["OVERVIEW", "USAGE", "OPTIONS", "ARGUMENTS", "Show help information", "default:", "values:"] {
            #expect(!out.contains(english), "\(name): \(english)")
        }
        for option in spec.options {
            #expect(hasChinese(option.help.zh) && out.contains(option.help.zh), "\(name) --\(option.name)")
        }
        for (argument, help) in spec.argumentHelp { #expect(hasChinese(help.zh), "\(name) \(argument)") }
    }

    @Test func usageErrorsAreChineseWithLangZh() {
        let (code, out, err) = run(["check", "--bogus", "--lang", "zh", "x.csv"])
        #expect(code == .usage)
        #expect(out.isEmpty)
        #expect(err.hasPrefix("错误：未知选项“--bogus”。\n用法：listing-audit check "))
        #expect(err.hasSuffix("  详见“listing-audit check --help”。\n"))
        #expect(!err.contains("Error") && !err.contains("Usage") && !err.contains("See '"))
        #expect(run(["--lang", "zh", "chek"]).2.hasPrefix("错误：未知子命令“chek”。是不是“check”？"))
        #expect(run(["--lang", "zh", "check"]).2.hasPrefix("错误：缺少必需的参数“<file> ...”。"))
        #expect(run(["audit", "--top", "x", "--lang=zh", "shop"]).2.hasPrefix("错误：“--top”需要一个整数，不是“x”。"))
        let (_, top, _) = run(["--lang", "zh", "--help"])
        #expect(top.hasPrefix("概述：找出") && top.contains("退出码：") && !top.contains("SUBCOMMANDS"))
    }

    private func hasChinese(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
    }

    /// Every way of asking for `check`'s help in Chinese prints the same Chinese help of `check`.
    @Test func chineseHelpOfACommandInEveryForm() throws {
        let spec = try #require(CLI.commands.first { $0.spec.name == "check" }?.spec)
        let forms = [
            ["help", "--lang", "zh", "check"], ["check", "--help", "--lang", "zh"], ["--lang", "zh", "help", "check"],
            ["--lang=zh", "check", "--help"], ["help", "check", "--lang=zh"], ["check", "-h", "--lang", "zh"],
        ]
        for form in forms {
            let (code, out, err) = run(form)
            #expect(code == .success && err.isEmpty, "\(form)")
            #expect(out == HelpPrinter.help(for: spec, language: .zh) + "\n", "\(form)")
            #expect(out.hasPrefix("概述：" + spec.abstract.zh), "\(form)")
        }
    }

    @Test func helpSubcommandMatchesDashDashHelp() {
        let (_, viaHelp, _) = run(["help", "version"])
        let (_, viaFlag, _) = run(["version", "--help"])
        #expect(viaHelp == viaFlag)
        #expect(viaHelp.hasPrefix("OVERVIEW: Show the version."))
    }

    @Test func optionsAreReadThroughTheirDeclarationsWithTheirDefaults() throws {
        typealias Options = CheckCommand.Options
        let arguments = ["--rule", "a,b", "--rule", "c", "-o", "out.csv", "--format=json", "x.csv", "--", "-y.csv"]
        let parsed = try ParsedArguments.parse(arguments, spec: CheckCommand.spec)
        #expect(parsed.value(Options.rule) == ["a", "b", "c"])
        #expect(parsed.value(Options.disable) == [])
        #expect(parsed.value(Options.output) == "out.csv")
        #expect(parsed.value(Options.format) == .json)
        #expect(parsed.value(Options.failOn) == .error)
        #expect(parsed.value(Options.language) == nil)
        #expect(parsed.positionals == ["x.csv", "-y.csv"])
    }

    @Test func optionsCheckedWhenReadAreUsageErrorsOfTheirCommand() throws {
        let parsed = try ParsedArguments.parse(["--top", "many", "--quiet", "--quiet", "shop"], spec: AuditCommand.spec)
        let expected = LocalizedText(
            zh: "“--top”需要一个整数，不是“many”。", en: "'--top' needs a whole number, not 'many'.")
        #expect(throws: UsageError(message: expected, command: "audit")) {
            try parsed.value(AuditCommand.Options.top)
        }
        #expect(parsed.value(Verbosity.Options.quiet))
        #expect(!parsed.value(Verbosity.Options.verbose))
        let defaults = try ParsedArguments.parse(["shop"], spec: AuditCommand.spec)
        #expect(try defaults.value(AuditCommand.Options.top) == 8)
        #expect(try defaults.value(ReportArguments.Options.date) == nil)
    }

    /// What a new user reads first matches what the commands do.
    @Test func helpDescribesTheRealOutputs() {
        #expect(run(["check", "--help"]).1.contains("'file:line:column: severity: [rule] message (listing id)'"))
        let audit = run(["audit", "--help"]).1
        #expect(audit.contains("trend.csv"))
        #expect(audit.contains("--fail-on never"))
    }
}
