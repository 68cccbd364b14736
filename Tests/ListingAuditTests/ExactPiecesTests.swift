import Testing

@testable import ListingAudit

@Suite struct ExactPiecesTests {
    @Test func findsPiecesAnywhereIncludingTheEdgesAndChinese() {
        #expect("colour name".containsExactly("colour"))
        #expect("the colour".containsExactly("colour"))
        #expect("颜色分类".containsExactly("分类"))
        #expect("abc".containsExactly(""))
        #expect(!"colo".containsExactly("colour"))
        #expect(!"colur".containsExactly("colour"))
        #expect(!"".containsExactly("a"))
        // A partial match before the real one must not hide it.
        #expect("aab".containsExactly("ab"))
    }

    @Test func replacesEveryOccurrenceLeftToRightWithoutRescanningReplacements() {
        #expect("colour colours".replacingExactly("colour", with: "color") == "color colors")
        #expect("aaa".replacingExactly("aa", with: "b") == "ba")
        #expect("ab".replacingExactly("b", with: "bb") == "abb")
        #expect("无变化".replacingExactly("x", with: "y") == "无变化")
        #expect("发错货了发错货".replacingExactly("发错货", with: "错发") == "错发了错发")
    }

    @Test func spellingVariantsGiveBothSpellingsOfEveryPairOnce() {
        let variants = SpellingVariants.of(["grey colour", "mold", "plain"])
        #expect(variants.sorted() == ["gray colour", "grey color", "mould"])
    }
}
