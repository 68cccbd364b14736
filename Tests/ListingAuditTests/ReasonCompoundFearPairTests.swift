import Testing
@testable import ListingAudit

/// Mechanisms of the twenty-third round on the real buyer texts (issue 11 §3): a term inside an everyday compound of
/// another sense (`ReasonLexicon.compounds`), a fault feared or hoped away (`LexiconRole.fear`), and an ordered and a
/// received word that are one statement only when close (`ClauseScorer.pairReach`). Every case is invented; none is
/// a buyer's text.
@Suite struct ReasonCompoundFearPairTests: CommentCategoryAsserting {
    @Test func aTermInsideACompoundOfAnotherSenseIsNotRead() {
        #expect(category("质量很好，赶紧下单了") == .other)
        #expect(category("这家的特色就是便宜") == .other)
        #expect(category("真空包装的枕头，很满意") == .other)
        #expect(category("看到就乐坏了，很喜欢") == .other)
        #expect(category("有点小贵，不过质量很好") == .other)
        #expect(category("这次亏大了，面料起球") == .qualityDefect)
        #expect(category("客服说不同意，我很无奈") == .other)
        #expect(category("买来当垃圾桶用的，很结实") == .other)
        #expect(category("i have a long torso. the fabric is a little thin") == .qualityDefect)
    }

    @Test func theSameTermOutsideACompoundIsStillRead() {
        #expect(category("袖子太紧了") == .sizeFit)
        #expect(category("颜色偏黄，跟图片不一样") == .colourMismatch)
        #expect(category("收到的是空包，什么都没有") == .wrongOrMissingItem)
        #expect(category("屏幕坏了，开不了机") == .qualityDefect)
        #expect(category("有点小，要换大一码") == .sizeFit)
        #expect(category("裤子大了一码") == .sizeFit)
        #expect(category("跟图片完全不同") == .notAsDescribed)
        #expect(category("垃圾，千万别买") == .qualityDefect)
        #expect(category("it is too long in the torso. the fabric is a little thin") == .sizeFit)
    }

    @Test func aFaultFearedOrHopedAwayHasNotHappened() {
        #expect(category("担心洗了会缩水") == .other)
        #expect(category("怕洗了会掉色，还没洗") == .other)
        #expect(category("we were worried it could be too long; it turned out perfect") == .other)
        #expect(category("i'm afraid it might shrink in the wash") == .other)
    }

    @Test func aFaultThatHappenedBesideAFearStillCounts() {
        #expect(category("本来担心会掉色，结果洗一次就掉色了") == .qualityDefect)
        #expect(category("i was worried about the size. it is far too small") == .sizeFit)
        #expect(category("哪怕再便宜，质量也太差了") == .qualityDefect)
    }

    @Test func aFearOfABetterPriceIsAChangeOfMind() {
        #expect(category("还没拆封，担心过几天有更好的价格，想退货") == .changedMind)
        #expect(category("i'm worried i'll find a better price next week") == .changedMind)
    }

    @Test func aFearRulesNothingOut() {
        // A negation would rule the picked size out; a fear leaves it standing.
        #expect(category("担心太小", reason: "尺码不合适") == .sizeFit)
    }

    @Test func anOrderedAndAReceivedWordFarApartAreNoFulfilmentError() {
        #expect(category(
            "i bought this dress for a trip in june and when i received it the zipper was broken") == .qualityDefect)
        #expect(category("i ordered a medium and they sent a large") == .wrongOrMissingItem)
        #expect(category("拍的是白色，发来的是灰色") == .wrongOrMissingItem)
        #expect(category("我要的是42码，寄来一双40的") == .wrongOrMissingItem)
    }
}
