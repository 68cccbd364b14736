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
}
