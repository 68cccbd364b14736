import Testing
@testable import ListingAudit

/// Mechanisms from the sixth round on the real buyer texts' development halves (issue 11 §3): words read by the
/// words around them (`ReasonLexicon.readings`). Every case is invented; none is a buyer's text.
@Suite struct ReasonReadingTests: CommentCategoryAsserting {
    @Test func aColourNamedAsAVariantIsNoDifference() {
        #expect(category("love this top, i will order it in a different colour too") == .other)
        #expect(category("i wish i had bought it in another color") == .other)
        #expect(category("in a different colour than the photo") == .colourMismatch)
        #expect(category("they sent it in a different colour") == .wrongOrMissingItem)
        #expect(category("the colour is different from the photo") == .colourMismatch)
    }

    @Test func aCutOutIsAGarmentFeatureNotAFailure() {
        #expect(category("love the cut out details on the back") == .other)
        #expect(category("the headphones keep cutting out") == .qualityDefect)
        #expect(category("the sound cuts out every few minutes") == .qualityDefect)
    }

    @Test func anUnbecomingLookBeforeAStyleWordIsADislike() {
        #expect(category("the pleats make an awkward silhouette") == .changedMind)
        #expect(category("a frumpy design") == .changedMind)
        #expect(category("the design is different from the photos") == .notAsDescribed)
    }

    @Test func degreeNegationInsideAComparisonStillCompares() {
        #expect(category("和图片上的不太一样") == .notAsDescribed)
        #expect(category("跟描述的不是很符合") == .notAsDescribed)
    }

    @Test func aShortfallIsGoodsOnlyWhereTheCharactersAreThatWord() {
        #expect(category("很少给差评，这次做工太差") == .qualityDefect)
        #expect(category("少给了一个杯子") == .wrongOrMissingItem)
        #expect(category("是不是少给我服务单号了") == .other)
    }

    @Test func rotIsDecayOrWearAndDamageOnTheWayNeedsForceOrTheParcel() {
        #expect(category("苹果烂了好几个") == .qualityDefect)
        #expect(category("裤子穿了两次就烂了") == .qualityDefect)
        #expect(category("箱子烂了，杯子也碎了") == .damagedInTransit)
        #expect(category("快递压烂了") == .damagedInTransit)
    }
}
