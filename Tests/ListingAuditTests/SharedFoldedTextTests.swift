import Testing

@testable import ListingAudit

/// The engine folds each description once for all rules; a context never hands a rule another listing's fold.
@Suite struct SharedFoldedTextTests {
    private func listing(_ description: String) -> Listing {
        Listing(
            id: "A1", title: "Tee", description: description, format: .generic,
            location: SourceLocation(file: "x.csv", line: 2))
    }

    @Test func sharedFoldIsUsedOnlyForItsOwnDescription() {
        var context = RuleContext(profile: .general)
        context.sharedDescription = SharedFoldedText("ＳＩＺＥ Approx. 60 CM")
        let own = context.foldedDescription(of: listing("ＳＩＺＥ Approx. 60 CM"))
        let other = context.foldedDescription(of: listing("Colours may vary"))

        #expect(TermList.string(own.folded) == "size approx. 60 cm")
        #expect(TermList.string(other.folded) == "colours may vary")
    }

    @Test func engineFindingsAreTheSameWithAndWithoutTheSharedFold() {
        let listings = ["", "详情见图", "Very nice dress, comfy.", "尺寸以实物为准，图片仅供参考。",
                        "High quality and stylish. Made of cotton."].map(listing)
        let engine = RuleEngine()
        let shop = ShopFacts.compute(listings)
        for item in listings {
            let viaEngine = engine.check(item, shop: shop).map { "\($0.ruleID) \($0.evidence)" }
            let context = RuleContext(profile: .general, shop: shop)
            let byHand = RuleRegistry.all.filter { $0.description.id.hasPrefix("description.") }
                .flatMap { $0.init().check(item, in: context) }.map { "\($0.ruleID) \($0.evidence)" }
            #expect(byHand.allSatisfy(viaEngine.contains))
        }
    }
}
