import Testing
@testable import ListingAudit

/// The engine does not ask a rule that judges probed images alone (`RuleDescription.readsProbes`) about a listing
/// none of whose images was probed: such a rule must find nothing there, whatever else the listing holds.
@Suite struct ProbeRuleSkipTests {
    /// `listing` with what probing found taken off every image.
    private func unprobed(_ listing: Listing) -> Listing {
        var listing = listing
        for index in listing.images.indices { listing.images[index].probe = nil }
        return listing
    }

    private static let probeRules = RuleRegistry.all.filter { $0.description.readsProbes }

    @Test func theRulesThatJudgeProbedImagesAreMarked() {
        let ids = Set(Self.probeRules.map { $0.description.id })
        #expect(ids.count == 7)
        #expect(ids.contains("images.broken_main") && ids.contains("images.same_file"))
        // Rules that read the export's own image sizes or the run's shared files are asked of every listing.
        #expect(!ids.contains("images.low_resolution") && !ids.contains("images.shared_main"))
    }

    @Test(arguments: RuleRegistry.all.filter { $0.description.readsProbes }.map(RegisteredRule.init))
    func aRuleThatReadsProbesFindsNothingOnAListingWithoutThem(_ rule: RegisteredRule) {
        let description = rule.type.description
        var triggeredWithProbes = false
        for example in description.triggeringExamples {
            // The settings of the example's format: some image checks are a platform's (`squareMainImage`).
            let settings = AuditConfiguration().settings(for: example.listing.format)
            let facts = ListingFacts(example.listing, settings: settings, profile: example.profile)
            #expect(facts.hasProbedImages == !facts.probedImages.isEmpty)
            #expect(facts.hasProbedImages, "\(description.id): a triggering example without probed images")
            if rule.type.init().check(facts) != nil { triggeredWithProbes = true }
            let bare = ListingFacts(unprobed(example.listing), settings: settings, profile: example.profile)
            #expect(!bare.hasProbedImages && bare.probedImages.isEmpty)
            #expect(rule.type.init().check(bare) == nil, "\(description.id) found something without probes")
        }
        #expect(triggeredWithProbes, "\(description.id): no example triggers with its probes")
    }

    /// `description.empty`'s check, marked as judging probed images alone: what the engine asks it shows.
    private struct ProbedEmptyDescriptionRule: ListingRule {
        static let description = RuleDescription(
            id: "test.probed_empty", severity: .advice, title: LocalizedText(zh: "测试", en: "Test"),
            rationale: LocalizedText(zh: "", en: ""), fix: LocalizedText(zh: "", en: ""), linkedCategories: [],
            readsProbes: true, triggeringExamples: [], nonTriggeringExamples: [])

        func check(_ facts: ListingFacts) -> RuleFinding? { EmptyDescriptionRule().check(facts) }
    }

    @Test func theEngineAsksProbeRulesOnlyOfListingsWithProbedImages() throws {
        var probed = try #require(Self.probeRules.first?.description.triggeringExamples.first).listing
        probed.description = ""
        #expect(ListingFacts(probed).hasProbedImages)
        var bare = unprobed(probed)
        bare.id = probed.id + "-bare"
        #expect(EmptyDescriptionRule().check(ListingFacts(bare)) != nil)
        let engine = RuleEngine(rules: [ProbedEmptyDescriptionRule.self, EmptyDescriptionRule.self])
        let found = engine.run(listings: [probed, bare]).map { "\($0.listingID) \($0.ruleID)" }
        #expect(
            found == [
                "\(probed.id) test.probed_empty", "\(probed.id) description.empty", "\(bare.id) description.empty",
            ])
    }
}
