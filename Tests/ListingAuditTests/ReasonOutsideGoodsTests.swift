import Testing
@testable import ListingAudit

/// The nineteenth round (issue 11): topics outside the goods bought. A verdict on the shop's service, its staff or
/// its replies is no verdict on the goods, and a gift that came and was judged poor is no missing item and no
/// defect of what was bought: by the labelling guide both are `other`, and a complaint about the goods in the same
/// text still decides. Every case is invented; none is a buyer's text.
@Suite struct ReasonOutsideGoodsTests: CommentCategoryAsserting {
    @Test func aVerdictOnTheShopIsNoVerdictOnTheGoods() {
        #expect(category("服务太差了") == .other)
        #expect(category("售后太垃圾，打了三次电话都没人管") == .other)
        #expect(category("卖家回复很慢") == .other)
        #expect(category("服务质量太差") == .other)
        #expect(category("The seller was terrible") == .other)
        #expect(category("the staff were awful to deal with") == .other)
        // The same verdicts with nothing aimed at: the goods are poor.
        #expect(category("太差了") == .qualityDefect)
        #expect(category("It was terrible") == .qualityDefect)
    }

    @Test func aComplaintAboutTheGoodsStillDecides() {
        #expect(category("质量太差，服务也太差") == .qualityDefect)
        #expect(category("The fabric is poor and the seller was awful") == .qualityDefect)
        #expect(category("东西太差了。卖家态度倒是很好") == .qualityDefect)
        #expect(category("不是卖家的问题，做工太差") == .qualityDefect)
        #expect(category("服务太差，尺码也偏小两号") == .sizeFit)
        // A picked reason outranks a verdict on the shop.
        #expect(category("the seller was awful", reason: "SIZE_TOO_SMALL") == .sizeFit)
    }

    @Test func aGiftJudgedCameAndIsNoMissingItem() {
        #expect(category("赠品不好") == .other)
        #expect(category("赠品的质量太差了") == .other)
        #expect(category("The free sample was poor") == .other)
        // A fault of the goods beside it decides.
        #expect(category("赠品太差，杯子还漏水") == .qualityDefect)
        #expect(category("The free sample was poor and the zipper broke") == .qualityDefect)
    }

    @Test func aGiftThatDidNotComeIsStillMissing() {
        #expect(category("没有赠品") == .wrongOrMissingItem)
        #expect(category("赠品没收到") == .wrongOrMissingItem)
        #expect(category("说好的赠品呢") == .wrongOrMissingItem)
        #expect(category("赠品和图片上的不一样") == .wrongOrMissingItem)
    }
}
