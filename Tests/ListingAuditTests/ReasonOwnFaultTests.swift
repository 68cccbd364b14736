import Testing
@testable import ListingAudit

/// The twenty-first round's 21a (issue 11): a product's own fault read as its own complaint. The problem words of a
/// fabric or a surface (a pulled loop, broken threads, fuzz, peeling, a smell) are defects in every form, denied as
/// any defect is; and an addition (`not only`, 不仅, 不光) names a fault where a bare `not` or 不 denied it. Every case
/// is invented; none is a buyer's text.
@Suite struct ReasonOwnFaultTests: CommentCategoryAsserting {
    @Test func aFabricsOwnFaultsAreDefects() {
        #expect(category("裙摆勾丝了好几处") == .qualityDefect)
        #expect(category("袖口起毛，鞋面掉皮") == .qualityDefect)
        #expect(category("洗一次就脱色") == .qualityDefect)
        #expect(category("the cuff snagged on my bag the first time I wore it") == .qualityDefect)
        #expect(category("the jacket stinks of glue") == .qualityDefect)
        #expect(category("a strong odor, even after a week") == .qualityDefect)
        #expect(category("pulled threads all over the front") == .qualityDefect)
        // `snag` is also to get hold of (`ReasonIdiomTests`): only caught, easily or prone to it, is it a fault.
        #expect(category("happy I could snag the last one") == .other)
    }

    @Test func aDeniedFaultIsNoComplaint() {
        #expect(category("没有勾丝，也不起毛") == .other)
        #expect(category("no snags in the knit and no odor, love it") == .other)
    }

    @Test func anAdditionNamesTheFaultItOpens() {
        // 不 and `not` alone deny the fault right after them; 不光, 不仅 and `not only` add it to the next one.
        #expect(category("不光起球") == .qualityDefect)
        #expect(category("不仅起球", reason: "质量问题") == .qualityDefect)
        #expect(category("not just pilled") == .qualityDefect)
        #expect(category("it's not only faded") == .qualityDefect)
        #expect(category("the sweater has not only pilled", reason: "DEFECTIVE") == .qualityDefect)
    }

    @Test func aNegationStillDenies() {
        #expect(category("不起球") == .other)
        #expect(category("it is not faded at all") == .other)
        #expect(category("不是质量问题", reason: "DEFECTIVE") == .other)
    }
}
