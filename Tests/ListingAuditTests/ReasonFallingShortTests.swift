import Testing
@testable import ListingAudit

/// The nineteenth round's 19c (issue 11): praise that falls short. A degree negation (不太, 不是很, `not very`, `it
/// isn't very`) before a word of praise is a verdict on what its clause is about: alone a weak defect, as 太差 is,
/// aimed at the shop when its clause names it, and outranked by anything more specific. Every case is invented;
/// none is a buyer's text.
@Suite struct ReasonFallingShortTests: CommentCategoryAsserting {
    @Test func praiseThatFallsShortIsAVerdict() {
        #expect(category("不太满意") == .qualityDefect)
        #expect(category("用起来不太好用") == .qualityDefect)
        #expect(category("not very good") == .qualityDefect)
        // After `is not` / `isn't` / `wasn't` the degree word belongs to the negation.
        #expect(category("It is not very comfortable") == .qualityDefect)
        #expect(category("it wasn't very comfortable") == .qualityDefect)
    }

    @Test func fallingShortStillDeniesWhatFollows() {
        #expect(category("not too tight, fits well") == .other)
        #expect(category("不太大，刚好") == .other)
    }

    @Test func aVerdictThatFallsShortOnTheShopIsAboutTheShop() {
        #expect(category("客服回复不太满意") == .other)
        #expect(category("the service was not very good") == .other)
    }

    @Test func anythingMoreSpecificOutranksPraiseThatFallsShort() {
        #expect(category("不太满意，尺码偏小两号") == .sizeFit)
        #expect(category("not very comfortable, and it runs two sizes small") == .sizeFit)
    }
}
