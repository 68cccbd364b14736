import Testing
@testable import ListingAudit

/// Runs one rule on a listing the way the engine does (profile it, skip profiles the rule does not cover), with
/// settings of the test's choosing. The documented examples themselves run in `RuleExampleTests`.
enum RuleProbe {
    static func findings<R: ListingRule>(
        _ rule: R.Type, _ listing: Listing, profile: ProductProfile? = nil, settings: RuleSettings = RuleSettings()
    ) -> [Finding] {
        let profile = profile ?? CategoryProfiler.profile(of: listing)
        guard R.description.applies(to: profile) else { return [] }
        return R().findings(for: listing, profile: profile, settings: settings)
    }

    static func findings<R: ListingRule>(_ rule: R.Type, _ example: RuleExample) -> [Finding] {
        findings(rule, example.listing, profile: example.profile)
    }
}

/// `text` folded and scanned with the built-in lists.
func scanned(_ text: String) -> ScannedText { ScannedText(text, book: ListingPhrase.standardBook) }

@Suite struct SizeRuleTests {
    @Test func fitMeasurementsAndDimensionsAreRecognised() {
        #expect(SizeEvidence.hasFitMeasurements(in: [scanned("胸围 96cm")]))
        #expect(SizeEvidence.hasFitMeasurements(in: [scanned("建议90-120斤")]))
        #expect(!SizeEvidence.hasFitMeasurements(in: [scanned("ships in 5 mins, 3 colours")]))
        #expect(!SizeEvidence.hasFitMeasurements(in: [scanned("iPhone15 Pro")]))
        #expect(SizeEvidence.hasDimensions(in: [scanned("1.8米床")]))
        #expect(SizeEvidence.hasDimensions(in: [scanned("30L backpack")]))
        #expect(SizeEvidence.hasDimensions(in: [scanned("rug 160×230")]))
        #expect(!SizeEvidence.hasDimensions(in: [scanned("建议90-120斤")]))
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

    @Test func standardBedAndPillowSizesCountAsDimensions() {
        let pillowcases = RuleExample(title: "Cotton Pillowcases", options: ["Size": ["Standard", "King"]])
        #expect(RuleProbe.findings(InvalidSizeValuesRule.self, pillowcases).isEmpty)
        #expect(RuleProbe.findings(MissingDimensionsRule.self, pillowcases).isEmpty)
        let bed = RuleExample(title: "Upholstered Bed Frame", options: ["Size": ["Queen", "King"]])
        #expect(RuleProbe.findings(MissingDimensionsRule.self, bed).isEmpty)
        let sofa = RuleExample(title: "布艺沙发", options: ["规格": ["双人位", "三人位"]])
        #expect(RuleProbe.findings(MissingDimensionsRule.self, sofa).count == 1)
    }

    @Test func universalFitIsASizeNotAPlaceholder() {
        let cap = RuleExample(title: "纯棉棒球帽", options: ["尺码": ["通用"]])
        #expect(RuleProbe.findings(InvalidSizeValuesRule.self, cap).isEmpty)
        #expect(RuleProbe.findings(MissingSizeOptionsRule.self, cap).isEmpty)
    }
}
