import Testing
@testable import ListingAudit

/// Words that describe rather than complain (issue 11 §3): a topic followed in its clause by a word of praise or of
/// accuracy (`ReasonLexicon.accuracy`: 逼真, 和图片一样, `as pictured`, `true to size`) is described, not complained
/// about; negated, those words complain. Every case is invented; none is a buyer's text.
@Suite struct ReasonAccuracyTests: CommentCategoryAsserting {
    @Test func aTopicTrueToThePictureIsDescribed() {
        #expect(category("the colour is true to the photos") == .other)
        #expect(category("colour is exactly as pictured") == .other)
        #expect(category("the fit is perfect") == .other)
        #expect(category("屏幕很清晰，色彩逼真") == .other)
        #expect(category("颜色和图片一样") == .other)
        #expect(category("颜色跟图片上一样，很喜欢") == .other)
        #expect(category("sizing is accurate, super comfy") == .other)
    }

    @Test func aDescribedTopicLeavesTheComplaintBesideIt() {
        #expect(category("the colour is true to the photo and the fabric is poor") == .qualityDefect)
        #expect(category("the color was exactly as pictured and the seams came apart") == .qualityDefect)
        #expect(category("和图片一样，不过洗了就起球，质量不好") == .qualityDefect)
        #expect(category("尺码准确，就是拉链坏了") == .qualityDefect)
        // In one clause with a problem word: the topic right before the praise is not what the problem judges.
        #expect(category("the colour is lovely and the stitching is bad") == .qualityDefect)
        #expect(category("the size is perfect and the color is wrong") == .colourMismatch)
        #expect(category("颜色和图片一样尺码不对") == .sizeFit)
    }

    @Test func aContrastOrANegationStillComplains() {
        #expect(category("colour is nice but faded after washing") == .qualityDefect)
        #expect(category("not true to size") == .sizeFit)
        #expect(category("it isn't as described") == .notAsDescribed)
        #expect(category("颜色不逼真") == .colourMismatch)
        #expect(category("the color is not accurate") == .colourMismatch)
        // What the listing claimed, after a denied word: `as described` names the claim.
        #expect(category("the fabric is not silk as described") == .notAsDescribed)
        #expect(category("the fabric is not cotton as advertised") == .notAsDescribed)
    }

    @Test func wordsThatOnlyLookLikeAccuracyAreNone() {
        // 比如图片 (`for example, pictures`) holds no 如图; 提高质量 (`improve the quality`) is no praise.
        #expect(category("占用空间，比如图片多了，短信就少了") == .other)
        #expect(category("东西挺好，就是配送服务得提高质量，后来改发快递了") == .deliveryProblem)
    }

    /// Round 16: a difference said to be small is no difference.
    @Test func aSmallDifferenceIsNoDifference() {
        #expect(category("和图片差距不大，很喜欢") == .other)
        #expect(category("颜色区别不是很大") == .other)
        #expect(category("和图片相差不多，就是尺码偏小") == .sizeFit)
        // Said to be large, it still differs.
        #expect(category("和图片差距很大") == .notAsDescribed)
        #expect(category("颜色的区别很大") == .colourMismatch)
    }
}
