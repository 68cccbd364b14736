import Testing
@testable import ListingAuditCLI

@Suite struct CLITests {
    private func run(_ arguments: [String]) -> (ExitCode, String, String) {
        let capture = CapturingConsole()
        let code = CLI.run(arguments, console: capture.console)
        return (code, capture.out, capture.err)
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
        #expect(throws: UsageError(message: "'--top' needs a whole number, not 'many'.", command: "audit")) {
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
