import Testing
@testable import ListingAudit

/// The twenty-first round's 21b (issue 11): praise is no complaint. A bare 好 or a word of praise after a service
/// or a delivery (服务态度好, 快递员服务好, 物流给力) describes the courier or the service before it, as 很好 does, so the
/// courier named there is no weak delivery complaint. Every case is invented; none is a buyer's text.
@Suite struct ReasonServicePraiseTests: CommentCategoryAsserting {
    @Test func praiseOfTheServiceOrDeliveryIsNoComplaint() {
        #expect(category("快递员服务好") == .other)
        #expect(category("配送员服务态度好，很满意") == .other)
        #expect(category("物流给力，快递小哥服务到位") == .other)
        #expect(category("物流快，送货员态度好，耳机音质也还好") == .other)
    }

    @Test func theGoodsStillDecideBesidePraise() {
        #expect(category("快递员服务好，可惜杯子漏水") == .qualityDefect)
        #expect(category("服务态度好，但是尺码偏小") == .sizeFit)
    }

    @Test func aComplaintAboutTheCourierStaysOne() {
        #expect(category("快递员服务态度差") == .deliveryProblem)
        #expect(category("快递好几天才到") == .deliveryProblem)
        #expect(category("物流太慢了，服务也不好") == .deliveryProblem)
    }
}
