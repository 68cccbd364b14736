import Testing
@testable import ListingAudit

@Suite struct RuleEngineTests {
    private func listing(_ id: String, title: String = "", description: String, line: Int) -> Listing {
        Listing(
            id: id, title: title, description: description, format: .generic,
            location: SourceLocation(file: "shop.csv", line: line))
    }

    @Test func findingsFollowListingOrderThenRuleOrderAcrossChunks() {
        let listings = (0..<2000).map { index in
            listing("L\(index)", title: "包邮 T恤", description: index.isMultiple(of: 2) ? "" : "详情见图", line: index + 2)
        }
        let findings = RuleEngine(rules: [EmptyDescriptionRule.self, TitlePromotionalRule.self]).run(listings: listings)
        #expect(findings.count == 4000)
        let expected = listings.flatMap { [($0.id, "description.empty"), ($0.id, "title.promotional")] }
        #expect(findings.map { "\($0.listingID) \($0.ruleID)" } == expected.map { "\($0.0) \($0.1)" })
        #expect(findings[0].location == SourceLocation(file: "shop.csv", line: 2))
    }

    @Test func configurationDisablesOverridesAndRestrictsProfiles() {
        let empty = listing("1", description: "", line: 2)
        var configuration = AuditConfiguration()
        configuration.severityOverrides = ["description.empty": .advice]
        #expect(RuleEngine(configuration: configuration).run(listings: [empty]).first?.severity == .advice)
        configuration.disabledRules = ["description.empty"]
        #expect(!RuleEngine(configuration: configuration).ruleIDs.contains("description.empty"))
        configuration = AuditConfiguration()
        configuration.onlyRules = ["description.empty"]
        configuration.ruleProfiles = ["description.empty": [.food]]
        let engine = RuleEngine(configuration: configuration) { _, _ in .apparel }
        #expect(engine.run(listings: [empty]).isEmpty)
        let food = RuleEngine(configuration: configuration) { _, _ in .food }
        #expect(food.run(listings: [empty]).count == 1)
    }

    @Test func rulesOnlyRunForTheirProfiles() {
        let dress = listing("1", title: "连衣裙", description: "温柔法式风。", line: 2)
        let apparel = RuleEngine(rules: [MissingProfileFactsRule.self]) { _, _ in .apparel }
        let toys = RuleEngine(rules: [MissingProfileFactsRule.self]) { _, _ in .toys }
        #expect(apparel.run(listings: [dress]).count == 1)
        #expect(toys.run(listings: [dress]).isEmpty)
    }

    @Test func shopFactsIgnoreSpacingPunctuationAndEmoji() {
        let shop = ShopFacts.compute([
            listing("1", description: "本店商品均为实拍，欢迎选购！", line: 2),
            listing("2", description: "✨本店商品 均为实拍 欢迎选购", line: 3),
            listing("3", description: "短", line: 4),
        ])
        #expect(shop.sharedCount(of: "本店商品均为实拍。欢迎选购") == 2)
        #expect(shop.sharedCount(of: "短") == 0)
    }

    @Test func colourListingsOfOneProductCountAsOneProduct() {
        let text = "Light viscose pareo, 180 x 110 cm."
        let shop = ShopFacts.compute([
            listing("1", title: "Evelyn Pareo - White", description: text, line: 2),
            listing("2", title: "Evelyn Pareo - Khaki", description: text, line: 3),
            listing("3", title: "Linen Shirt", description: text, line: 4),
        ])
        #expect(shop.sharedCount(of: text) == 3)
        #expect(shop.sharedProducts(of: text) == 2)
        #expect(ShopFacts.titleStem("Evelyn Pareo – White") == "evelyn pareo")
        #expect(ShopFacts.titleStem("纯棉短袖T恤 白色") == "纯棉短袖")
    }

    @Test func descriptionLocationIsUsedWhenTracked() throws {
        var item = listing("1", description: "", line: 2)
        item.fieldLocations[.description] = SourceLocation(file: "shop.csv", line: 5, column: 3)
        let finding = try #require(RuleEngine(rules: [EmptyDescriptionRule.self]).run(listings: [item]).first)
        #expect(finding.location == SourceLocation(file: "shop.csv", line: 5, column: 3))
    }
}
