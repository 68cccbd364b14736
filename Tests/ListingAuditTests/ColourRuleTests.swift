import Testing
@testable import ListingAudit

@Suite struct ColourRuleTests {
    @Test func promisesAreReadInBothLanguages() {
        #expect(ColourPromise.find(in: "夏季T恤 5色可选") == ColourPromise(phrase: "5色可选", count: 5))
        #expect(ColourPromise.find(in: "三种颜色可选") == ColourPromise(phrase: "三种颜色可选", count: 3))
        #expect(ColourPromise.find(in: "多色可选 包邮")?.minimumOptions == 2)
        #expect(ColourPromise.find(in: "Comes in five colours.")?.count == 5)
        #expect(ColourPromise.find(in: "6 colors available")?.count == 6)
        #expect(ColourPromise.find(in: "36色彩铅") == nil)
        #expect(ColourPromise.find(in: "Pairs well with 2 colors of socks") == nil)
    }

    @Test func vagueValuesIncludeLotNumbersButNotNamedColours() {
        for value in ["如图", "随机", "A款", "1号", "款式二", "Color 2", "as picture", "Assorted", "01"] {
            #expect(ColourLexicon.isVague(value), "\(value)")
        }
        for value in ["黑色", "雾霾蓝", "Navy", "白色（如图）", "Olive Green", "L"] {
            #expect(!ColourLexicon.isVague(value), "\(value)")
        }
    }

    @Test func promiseFindingQuotesThePhraseAndCountsOptions() throws {
        let example = RuleExample(title: "亚麻衬衫 4色可选", options: ["颜色": ["白色", "蓝色"]])
        let found = try #require(RuleProbe.findings(PromisedColoursMissingRule.self, example).first)
        #expect(found.evidence == "4色可选")
        #expect(found.message.en.contains("offer 2"))
    }

    @Test func colourWordsInTitlesOfColourBearingGoodsCount() {
        for title in ["Cream Sofa", "Olive Utility Jacket", "Walnut Bedside Table", "Tan Leather Belt"] {
            let example = RuleExample(title: title)
            #expect(RuleProbe.findings(MissingColourRule.self, example).isEmpty, "\(title)")
        }
        #expect(RuleProbe.findings(MissingColourRule.self, RuleExample(title: "Knitted Throw Pillows")).count == 1)
    }
}
