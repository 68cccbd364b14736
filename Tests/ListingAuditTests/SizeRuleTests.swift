import Testing
@testable import ListingAudit

/// Runs a rule on a listing the way the engine does: profile it, skip profiles the rule does not cover.
enum RuleProbe {
    static func findings<R: ListingRule>(
        _ rule: R.Type, _ listing: Listing, profile: ProductProfile? = nil, settings: RuleSettings = RuleSettings()
    ) -> [Finding] {
        let profile = profile ?? CategoryProfiler.standard.profile(of: listing)
        guard R.description.applies(to: profile) else { return [] }
        return R().check(listing, in: RuleContext(profile: profile, settings: settings))
    }

    static func findings<R: ListingRule>(_ rule: R.Type, _ example: RuleExample) -> [Finding] {
        findings(rule, example.listing, profile: example.profile)
    }

    /// Every triggering example fires (with the rule's id and non-empty evidence); no non-triggering one does.
    static func checkExamples<R: ListingRule>(_ rule: R.Type) {
        for example in R.description.triggeringExamples {
            let found = findings(rule, example)
            #expect(!found.isEmpty, "\(R.description.id) should fire on \(example.listing.title) (line \(example.line))")
            #expect(found.allSatisfy { $0.ruleID == R.description.id && !$0.evidence.isEmpty })
        }
        for example in R.description.nonTriggeringExamples {
            let found = findings(rule, example)
            #expect(found.isEmpty, "\(R.description.id) fired on \(example.listing.title) (line \(example.line)): \(found.map(\.evidence))")
        }
    }
}

@Suite struct SizeRuleTests {
    @Test func examplesBehaveAsDocumented() {
        RuleProbe.checkExamples(MissingSizeOptionsRule.self)
        RuleProbe.checkExamples(SizeWithoutMeasurementsRule.self)
        RuleProbe.checkExamples(MissingDimensionsRule.self)
        RuleProbe.checkExamples(InvalidSizeValuesRule.self)
    }

    @Test func fitMeasurementsAndDimensionsAreRecognised() {
        #expect(SizeEvidence.hasFitMeasurements(in: "胸围 96cm"))
        #expect(SizeEvidence.hasFitMeasurements(in: "建议90-120斤"))
        #expect(!SizeEvidence.hasFitMeasurements(in: "ships in 5 mins, 3 colours"))
        #expect(!SizeEvidence.hasFitMeasurements(in: "iPhone15 Pro"))
        #expect(SizeEvidence.hasDimensions(in: "1.8米床"))
        #expect(SizeEvidence.hasDimensions(in: "30L backpack"))
        #expect(SizeEvidence.hasDimensions(in: "rug 160×230"))
        #expect(!SizeEvidence.hasDimensions(in: "建议90-120斤"))
    }

    @Test func letterSizeFindingQuotesTheSizesAndPointsAtTheVariant() throws {
        let example = RuleExample(title: "Knit Sweater", options: ["Size": ["S", "M"]])
        let found = try #require(RuleProbe.findings(SizeWithoutMeasurementsRule.self, example).first)
        #expect(found.evidence == "S, M")
        #expect(found.location == example.listing.variants[0].location)
        #expect(found.severity == .warning)
    }

    @Test func invalidSizeValuesQuoteOnlyTheBadOnes() throws {
        let example = RuleExample(title: "连衣裙", options: ["尺码": ["M", "默认", "红色"]])
        let found = try #require(RuleProbe.findings(InvalidSizeValuesRule.self, example).first)
        #expect(found.evidence == "默认, 红色")
    }
}
