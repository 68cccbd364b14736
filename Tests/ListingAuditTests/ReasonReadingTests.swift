import Testing
@testable import ListingAudit

/// Mechanisms from the sixth round on the real buyer texts' development halves (issue 11 §3): words read by the
/// words around them (`ReasonLexicon.readings`), and from round 16 a difference noun read by the topic of the clause
/// beside it (`ClauseScorer.gapReach`). Every case is invented; none is a buyer's text.
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

    /// Round 17: a difference noun ends the word before it (`ReasonLexicon.scan`), so 颜色差 ("poor colour") is not
    /// read inside 颜色差别 and the rest of the noun's phrase is not a size.
    @Test func aDifferenceNounEndsTheColourPhraseBeforeIt() {
        #expect(category("颜色差别太大") == .colourMismatch)
        #expect(category("颜色差距很大") == .colourMismatch)
        #expect(category("颜色差别不大") == .other)
        #expect(category("颜色差，太难看了") == .colourMismatch)
    }

    /// Round 16: a difference noun with no topic of its own (差别很大) measures a topic named a clause or so away.
    @Test func aDifferenceNounWithoutATopicMeasuresTheTopicOfTheClauseBeside() {
        // The topic credited in the clause before it, or else the first topic of the clause after it.
        #expect(category("两件同一个尺码，差别很大") == .sizeFit)
        #expect(category("差距很大，两件同一个尺码") == .sizeFit)
        #expect(category("颜色，差别很大") == .colourMismatch)
        // With no topic beside it, or only a topic a positive word clears, it is a difference from the listing.
        #expect(category("差距太大了") == .notAsDescribed)
        #expect(category("尺码合适，差距太大了") == .notAsDescribed)
    }

    @Test func aDifferenceNounReachesOnlyAClauseOrSoAway() {
        let between = String(repeating: "我们全家一起去公园散步，", count: 2)
        #expect(between.count > ClauseScorer.gapReach)
        #expect(category("两件同一个尺码，" + between + "差别很大") == .notAsDescribed)
        #expect(category("差距很大，" + between + "两件同一个尺码") == .notAsDescribed)
    }
}
