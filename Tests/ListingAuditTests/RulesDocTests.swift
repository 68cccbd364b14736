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

    /// Checks the rule reference against the rules themselves, reading the Markdown as a reader would (split at the
    /// `## ` headings, bullets counted under their list headings) rather than by calling the generator again: the
    /// committed docs/rules.md and a fresh generation, so a generator bug fails here even once committed.
    @Test(arguments: ["docs/rules.md", "generated"])
    func markdownListsEveryRuleWithItsExamples(_ source: String) throws {
        let markdown = source == "generated"
            ? RuleCatalogue.markdown()
            : try String(contentsOf: TestPaths.root.appendingPathComponent(source), encoding: .utf8)
        let rules = RuleRegistry.all.map { $0.description }
        let sections = Self.sections(markdown)

        #expect(sections.map(\.id) == rules.map(\.id), "one section per rule, in the registry's order")
        let index = markdown.split(separator: "\n").filter { $0.hasPrefix("| [`") }
        #expect(index.count == rules.count, "one index row per rule")
        for (rule, row) in zip(rules, index) {
            #expect(row.contains("`\(rule.id)`") && row.contains(" \(rule.severity.rawValue) "), "\(row)")
            #expect(row.contains(rule.title.en) && row.contains(rule.title.zh), "\(row)")
        }
        for (rule, section) in zip(rules, sections) {
            let text = section.lines.joined(separator: "\n")
            for prose in [rule.title, rule.rationale, rule.fix].flatMap({ [$0.en, $0.zh] }) {
                #expect(text.contains(prose), "\(rule.id): missing '\(prose)'")
            }
            #expect(section.lines.contains("- Severity: `\(rule.severity.rawValue)`"), "\(rule.id)")
            let categories = try #require(section.lines.first { $0.hasPrefix("- Refund categories:") }, "\(rule.id)")
            #expect(rule.linkedCategories.allSatisfy { categories.contains("`\($0.rawValue)`") }, "\(rule.id)")
            let profiles = try #require(section.lines.first { $0.hasPrefix("- Profiles:") }, "\(rule.id)")
            if let applies = rule.profiles {
                #expect(applies.allSatisfy { profiles.contains("`\($0.rawValue)`") }, "\(rule.id)")
            } else {
                #expect(profiles == "- Profiles: all", "\(rule.id)")
            }
            let triggers = section.bullets(under: "Triggers / 会报告:")
            let passes = section.bullets(under: "Does not trigger / 不报告:")
            #expect(triggers.count == rule.triggeringExamples.count, "\(rule.id): triggering examples")
            #expect(passes.count == rule.nonTriggeringExamples.count, "\(rule.id): non-triggering examples")
            let pairs = zip(rule.triggeringExamples, triggers).map { $0 }
                + zip(rule.nonTriggeringExamples, passes).map { $0 }
            for (example, bullet) in pairs {
                for fact in Self.facts(of: example) {
                    #expect(bullet.contains(fact), "\(rule.id): '\(bullet)' lacks '\(fact)'")
                }
            }
        }
    }

    /// One `## ` section of the rule reference: the rule id in its heading and the lines up to the next one.
    struct Section {
        let id: String
        let lines: [String]

        /// The `- ` items of the list that follows the line `heading`, up to the next line that is neither an item
        /// nor blank.
        func bullets(under heading: String) -> [String] {
            guard let start = lines.firstIndex(of: heading) else { return [] }
            return Array(lines[(start + 1)...].prefix { $0.isEmpty || $0.hasPrefix("- ") }.filter { !$0.isEmpty })
        }
    }

    static func sections(_ markdown: String) -> [Section] {
        var sections: [Section] = []
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("## ") {
                sections.append(Section(id: line.dropFirst(3).trimmingCharacters(in: ["`"]), lines: []))
            } else if let last = sections.popLast() {
                sections.append(Section(id: last.id, lines: last.lines + [line]))
            }
        }
        return sections
    }

    /// What an example's line must show, written out here rather than taken from the generator: the title and
    /// description as inline code (line breaks as spaces, backticks as quotes, pipes escaped for the table-safe
    /// form, an empty text as one space), every option value and attribute, the profile, the other listings.
    static func facts(of example: RuleExample) -> [String] {
        func code(_ text: String) -> String {
            let flat = text.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "`", with: "'")
                .replacingOccurrences(of: "|", with: "\\|")
            return "`" + (flat.isEmpty ? " " : flat) + "`"
        }
        let listing = example.listing
        var facts = ["title " + code(listing.title)]
        if !listing.description.isEmpty { facts.append("description " + code(listing.description)) }
        facts += listing.variants.flatMap(\.options).map { "\($0.name): " }
        facts += listing.variants.flatMap(\.options).map(\.value)
        facts += listing.attributes.map { "\($0.name): \($0.value)" }
        if let profile = example.profile { facts.append("profile `\(profile.rawValue)`") }
        if !example.shop.isEmpty {
            let count = example.shop.count
            facts.append("+\(count) other listing\(count == 1 ? "" : "s") in the shop")
        }
        return facts
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
        #expect(capture.out.contains("级别：警告"))
        #expect(!capture.out.contains("warning"))
        #expect(capture.out.contains("colour_mismatch"))
        #expect(capture.out.contains("尺寸以实物为准"))
    }

    @Test func explainUnknownRuleSuggestsOne() {
        let capture = CapturingConsole()
        #expect(CLI.run(["explain", "description.hype"], console: capture.console) == .usage)
        #expect(capture.err.contains("Did you mean 'description.hype_without_facts'?"))
    }

    @Test func initConfigWritesLoadableDefaultsAndRefusesToOverwrite() throws {
        let path = TestPaths.scratch.appendingPathComponent("init-\(UUID().uuidString).json").path
        let capture = CapturingConsole()
        #expect(CLI.run(["init-config", path], console: capture.console) == .success)
        var loaded = try AuditConfiguration.load(path: path, knownRuleIDs: RuleRegistry.ids)
        // The default refund links are written out to edit; the rest is the defaults.
        #expect(loaded.links == RefundLinkMap.defaultLinks)
        loaded.links = [:]
        #expect(loaded == AuditConfiguration())
        let again = CapturingConsole()
        #expect(CLI.run(["init-config", path], console: again.console) == .cannotCreate)
        #expect(again.err.contains("already exists"))
        let againZh = CapturingConsole()
        #expect(CLI.run(["--lang", "zh", "init-config", path], console: againZh.console) == .cannotCreate)
        #expect(againZh.err.contains("错误：\(path) 已存在；加“--force”覆盖。"))
        #expect(!againZh.err.contains("already"))
        let forced = CapturingConsole()
        #expect(CLI.run(["init-config", "--force", path], console: forced.console) == .success)
    }
}
