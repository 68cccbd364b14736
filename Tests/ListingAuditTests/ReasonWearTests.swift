import Testing
@testable import ListingAudit

/// Round 15 on the real buyer texts' development halves (issue 11 §3): worn goods that lose their shape
/// (`LexiconRole.wear`) are a defect after a sign of use, damage after use as the labelling guide has it, and keep
/// their old reading without one. Every case is invented; none is a buyer's text.
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
}
