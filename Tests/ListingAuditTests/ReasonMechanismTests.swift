import Testing
@testable import ListingAudit

/// The mechanism faults issue 11 names, each fixed as a mechanism rather than a phrase: a term inside a longer
/// word, words that describe rather than complain, damage after use read as transit damage, a generic platform
/// reason winning over a specific comment, and parts of the goods whose size or stuck words are no fit or delivery
/// matter; and the ones found on the development half of the real buyer texts: a bare 不 denying the defect after
/// it, size words about goods nobody wears, a difference from an earlier purchase, 码 inside 数码, a review that
/// praises and never complains, the reason given for a return, and English word families joined by one space.
@Suite struct ReasonMechanismTests {
    private let classifier = ReasonClassifier()

    private func category(_ reason: String, _ comment: String = "") -> RefundCategory {
        classifier.classify(reason: reason, comment: comment).category
    }

    @Test func aDegreeWordAfterADifferenceNounIsNoSize() {
        #expect(category("其他", "差距太大") == .notAsDescribed)
        #expect(category("其他", "和图片差别很大") == .notAsDescribed)
        #expect(category("其他", "颜色和图片落差太大") == .colourMismatch)
        #expect(category("其他", "太大了 穿不了") == .sizeFit)
    }

    @Test func aPartOfTheGoodsClaimsTheWordAfterIt() {
        #expect(category("其他", "轮子卡住") == .qualityDefect)
        #expect(category("其他", "声音太小") == .qualityDefect)
        #expect(category("OTHER", "the zipper keeps getting stuck") == .qualityDefect)
        #expect(category("OTHER", "seams splitting") == .qualityDefect)
        #expect(category("其他", "快递卡住了 一直不动") == .deliveryProblem)
        // A screen can break on the way: damage after it stays transit damage.
        #expect(category("其他", "收到就是坏的，屏幕碎了") == .damagedInTransit)
    }

    @Test func damageAfterUseOrWashingIsADefect() {
        #expect(category("OTHER", "damaged after washing") == .qualityDefect)
        #expect(category("其他", "洗了一次就破了") == .qualityDefect)
        #expect(category("其他", "没几天就坏了") == .qualityDefect)
        #expect(category("OTHER", "arrived damaged") == .damagedInTransit)
    }

    @Test func wordsThatDescribeAreNoComplaint() {
        #expect(category("Other", "love the off-white") == .other)
        #expect(category("Other", "hope they make it in more colours") == .other)
        #expect(category("其他", "很喜欢这个米白色") == .other)
        #expect(category("Other", "the navy is much lighter than the photo") == .colourMismatch)
        #expect(category("其他", "图片是白色的收到是米黄色") == .colourMismatch)
        #expect(category("Other", "got the extra small, it fits perfectly") == .other)
    }

    @Test func aSpecificCommentOutranksAGenericPlatformReason() {
        #expect(category("DEFECTIVE", "runs two sizes small") == .sizeFit)
        #expect(category("质量问题", "尺码偏大一码") == .sizeFit)
        #expect(category("颜色/图案/款式与商品描述不符", "尺码偏小") == .sizeFit)
        #expect(category("UNWANTED_ITEM", "the handle snapped off") == .qualityDefect)
        #expect(category("七天无理由退换货", "轮子卡住") == .qualityDefect)
        #expect(category("不想要了", "拉链坏了") == .qualityDefect)
        #expect(category("七天无理由退换货", "给我发错颜色了") == .wrongOrMissingItem)
    }

    @Test func circumstancesOfTheBuyerAreAChangeOfMind() {
        #expect(category("OTHER", "can't afford it right now") == .changedMind)
        #expect(category("OTHER", "scheduling conflict") == .changedMind)
        #expect(category("OTHER", "ordered multiple sizes, keeping the medium") == .changedMind)
        #expect(category("其他", "买了两个码 留一个") == .changedMind)
    }

