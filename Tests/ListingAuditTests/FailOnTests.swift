import Foundation
import Testing
@testable import ListingAudit
@testable import ListingAuditCLI

/// `--fail-on` means the same in `check` and `audit`: the same values, the same default (`error`) and the same
/// exit-code rule, checked against one hand-written table for both commands.
@Suite struct FailOnTests {
    struct Case: Sendable, CustomStringConvertible {
        /// The severity of the one finding in the export, or `nil` for an export without findings.
        let finding: Severity?
        /// `--fail-on`, or `nil` to leave it out.
        let failOn: String?
        let expected: ExitCode
        var description: String { "finding \(finding?.rawValue ?? "none"), --fail-on \(failOn ?? "(default)")" }
    }

    /// Exit 1 exactly when the finding is at or above the threshold; the default is `error`; `never` never fails.
    static let cases: [Case] = [
        Case(finding: nil, failOn: nil, expected: .success),
        Case(finding: nil, failOn: "advice", expected: .success),
        Case(finding: .advice, failOn: nil, expected: .success),
        Case(finding: .advice, failOn: "error", expected: .success),
        Case(finding: .advice, failOn: "warning", expected: .success),
        Case(finding: .advice, failOn: "advice", expected: .findings),
        Case(finding: .advice, failOn: "never", expected: .success),
        Case(finding: .warning, failOn: nil, expected: .success),
        Case(finding: .warning, failOn: "error", expected: .success),
        Case(finding: .warning, failOn: "warning", expected: .findings),
        Case(finding: .warning, failOn: "advice", expected: .findings),
        Case(finding: .warning, failOn: "never", expected: .success),
        Case(finding: .error, failOn: nil, expected: .findings),
        Case(finding: .error, failOn: "error", expected: .findings),
        Case(finding: .error, failOn: "warning", expected: .findings),
        Case(finding: .error, failOn: "advice", expected: .findings),
        Case(finding: .error, failOn: "never", expected: .success),
    ]

    /// A folder with `listings.csv` and `config.json`: only `description.empty` runs, at the case's severity; it fires
    /// on the one listing with an empty description, which is left out when the case wants no finding.
    private func shop(_ testCase: Case) throws -> URL {
        let folder = TestPaths.scratch.appendingPathComponent("fail-on-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var listings = "listing_id,title,description\nE-2,Oak Side Table,\"Solid oak, 45 x 45 x 55 cm, 6 kg.\"\n"
        if testCase.finding != nil { listings += "E-1,Ceramic Mug,\n" }
        try Data(listings.utf8).write(to: folder.appendingPathComponent("listings.csv"))
        let severity = (testCase.finding ?? .error).rawValue
        let config = #"{"onlyRules": ["description.empty"], "severityOverrides": {"description.empty": ""#
            + severity + #""}}"#
        try Data(config.utf8).write(to: folder.appendingPathComponent("config.json"))
        return folder
    }

    private func run(_ arguments: [String], failOn: String?) -> (ExitCode, String, String) {
        let capture = CapturingConsole()
        let code = CLI.run(arguments + (failOn.map { ["--fail-on", $0] } ?? []), console: capture.console)
        return (code, capture.out, capture.err)
    }

    @Test(arguments: cases) func check(_ testCase: Case) throws {
        let folder = try shop(testCase)
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = folder.appendingPathComponent("config.json").path
        let listings = folder.appendingPathComponent("listings.csv").path
        let (code, out, err) = run(["check", "--config", config, listings], failOn: testCase.failOn)
        #expect(out.contains("[description.empty]") == (testCase.finding != nil), "\(out)")
        #expect(code == testCase.expected, "\(err)")
    }

    @Test(arguments: cases) func audit(_ testCase: Case) throws {
        let folder = try shop(testCase)
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = folder.appendingPathComponent("config.json").path
        let listings = folder.appendingPathComponent("listings.csv").path
        let out = folder.appendingPathComponent("out")
        let (code, _, err) = run(
            ["audit", "--listings", listings, "--config", config, "--out", out.path, "--no-history", "--quiet"],
            failOn: testCase.failOn)
        let findings = try String(contentsOf: out.appendingPathComponent("findings.csv"), encoding: .utf8)
        #expect(findings.contains("description.empty") == (testCase.finding != nil), "\(findings)")
        #expect(code == testCase.expected, "\(err)")
    }

    @Test func bothCommandsOfferTheSameValuesAndDefault() {
        let check = CheckCommand.spec.option(named: "fail-on")
        let audit = AuditCommand.spec.option(named: "fail-on")
        #expect(check?.allowed == ["error", "warning", "advice", "never"])
        #expect(check?.defaultValue == LocalizedText(zh: "error", en: "error"))
        #expect(audit?.allowed == check?.allowed)
        #expect(audit?.defaultValue == check?.defaultValue)
        #expect(audit?.help == check?.help)
    }

    @Test(arguments: ["check", "audit"]) func anUnknownThresholdIsAUsageError(_ command: String) throws {
        let arguments = command == "audit" ? ["audit", "--listings", "x.csv"] : ["check", "x.csv"]
        let (code, out, err) = run(arguments, failOn: "fatal")
        #expect(code == .usage)
        #expect(out.isEmpty)
        #expect(err.hasPrefix(
            "Error: The value 'fatal' is invalid for '--fail-on'. Use one of: error, warning, advice, never.\n"))
    }
}
