import Testing
@testable import ListingAudit

/// Mechanisms from the twelfth round on the real buyer texts' development halves (issue 11 §3, all three sets):
/// forms a listed word takes (`ReasonLexicon.idioms`), 而且 as an addition rather than a turn, and the complaint a
/// buyer names as the main one. Every case is invented; none is a buyer's text.
@Suite struct ReasonIdiomTests: CommentCategoryAsserting {
    @Test func aDegreeComplementAfterScornIsAVerdict() {
        #expect(category("烂爆了") == .qualityDefect)
        #expect(category("差到家了") == .qualityDefect)
        #expect(category("东西太次了") == .qualityDefect)
        // A verdict stays weak: a specific complaint beside it decides.
        #expect(category("差死了，尺码小了一号") == .sizeFit)
    }

    @Test func aFadingVerbWithItsObjectInsideIsADefectNotAColour() {
        #expect(category("洗一次就掉颜色") == .qualityDefect)
        #expect(category("褪了颜色，白衣服都染蓝了") == .qualityDefect)
        #expect(category("不掉颜色，很满意") == .other)
        #expect(category("颜色和图片不一样") == .colourMismatch)
    }

    @Test func littleBeforeAFeelingIsNoSize() {
        #expect(category("有点小失望，面料有点薄") == .qualityDefect)
        #expect(category("有点小，换大一码") == .sizeFit)
    }

    @Test func dislikeWithAnAuxiliaryIsNoComparison() {
        #expect(category("i do not like the way the straps show") == .changedMind)
        #expect(category("it does not look like the picture") == .notAsDescribed)
    }

    @Test func goodsInASimileAreNotTheGoods() {
        #expect(category("ordered a small, it was huge and fit me like a blanket") == .sizeFit)
        #expect(category("the blanket is much smaller than described") == .notAsDescribed)
    }

    @Test func moreoverAddsAComplaintWithoutTurningTheSentence() {
        #expect(category("颜色跟图片差太多，而且质量不好") == .colourMismatch)
        #expect(category("质量很好，而且很便宜") == .other)
        #expect(category("颜色很好看，但是质量不好") == .qualityDefect)
    }

    @Test func theComplaintNamedAsTheMainOneDecides() {
        #expect(category(
            "it runs a little big and the waist gapes. my biggest complaint, though, is that its colour looks"
                + " nothing like the picture") == .colourMismatch)
        #expect(category("the fabric is thin but my main issue is the size") == .sizeFit)
        #expect(category("尺码偏大，最大的问题是颜色和图片差太多") == .colourMismatch)
        #expect(category("the main problem is that it pilled after one wash") == .qualityDefect)
    }

    @Test func everyFormOfADefectVerbIsADefect() {
        #expect(category("it pilled after one wash") == .qualityDefect)
        #expect(category("the colours fade in the sun") == .qualityDefect)
        #expect(category("it shrinks in the wash") == .qualityDefect)
        #expect(category("worth buying if you can snag one on sale") == .other)
    }
}