    @Test func aBareNotDeniesTheSignalRightAfterIt() {
        #expect(category("其他", "洗过一次，不缩水，穿着很舒服") == .other)
        #expect(category("其他", "一点都不起球") == .other)
        #expect(category("OTHER", "it didn't shrink and the colour is lovely") == .other)
        #expect(category("其他", "洗了一次就缩水了") == .qualityDefect)
        // 不 never hides a longer word that starts with it.
        #expect(category("其他", "一点都不好吃") == .qualityDefect)
    }

    @Test func sizeWordsAboutGoodsNobodyWearsAreADifferenceFromTheDescription() {
        #expect(category("其他", "苹果太小了") == .notAsDescribed)
        #expect(category("其他", "这个台灯比我想的小了一圈") == .notAsDescribed)
        #expect(category("OTHER", "the lamp is too small") == .notAsDescribed)
        #expect(category("其他", "裤子太小了") == .sizeFit)
        #expect(category("其他", "苹果太小了，给孩子穿的衣服也小了") == .sizeFit)
    }

    @Test func aDifferenceFromAnEarlierPurchaseSaysNothingAboutTheListing() {
        #expect(category("其他", "这回跟上次买的不一样，做工差很多") == .qualityDefect)
        #expect(category("其他", "和图片不一样") == .notAsDescribed)
    }

    @Test func sizeCharactersInsideOtherWordsAreNoSize() {
        #expect(category("其他", "数码店") == .other)
        #expect(category("其他", "码数偏小") == .sizeFit)
    }

    @Test func theSellerSendingTheWrongThingIsAFulfilmentError() {
        #expect(category("其他", "应该是给我发错了吧") == .wrongOrMissingItem)
        #expect(category("其他", "商家发错了") == .wrongOrMissingItem)
    }

    @Test func aTextThatPraisesAndNeverComplainsKeepsNoWeakSignal() {
        #expect(category("Other", "i'm a 26 waist, love it, so cute") == .other)
        #expect(category("Other", "love it, the size is small") == .other)
        #expect(category("Other", "love the style, but the size is small") == .sizeFit)
        #expect(category("Other", "cute top but the sleeves are short, it's going back") == .sizeFit)
        #expect(category("Other", "the quality is excellent") == .other)
        #expect(category("Other", "high quality fabric") == .other)
    }

