import Testing
@testable import ListingAudit

@Suite struct LinkingTests {
    private func description(_ id: String, linked: [RefundCategory]) -> RuleDescription {
        RuleDescription(
            id: id, severity: .warning, title: LocalizedText(zh: "标题", en: "Title"),
            rationale: LocalizedText(zh: "", en: ""), fix: LocalizedText(zh: "修复", en: "Fix"),
            linkedCategories: linked, triggeringExamples: [], nonTriggeringExamples: [])
    }

    @Test func familyDefaultsFollowTheDocumentedMap() {
        let map = RefundLinkMap()
        #expect(map.categories(ruleID: "size.no_chart", declared: nil) == [.sizeFit])
        #expect(map.categories(ruleID: "colour.random", declared: nil) == [.colourMismatch])
        #expect(map.categories(ruleID: "images.too_few", declared: []) == [.colourMismatch, .notAsDescribed])
        #expect(map.categories(ruleID: "description.vague", declared: nil) == [.notAsDescribed])
        #expect(map.categories(ruleID: "title.short", declared: nil) == [.notAsDescribed])
        #expect(map.categories(ruleID: "unknownfamily.rule", declared: nil).isEmpty)
    }

    @Test func declaredCategoriesBeatTheFamilyDefaultAndConfigBeatsBoth() throws {
        let declared: [RefundCategory] = [.notAsDescribed, .qualityDefect]
        #expect(RefundLinkMap().categories(ruleID: "description.no_material", declared: declared) == declared)
        let family = try RefundLinkMap(configuration: ["description": ["not_as_described"]])
        #expect(family.categories(ruleID: "description.no_material", declared: declared) == [.notAsDescribed])
        let rule = try RefundLinkMap(
            configuration: ["description": ["not_as_described"], "description.no_material": ["quality_defect"]])
        #expect(rule.categories(ruleID: "description.no_material", declared: declared) == [.qualityDefect])
        #expect(rule.categories(ruleID: "description.vague", declared: declared) == [.notAsDescribed])
    }

    @Test func fulfilmentCategoriesAreNeverLinked() {
        #expect(throws: LinkMapError.fulfilmentCategory(key: "size", value: "damaged_in_transit")) {
            try RefundLinkMap(configuration: ["size": ["size_fit", "damaged_in_transit"]])
        }
        let declared: [RefundCategory] = [.sizeFit, .wrongOrMissingItem, .deliveryProblem]
        #expect(RefundLinkMap().categories(ruleID: "size.x", declared: declared) == [.sizeFit])
    }

    @Test func unknownCategoryNamesTheKeyAndTheKnownIds() {
        #expect(throws: LinkMapError.unknownCategory(key: "colour", value: "colour")) {
            try RefundLinkMap(configuration: ["colour": ["colour"]])
        }
        let message = LinkMapError.unknownCategory(key: "colour", value: "colour").description
        #expect(message.contains("links.colour") && message.contains("colour_mismatch"))
    }

    @Test func catalogResolvesKnownRulesThroughTheMapAndNamesUnknownOnes() {
        let catalog = RuleLinkTable(
            descriptions: [description("images.too_few", linked: [.notAsDescribed])],
            links: RefundLinkMap(overrides: ["images.too_few": [.colourMismatch]]))
        let known = catalog.entry(for: "images.too_few")
        #expect(known.categories == [.colourMismatch] && known.fix.en == "Fix")
        let unknown = catalog.entry(for: "size.from_elsewhere")
        #expect(unknown.categories == [.sizeFit] && unknown.title.en == "size.from_elsewhere")
    }

    @Test func refundsInLinkedCategoriesAddToTheListingsLinkedAmount() {
        var ledger = LedgerFixture.make(listings: ["A"], findings: [("A", "size.x", .warning)])
        let listing = ledger.position(of: "A")
        ledger.addRefund(position: listing, category: .sizeFit, amount: 30, type: .refundOnly, matchedBy: .sku)
        ledger.addRefund(
            position: listing, category: .damagedInTransit, amount: 70, type: .returnAndRefund, matchedBy: .title)
        ledger.addRefund(position: listing, category: .sizeFit, amount: nil, type: .exchange, matchedBy: .listingID)
        #expect(ledger.amount(0) == 100 && ledger.linkedAmount(0) == 30)
        let size = ledger.categories[RefundCategory.sizeFit.ordinal]
        #expect(size.count == 2 && size.refundOnly == 1 && size.exchange == 1 && size.linkable)
        #expect(!ledger.categories[RefundCategory.damagedInTransit.ordinal].linkable)
        #expect(ledger.coverage == MatchSummary(byListingID: 1, bySKU: 1, byTitle: 1, unmatched: 0))
    }
}
