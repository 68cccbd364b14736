import Testing
@testable import ListingAudit

/// Mechanisms from the fourth round on the real buyer texts' development halves (issue 11 §3), each read from the
/// words around a word rather than from a list of sentences: an aspect of the goods judged or compared, a conceded
/// clause, a turn to the complaint after praise, degree negation before praise, the object of a word of praise,
/// hedges, bare fit adjectives and `late`, disappointment aimed at a part, and Chinese words whose characters a
/// longer word reads otherwise.
@Suite struct ReasonContextTests: CommentCategoryAsserting {
    @Test func anAspectJudgedAloneIsADefectOrADislikeAndComparedADifference() {
        #expect(category("面料太差") == .qualityDefect)
        #expect(category("love the colour, but the fabric is awful") == .qualityDefect)
        #expect(category("款式很奇怪") == .changedMind)
        #expect(category("the design is awful") == .changedMind)
        #expect(category("材质和描述不符") == .notAsDescribed)
        #expect(category("the fabric is different from the description") == .notAsDescribed)
    }

    @Test func aConcededClauseCountsLessThanThePointAfterIt() {
        #expect(category("虽然颜色有点不对，腰有点紧") == .sizeFit)
        #expect(category("although the colour is off, the waist is tight") == .sizeFit)
        #expect(category("颜色有点不对，腰有点紧") == .colourMismatch)
    }

    @Test func aTurnToTheComplaintAfterPraiseIsThePoint() {
        #expect(category("有色差，缺点是起球") == .qualityDefect)
        #expect(category("the colour is darker, only complaint is it pills") == .qualityDefect)
        #expect(category("有色差，起球") == .colourMismatch)
    }

    @Test func degreeNegationBeforePraiseIsAComplaint() {
        #expect(category("做工不怎么满意") == .qualityDefect)
        #expect(category("扣子不太有质感") == .qualityDefect)
        #expect(category("the fabric is not very nice") == .qualityDefect)
        #expect(category("做工很满意") == .other)
    }

    @Test func theObjectOfPraiseIsNoComplaint() {
        #expect(category("disappointing, because i love the design and the zipper broke") == .qualityDefect)
        #expect(category("没什么问题 很喜欢这个款式") == .other)
        #expect(category("the design is disappointing") == .changedMind)
    }

    @Test func aHedgeComparesATopicButSaysNothingAlone() {
        #expect(category("this skirt looks even better in person") == .other)
        #expect(category("i'm actually going to replace the buttons myself") == .other)
        #expect(category("the red looks almost purple") == .colourMismatch)
        #expect(category("the grey is a lot more blue in person") == .colourMismatch)
    }

    @Test func bareFitAdjectivesAndLateAreWeakAlone() {
        #expect(category("loose at the hem, fitted in the shoulders, love it") == .other)
        #expect(category("the jeans are very tight") == .sizeFit)
        #expect(category("the waist is tight") == .sizeFit)
        #expect(category("very pleased, i came to this label late, love it") == .other)
        #expect(category("it arrived late") == .deliveryProblem)
        #expect(category("到晚了") == .deliveryProblem)
    }

    @Test func disappointmentAimedAtAPartJudgesIt() {
        #expect(category("so disappointed in the seams") == .qualityDefect)
        #expect(category("very disappointed with the zipper") == .qualityDefect)
    }

    @Test func aPromiseTheGoodsDidNotKeepDiffersFromTheListing() {
        // 说好的 names what the buyer was promised; what came is different.
        #expect(category("说好的高腰呢") == .notAsDescribed)
        #expect(category("说好的速干呢") == .notAsDescribed)
        // A thin fabric alone is a defect; promised thick, it differs from what was promised.
        #expect(category("说好的加厚呢，薄得透光") == .notAsDescribed)
        // Agreed with the service (说好了) is no claim of the listing.
        #expect(category("跟客服说好了周一发货") != .notAsDescribed)
    }

    @Test func whatWasPromisedDecidesTheCategory() {
        // The topic after 说好的 is what was promised: a gift not given is a missing item, a colour a colour.
        #expect(category("说好的赠品呢？没收到，太不讲诚信了") == .wrongOrMissingItem)
        #expect(category("说好的黑色呢") == .colourMismatch)
        // A promised refund of a fee is about the fee, not the listing.
        #expect(category("说好的换货快递费退我也不退") == .other)
    }

    @Test func aChargeForTheDeliveryIsNoDeliveryProblem() {
        // 快递费 holds 快递, but names money.
        #expect(category("已经申请退货了，这笔快递费用由谁出") == .other)
        #expect(category("快递费太贵了") == .other)
        #expect(category("快递太慢了") == .deliveryProblem)
    }

    @Test func chineseCharactersALongerWordReadsOtherwise() {
        // The speaker's own saying is no claim of the listing.
        #expect(category("可以说是同价位里最好的") == .other)
        #expect(category("页面说是纯棉的") == .notAsDescribed)
        // A resultative 掉: nothing fell off.
        #expect(category("分期已经还掉了，退款退到哪里") == .other)
        #expect(category("扣子掉了") == .qualityDefect)
        // Money or a parcel going back in a return is no delivery problem.
        #expect(category("卖家说先退回邮费") == .other)
        #expect(category("快递上门取件了，什么时候退款") == .other)
        #expect(category("快递一直没到") == .deliveryProblem)
    }
}
