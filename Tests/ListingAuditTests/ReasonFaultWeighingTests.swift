import Testing
@testable import ListingAudit

/// The twenty-second round (issue 11): a fault of the goods weighed against the other complaints of its text. A fit
/// word right after a fault or a word of wear measures it (`the holes are much too big`, `stretched out a whole
/// size`), no fit of the goods; beside a fault, the weak fit signals (bare fit adjectives, topics nobody judged)
/// drop; faults named after a complaint that the goods are not what was bought (a fake, a wrong colour sent) count
/// as one, so the complaint named first decides. Every case is invented; none is a buyer's text.
@Suite struct ReasonFaultWeighingTests: CommentCategoryAsserting {
    @Test func aFitWordRightAfterAFaultMeasuresIt() {
        #expect(category("破洞太大了，没法补") == .qualityDefect)
        #expect(category("the holes are much too big for the buttons") == .qualityDefect)
        #expect(category("it shrank a lot and is too short now") == .qualityDefect)
    }

    @Test func threadsPulledWithWordsBetweenVerbAndThreadsAreAFault() {
        #expect(category("the zip pulled the threads out along the seam") == .qualityDefect)
        #expect(category("the strap pulled a few threads on the first day") == .qualityDefect)
        #expect(category("the velcro pulls out the threads of the sleeve") == .qualityDefect)
        // Denied, the pulled threads are no complaint, and the fit decides.
        #expect(category("it didn't pull the threads at all, but it runs far too small") == .sizeFit)
    }

    @Test func aFitWordMeasuringAWordOfWearMakesItADefect() {
        #expect(category("the waist band stretched out a whole size") == .qualityDefect)
        #expect(category("they stretched out and are too big now") == .qualityDefect)
        // Without a measure, `stretched out` may be a look, as before.
        #expect(category("it looks stretched out at the back") == .other)
    }

    @Test func aFitComplaintOfItsOwnIsNoMeasureOfTheFault() {
        // In a clause of its own, or far after the fault, the fit word is the goods' fit.
        #expect(category("起球了，还偏小了一码，腰围也紧") == .sizeFit)
        #expect(category("a small hole near the hem, and honestly the whole dress is far too big") == .sizeFit)
    }

    @Test func besideAFaultTheWeakFitSignalsDrop() {
        #expect(category("it has a strong smell. the waist is loose and the sleeves long, the length short")
            == .qualityDefect)
        #expect(category("有异味，尺码和码数看了，腰围量了") == .qualityDefect)
        // Without a fault they count, as before.
        #expect(category("the waist is loose and the sleeves long, the length short") == .sizeFit)
    }

    @Test func aFitComplaintOutweighsAFaultNamedInPassing() {
        #expect(category("有点异味，但是尺码太小了") == .sizeFit)
        #expect(category("a faint smell, but it runs two sizes too small") == .sizeFit)
    }

    @Test func faultsAfterAComplaintThatTheGoodsAreNotWhatWasBoughtCountAsOne() {
        #expect(category("是假货，用了两天就死机，还老是断线") == .notAsDescribed)
        #expect(category("发错颜色了，掉色，还起毛") == .wrongOrMissingItem)
        #expect(category("it's a knockoff. the zipper broke and the seams ripped") == .notAsDescribed)
    }

    @Test func faultsNamedFirstOrEmphasisedStillDecide() {
        #expect(category("掉色，起毛，还发错了颜色") == .qualityDefect)
        #expect(category("the seams ripped and the zipper broke, and it's a knockoff") == .qualityDefect)
        #expect(category("it's a knockoff, but the zipper broke on day one") == .qualityDefect)
    }
}
