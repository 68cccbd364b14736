@testable import ListingAuditCLI

extension CapturingConsole {
    /// Runs the command line `arguments` in process, as `listing-audit` would: its exit code and what it wrote to
    /// standard output and standard error.
    static func run(_ arguments: [String]) -> (ExitCode, String, String) {
        let capture = CapturingConsole()
        let code = CLI.run(arguments, console: capture.console)
        return (code, capture.out, capture.err)
    }
}
