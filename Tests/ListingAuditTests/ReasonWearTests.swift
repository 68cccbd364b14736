import Testing
@testable import ListingAudit

/// Round 15 on the real buyer texts' development halves (issue 11 §3): worn goods that lose their shape
/// (`LexiconRole.wear`) are a defect after a sign of use, damage after use as the labelling guide has it, and keep
/// their old reading without one. Round 16: damage a clause or two after a sign of use is a defect too, and 用了
/// before what the shop packed with is no sign of use. Every case is invented; none is a buyer's text.
@Suite struct ReasonWearTests: CommentCategoryAsserting {
    @Test func goodsThatLoseTheirShapeInUseAreDefective() {
        #expect(category("after two hours of wearing them they were completely stretched out") == .qualityDefect)
        #expect(category("the waist stretched out after one wear") == .qualityDefect)
        #expect(category("they lost their shape after a day") == .qualityDefect)
    }

    @Test func aSignOfUseReachesTheWearWordsOfItsSentence() {
        // The sign of use and the wear word are in different clauses, a comma apart.
        #expect(category("within an hour of wearing them, the elbows got so baggy") == .qualityDefect)
    }

    @Test func withoutASignOfUseAWearWordKeepsItsOldReading() {
        // A look, or what other buyers said, is no defect; `got so baggy` is the fit word `so baggy` it holds.
        #expect(category("it looks stretched out at the back") == .other)
        #expect(category("some reviews said they stretched out, mine did not") == .other)
        #expect(category("the knees got so baggy") == .sizeFit)
        #expect(category("they are so baggy") == .sizeFit)
    }

    @Test func aWearWordFarFromTheSignOfUseIsNoDefect() {
        let far = "after wearing it i went out to dinner with my parents at their favourite place downtown. "
        #expect(far.count > ClauseScorer.wearReach)
        #expect(category(far + "it looked stretched out") == .other)
        #expect(category("after wearing it all day it looked stretched out") == .qualityDefect)
    }

    @Test func aDeniedWearWordIsNoDefect() {
        #expect(category("after a whole day of wearing they did not stretch out") == .other)
    }

    @Test func damageAfterASignOfUseInAnEarlierClauseIsADefect() {
        // Without the sign of use the same damage is read as damage on the way.
        #expect(category("裤子就裂开了") == .damagedInTransit)
        #expect(category("穿了两天，裤子就裂开了") == .qualityDefect)
        #expect(category("用了几天，外壳就裂了") == .qualityDefect)
        #expect(category("after a week of use, the case cracked") == .qualityDefect)
    }

    @Test func damageToThePackagingItsClauseNamesStaysDamageOnTheWay() {
        // The sign of use is about the goods; the damage is the parcel's, named in the damage's own clause.
        #expect(category("用了一周，效果不错，就是快递盒子压坏了") == .damagedInTransit)
        #expect(category("用了一周，效果不错，就是外壳压坏了") == .qualityDefect)
    }

    @Test func packagingNamedAfterTheDamageInItsClauseStillMakesItDamageOnTheWay() {
        // Round 17: the clause is judged when it ends, so the packaging may come after the damage word.
        #expect(category("用了一周，效果不错，就是压坏了快递盒子") == .damagedInTransit)
        #expect(category("穿了两天，挺好的，可惜压坏了纸箱") == .damagedInTransit)
        #expect(category("用了一周，效果不错，就是压坏了外壳") == .qualityDefect)
        // Packaging in another clause is no packaging of this damage.
        #expect(category("用了一周，就是压坏了，快递盒子还在") == .qualityDefect)
    }

    @Test func theChineseSignsOfUseByCountAndTimeAreSignsOfUse() {
        for sign in ["穿几次", "刚穿", "洗几次", "几次后", "用几天"] {
            #expect(category(sign + "，就破了") == .qualityDefect, "\(sign)")
        }
    }

    @Test func damageFarAfterTheSignOfUseIsStillReadAsDamageOnTheWay() {
        let far = "穿了两天，" + String(repeating: "我们全家一起去公园散步，", count: 6)
        #expect(far.count > ClauseScorer.wearReach)
        #expect(category(far + "盒子压坏了") == .damagedInTransit)
    }

    @Test func usedBeforeWhatTheShopPackedWithIsNoSignOfUse() {
        // 用了 + a packing noun, counted or not, or layers: the shop's packing, so the damage stays transit damage.
        #expect(category("商家用了个袋子装着，盒子都压坏了") == .damagedInTransit)
        #expect(category("用了三层泡沫，还是压坏了") == .damagedInTransit)
        #expect(category("商家用了一个纸箱，到手已经压坏了") == .damagedInTransit)
        // 用了 + a span of time is a use of the goods, counted with 个 or not.
        #expect(category("用了一个月，外壳就裂了") == .qualityDefect)
        #expect(category("用了两天，壳就碎了") == .qualityDefect)
    }
}
