import Foundation
import Testing
@testable import ListingAudit

@Suite struct ConfigurationTests {
    private func decode(_ json: String) throws(ConfigurationError) -> AuditConfiguration {
        try AuditConfiguration.decode(Data(json.utf8), knownRuleIDs: RuleRegistry.ids)
    }

    @Test func missingKeysKeepDefaults() throws {
        let configuration = try decode(#"{"thresholds": {"minimumDescriptionFacts": 3}}"#)
        #expect(configuration.thresholds.minimumDescriptionFacts == 3)
        #expect(configuration.thresholds.vagueDescriptionFacts == RuleSettings().vagueDescriptionFacts)
        #expect(configuration.imagePresets == ImagePreset.defaults)
    }

    @Test(arguments: [
        (#"{"tresholds": {}}"#, "unknown key 'tresholds' (did you mean 'thresholds'?)"),
        (#"{"thresholds": {"minimumImage": 2}}"#,
         "unknown key 'thresholds.minimumImage' (did you mean 'minimumImages'?)"),
        (#"{"thresholds": {"thinDescriptionLength": 80}}"#,
         "key 'thresholds.thinDescriptionLength' is no longer used; set 'thresholds.vagueDescriptionFacts' instead"),
        (#"{"lexicons": {"hipe": {"add": ["x"]}}}"#, "unknown key 'lexicons.hipe' (did you mean 'hype'?)"),
        (#"{"lexicons": {"hype": {"added": ["x"]}}}"#, "unknown key 'lexicons.hype.added'"),
        (#"{"disabledRules": ["description.thinn"]}"#,
         "unknown rule 'description.thinn' in 'disabledRules' (did you mean 'description.thin'?)"),
        (#"{"categoryKeywords": {"aparel": ["汉服"]}}"#,
         "unknown key 'categoryKeywords.aparel' (did you mean 'apparel'?)"),
        (#"{"imagePlatform": "ebay"}"#, "invalid value for 'imagePlatform'"),
        (#"{"thresholds": {"minimumImages": -1}}"#, "invalid value for 'thresholds.minimumImages': must be 0 or more"),
        (#"{"severityOverrides": {"description.thin": "fatal"}}"#, "invalid value for 'severityOverrides"),
        (#"{"thresholds": "#, "not a valid config"),
    ])
    func badConfigsAreNamed(json: String, message: String) {
        #expect {
            try decode(json)
        } throws: { error in
            "\(error)".contains(message)
        }
    }

    @Test func defaultJSONRoundTrips() throws {
        let json = AuditConfiguration.defaultJSON()
        var decoded = try decode(json)
        // The links are written out so they can be edited, and mean exactly the built-in ones.
        let written = try RefundLinkMap(configuration: decoded.links)
        for rule in RuleRegistry.all {
            let (id, declared) = (rule.description.id, rule.description.linkedCategories)
            #expect(written.categories(ruleID: id, declared: declared)
                == RefundLinkMap().categories(ruleID: id, declared: declared), "\(id)")
        }
        #expect(decoded.links["size"] == ["size_fit"])
        decoded.links = [:]
        #expect(decoded == AuditConfiguration())
        for key in RuleSettings.thresholdKeys { #expect(json.contains("\"\(key)\"")) }
        #expect(json.hasSuffix("}\n"))
        #expect(json.contains("\"severityOverrides\" : {}"))
        #expect(json.contains("\"disabledRules\" : []"))
        #expect(!json.contains("\n\n"), "an empty object or array spread over blank lines")
    }

    @Test func imagePresetFollowsTheExportFormat() throws {
        let configuration = AuditConfiguration()
        #expect(configuration.settings(for: .amazonFlatFile).minimumImageSide == 1000)
        #expect(configuration.settings(for: .taobaoAssistant).minimumImages == 5)
        #expect(configuration.settings(for: .generic).minimumImages == RuleSettings().minimumImages)
        let none = try decode(#"{"imagePlatform": "none", "thresholds": {"minimumImages": 1}}"#)
        #expect(none.settings(for: .amazonFlatFile).minimumImages == 1)
        let fixed = try decode(#"{"imagePlatform": "douyin"}"#)
        #expect(fixed.settings(for: .shopify).minimumImageSide == 600)
    }

    @Test func categoryKeywordsReachTheSettings() throws {
        let configuration = try decode(#"{"categoryKeywords": {"apparel": ["汉服"]}}"#)
        #expect(configuration.settings(for: .generic).categoryKeywords == ["apparel": ["汉服"]])
    }

    @Test func lexiconAdjustmentsReachTheRules() throws {
        let configuration = try decode(#"{"lexicons": {"hype": {"add": ["绝绝子"]}}}"#)
        let listing = Listing(
            id: "1", title: "卫衣", description: "绝绝子，宽松落肩版型，帽子可调节抽绳，袖口螺纹收口。", format: .generic,
            location: SourceLocation(file: "f", line: 2))
        let withWord = RuleEngine(rules: [HypeWithoutFactsRule.self], configuration: configuration)
        #expect(withWord.run(listings: [listing]).map(\.evidence) == ["绝绝子"])
        #expect(RuleEngine(rules: [HypeWithoutFactsRule.self]).run(listings: [listing]).isEmpty)
    }
}
