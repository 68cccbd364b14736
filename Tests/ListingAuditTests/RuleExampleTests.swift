import Testing
@testable import ListingAudit

/// One registered rule, as a test argument.
struct RegisteredRule: Sendable, CustomTestStringConvertible {
    let type: any ListingRule.Type
    var testDescription: String { type.description.id }

    static let all = RuleRegistry.all.map(RegisteredRule.init)
}

/// The generic rule test: every rule's own examples, plus robustness variants of them, and the metadata every rule
/// must have. Adding a rule to `RuleRegistry.all` adds its tests.
@Suite struct RuleExampleTests {
    /// A change to an example's description that must not change the verdict.
    struct Variant: Sendable {
        let name: String
        let apply: @Sendable (String) -> String
        static let all = [
            Variant(name: "as written") { $0 },
            Variant(name: "emoji prefix") { "✨ " + $0 },
            Variant(name: "full-width space prefix") { "\u{3000}" + $0 },
            Variant(name: "line break suffix") { $0 + "\n" },
        ]
    }

    @Test(arguments: RegisteredRule.all)
    func triggeringExamplesTrigger(_ rule: RegisteredRule) {
        let description = rule.type.description
        for example in description.triggeringExamples {
            for variant in Variant.all {
                let findings = RuleExampleRunner.findings(
                    of: rule.type, for: example, descriptionVariant: variant.apply)
                if !findings.contains(where: { $0.ruleID == description.id }) {
                    Issue.record(
                        "\(description.id) did not trigger on its example (\(variant.name))",
                        sourceLocation: RuleExampleRunner.sourceLocation(of: example))
                }
            }
        }
    }

    @Test(arguments: RegisteredRule.all)
    func nonTriggeringExamplesPass(_ rule: RegisteredRule) {
        let description = rule.type.description
        for example in description.nonTriggeringExamples {
            for variant in Variant.all {
                let findings = RuleExampleRunner.findings(
                    of: rule.type, for: example, descriptionVariant: variant.apply)
                let own = findings.filter { $0.ruleID == description.id }
                if !own.isEmpty {
                    let messages: [String] = own.map { "\($0.message.en) [\($0.evidence)]" }
                    let summary = messages.joined(separator: "; ")
                    Issue.record(
                        "\(description.id) triggered on a non-triggering example (\(variant.name)): \(summary)",
                        sourceLocation: RuleExampleRunner.sourceLocation(of: example))
                }
            }
        }
    }

    @Test(arguments: RegisteredRule.all)
    func findingsQuoteEvidenceAndPointAtTheListing(_ rule: RegisteredRule) {
        let description = rule.type.description
        for example in description.triggeringExamples {
            let findings = RuleExampleRunner.findings(of: rule.type, for: example) { $0 }
            for finding in findings where finding.ruleID == description.id {
                #expect(finding.listingID == example.listing.id)
                #expect(finding.severity == description.severity)
                #expect(!finding.message.zh.isEmpty && !finding.message.en.isEmpty)
                let location = RuleExampleRunner.sourceLocation(of: example)
                #expect(finding.location.file == "example", sourceLocation: location)
            }
        }
    }

    @Test(arguments: RegisteredRule.all)
    func descriptionIsComplete(_ rule: RegisteredRule) {
        let description = rule.type.description
        let parts = description.id.split(separator: ".", omittingEmptySubsequences: false)
        #expect(parts.count == 2, "id must be family.snake_name")
        #expect(parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isLowercase || $0 == "_" || $0.isNumber } })
        let families = ["description", "title", "size", "colour", "images", "identifiers", "price"]
        #expect(families.contains(description.family))
        for text in [description.title, description.rationale, description.fix] {
            #expect(!text.zh.isEmpty && !text.en.isEmpty)
            #expect(text.zh.containsCJK, "zh text must be Chinese: \(text.zh)")
            #expect(!text.en.containsCJK, "en text must not contain Chinese: \(text.en)")
        }
        #expect(!description.linkedCategories.isEmpty)
        for examples in [description.triggeringExamples, description.nonTriggeringExamples] {
            #expect(examples.contains { RuleExampleRunner.isChinese($0) }, "needs a Chinese example")
            #expect(examples.contains { !RuleExampleRunner.isChinese($0) }, "needs an English example")
        }
    }

    @Test func idsAreUnique() {
        let ids = RuleRegistry.ids
        #expect(Set(ids).count == ids.count)
    }
}
