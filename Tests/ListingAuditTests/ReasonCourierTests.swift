import Testing
@testable import ListingAudit

/// The twentieth round (issue 11): whose service a word judges, and a span of use read as a failure. A service,
/// reply or conduct word right after a courier or the delivery (快递员服务太差, 中通快递服务态度差, `the courier was
/// rude`) is the courier's, a delivery problem by the labelling guide, where round 19 read every service as the
/// shop's (`other`); 用不了 before a span (用不了半小时 "takes no more than half an hour") is a sign of use, as 没用几天
/// is, not a failure. Every case is invented; none is a buyer's text.
@Suite struct ReasonCourierTests: CommentCategoryAsserting {
    @Test func aServiceRightAfterTheCourierIsTheCouriers() {
        #expect(category("快递员服务太差了") == .deliveryProblem)
        #expect(category("申通快递服务态度差") == .deliveryProblem)
        #expect(category("物流态度太差") == .deliveryProblem)
        #expect(category("The courier was rude") == .deliveryProblem)
        #expect(category("the delivery driver was so rude to me") == .deliveryProblem)
    }

    @Test func theShopsServiceStaysTheShops() {
        // The shop named between the courier and the service owns it, and so does a shop's word after a comma.
        #expect(category("快递很快，卖家服务太差") == .other)
        #expect(category("物流不错，客服态度太差") == .other)
        #expect(category("The seller was rude") == .other)
        #expect(category("服务太差了") == .other)
    }

    @Test func praiseOfTheCourierIsNoComplaint() {
        #expect(category("快递员服务很好") == .other)
        #expect(category("快递小哥态度很好，杯子漏水") == .qualityDefect)
    }

    @Test func aCourierHandlesTheParcel() {
        // Damage beside a courier happened on the way, as beside the packaging: a generic defect code moves.
        #expect(category("快递员摔坏了", reason: "质量问题") == .damagedInTransit)
        #expect(category("the courier crushed it", reason: "DEFECTIVE") == .damagedInTransit)
    }

    @Test func aSpanOfUseIsNoFailure() {
        #expect(category("用不了半小时就装好了") == .other)
        #expect(category("用不了几分钟就能学会") == .other)
        // A failure after the span, or 用不了 alone, is still one.
        #expect(category("用不了几天就坏了") == .qualityDefect)
        #expect(category("充电器用不了") == .qualityDefect)
    }
}
