import Foundation
import Testing
@testable import ListingAudit
@testable import ListingAuditCLI

@Suite struct RulesDocTests {
    @Test func committedRulesDocIsCurrent() throws {
        let url = TestPaths.root.appendingPathComponent("docs/rules.md")
        let committed = try String(contentsOf: url, encoding: .utf8)
        let regenerate = "swift run listing-audit rules --format markdown > docs/rules.md"
        #expect(committed == RuleCatalogue.markdown(), "docs/rules.md is stale; regenerate it with: \(regenerate)")
    }

    @Test func markdownListsEveryRuleWithItsExamples() {
        let markdown = RuleCatalogue.markdown()
        for rule in RuleRegistry.all.map({ $0.description }) {
            #expect(markdown.contains("## `\(rule.id)`"))
            #expect(markdown.contains(rule.rationale.zh))
        }
    }

    @Test func rulesCommandPrintsTheMarkdown() {
        let capture = CapturingConsole()
        #expect(CLI.run(["rules", "--format", "markdown"], console: capture.console) == .success)
        #expect(capture.out == RuleCatalogue.markdown())
    }

    @Test func explainPrintsEverythingAboutARule() {
        let capture = CapturingConsole()
        let arguments = ["explain", "description.hedge_without_number", "--lang", "zh"]
        #expect(CLI.run(arguments, console: capture.console) == .success)
        #expect(capture.out.hasPrefix("description.hedge_without_number: 含糊的免责措辞没有数字"))
        #expect(capture.out.contains("级别：warning"))
        #expect(capture.out.contains("colour_mismatch"))
        #expect(capture.out.contains("尺寸以实物为准"))
    }

    @Test func explainUnknownRuleSuggestsOne() {
        let capture = CapturingConsole()
        #expect(CLI.run(["explain", "description.hype"], console: capture.console) == .usage)
        #expect(capture.err.contains("Did you mean 'description.hype_without_facts'?"))
    }

    @Test func initConfigWritesLoadableDefaultsAndRefusesToOverwrite() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("init-\(UUID().uuidString).json").path
        let capture = CapturingConsole()
        #expect(CLI.run(["init-config", path], console: capture.console) == .success)
        let loaded = try AuditConfiguration.load(path: path, knownRuleIDs: RuleRegistry.ids)
        #expect(loaded == AuditConfiguration())
        let again = CapturingConsole()
        #expect(CLI.run(["init-config", path], console: again.console) == .cannotCreate)
        #expect(again.err.contains("already exists"))
        let forced = CapturingConsole()
        #expect(CLI.run(["init-config", "--force", path], console: forced.console) == .success)
    }
}