    @Test func theReasonGivenForAReturnDecides() {
        #expect(category("Other", "i love the colour. i returned it bc the style isn't for me") == .changedMind)
        #expect(category("Other", "the small was tight, so i exchanged it for a medium") == .sizeFit)
        #expect(category("其他", "因为质量原因想退货") == .qualityDefect)
        // The stated cause outweighs what the rest of the text describes, more than the clause after `but` does.
        let describedThenCause = [
            "The waist runs big and the legs are roomy and long. Sent them back because the style is not for me.",
            "Runs a little large and the sleeves are wide. Returning it since the fabric is not my thing.",
        ]
        for comment in describedThenCause { #expect(category("Other", comment) == .changedMind, "\(comment)") }
        let cause = "Loved the colour, it fits well. I returned it because it was too short."
        #expect(category("Other", cause) == .sizeFit)
    }

    @Test func failureInUseAndLostInterestAreFamilies() {
        #expect(category("其他", "但是调不了 修表师傅也看过了") == .qualityDefect)
        #expect(category("其他", "像素太低") == .qualityDefect)
        #expect(category("其他", "不过孩子好像没有兴趣") == .changedMind)
        #expect(category("其他", "好多都烂了，不止一两个，一点也不新鲜") == .qualityDefect)
        #expect(category("其他", "按客服说的试了，还是不行") == .qualityDefect)
        #expect(category("其他", "担心以后有更好的价格，想退货") == .changedMind)
    }

    @Test func englishFamiliesAreJoinedByOneSpace() {
        #expect(ReasonLexicon.combine(["in a "], ["small"]) == ["in a small"])
        #expect(ReasonLexicon.combine(["not"], [" for me"]) == ["not for me"])
        #expect(ReasonLexicon.combine(["", "very"], ["small"]) == ["small", "very small"])
        #expect(category("Other", "they run extremely small") == .sizeFit)
        #expect(category("Other", "these were larger than i expected") == .sizeFit)
        #expect(category("Other", "the arm holes are huge") == .sizeFit)
        #expect(category("Other", "this top is just not for me") == .changedMind)
    }

    @Test func howItLooksOnTheBuyerIsAPreference() {
        #expect(category("Other", "nice colour, but it did not look right on me") == .changedMind)
        #expect(category("Other", "the print was not a good look on me") == .changedMind)
        #expect(category("Other", "the new cut is less flattering") == .changedMind)
    }

    @Test func theShapeOfAGarmentThatDoesNotFitIsSize() {
        #expect(category("Other", "the colour is off, and the cut is an odd fit, really boxy") == .sizeFit)
        #expect(category("Other", "the fit was weird around the hips, i didn't like it") == .sizeFit)
        #expect(classifier.classify(reason: "Other", comment: "these run a size big").evidence == ["run a size big"])
        #expect(category("Other", "the small i got is more like a medium") == .sizeFit)
        // A shape word in praise describes.
        #expect(category("Other", "cute boxy top, love it") == .other)
        #expect(category("Other", "this skirt fits like a charm") == .other)
    }

    @Test func aProblemAdjectiveWithTheMaterialIsADefect() {
        #expect(category("Other", "nice colour, poor material") == .qualityDefect)
        #expect(category("Other", "the fabric feels cheap") == .qualityDefect)
        #expect(category("Other", "it is so sheer") == .qualityDefect)
        #expect(category("Other", "nice sheer lining, love it") == .other)
    }

    @Test func scornForTheGoodsAndAGapNounAreChineseFamilies() {
        #expect(category("其他", "又买到一个破东西，退了") == .qualityDefect)
        #expect(category("其他", "东西有问题，想换一个") == .qualityDefect)
        #expect(category("其他", "颜色误差有点大") == .colourMismatch)
        // Kitchenware is not worn: its size is a difference from the description.
        #expect(category("其他", "收到的烤盘太小了") == .notAsDescribed)
    }

    @Test func theShopsServiceIsOtherOnlyAlone() {
        #expect(category("其他", "尺码不合适，客服的态度也差") == .sizeFit)
        #expect(category("其他", "客服态度很差") == .other)
        #expect(category("Other", "customer service was rude") == .other)
    }

    /// The lexicon is compiled at every audit start: its size is printed and held under a ceiling, so a change
    /// that multiplies its entries shows.
    @Test func aVerdictAloneSaysTheGoodsArePoor() {
        #expect(category("", "Terrible product, would not recommend") == .qualityDefect)
        #expect(category("", "太差了，不推荐") == .qualityDefect)
        #expect(category("", "垃圾") == .qualityDefect)
        #expect(category("", "It is very slow") == .qualityDefect)
        #expect(category("", "开机特别慢") == .qualityDefect)
        #expect(category("其他", "屏幕模糊") == .qualityDefect)
        // Disappointment and a middling grade are no verdict.
        #expect(category("", "Very disappointed with this purchase") == .other)
        #expect(category("", "一般般") == .other)
        // Negated, a verdict is praise.
        #expect(category("", "not bad at all") == .other)
    }

    @Test func anythingMoreSpecificOutranksAVerdict() {
        #expect(category("", "垃圾，垃圾，真垃圾，耳机也没送") == .wrongOrMissingItem)
        #expect(category("", "Awful. Runs two sizes small") == .sizeFit)
        #expect(category("", "terrible customer service") == .other)
        #expect(category("", "Shipping was slow") == .deliveryProblem)
        #expect(category("", "颜色太差，和图片不一样") == .colourMismatch)
        #expect(category("SIZE_TOO_SMALL", "junk") == .sizeFit)
    }

    @Test func theLexiconStaysSmall() {
        print("reason lexicon entries: \(ReasonLexicon.entryCount)")
        #expect(ReasonLexicon.entryCount < 100_000)
    }
}
