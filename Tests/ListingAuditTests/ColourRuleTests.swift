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

    @Test func aShadeNameEndingInAColourCharacterNamesTheColour() {
        // A word of its own, two to four Chinese characters, ending in a colour character: a variant's shade.
        for title in ["纯棉T恤 晴空蓝", "针织开衫 月光灰, M", "卫衣 紫 L", "连衣裙 (落日粉)", "衬衫 蓝"] {
            #expect(ColourLexicon.namesColourAlone(scanned(title)), "\(title)")
        }
        // Inside a longer word, first in a word, a word of five characters, metals and idioms: no colour named.
        for title in ["黑科技发热内衣", "T恤 蓝调 L", "水滴耳环 合金", "纯银 耳钉", "ins风 网红 卫衣",
                      "纯棉T恤 晴朗天空蓝", "T恤 蓝牙"] {
            #expect(!ColourLexicon.namesColourAlone(scanned(title)), "\(title)")
        }
    }

    /// The colours of a check or a stripe end their word before the pattern's name; a pattern alone, or one a
    /// colour character does not end the word before, names none.
    @Test func aColourBeforeAPatternsNameNamesTheColour() {
        for title in ["居家地毯 蓝灰格", "衬衫 黑白条纹", "围巾 红格纹, 180cm", "桌布 (绿格)"] {
            #expect(ColourLexicon.namesColourAlone(scanned(title)), "\(title)")
        }
        for title in ["居家地毯 格纹", "衬衫 条纹", "围巾 合金格", "衬衫 蓝格子衫", "地毯 蓝灰格调"] {
            #expect(!ColourLexicon.namesColourAlone(scanned(title)), "\(title)")
        }
    }

    @Test func jewelleryMetalsNameTheirTone() {
        for text in ["925 sterling silver hoops", "18K gold plated chain", "黄铜耳环", "S925银耳钉", "Solid brass cuff"] {
            #expect(ColourLexicon.namesMetalTone(scanned(text)), "\(text)")
        }
        for text in ["Alloy drop earrings", "钛钢项链", "Stainless steel bangle", "合金耳环", "not gold plated"] {
            #expect(!ColourLexicon.namesMetalTone(scanned(text)), "\(text)")
        }
    }

    @Test func bareWoodAndRattanNameAFurnitureTone() {
        for text in ["Wooden bedside table", "Solid wood frame", "实木框架", "藤编椅", "Bamboo shelf"] {
            #expect(ColourLexicon.namesFurnitureTone(scanned(text)), "\(text)")
        }
        for text in ["MDF bedside table", "密度板框架", "Steel frame", "not wooden", "Velvet sofa on wooden legs"] {
            #expect(!ColourLexicon.namesFurnitureTone(scanned(text)), "\(text)")
        }
        // The fabric may be named in the other text.
        #expect(!ColourLexicon.namesFurnitureTone(scanned("Wooden Armchair"), scanned("Cotton cushion")))
        #expect(RuleProbe.findings(MissingColourRule.self, RuleExample(title: "Antique Drawers",
            description: "Restored wooden chest of drawers")).isEmpty)
    }

    /// Jewellery is asked for a colour only where the platform requires one (Google Merchant's `color`); a metal
    /// named gives the tone there.
    @Test func jewelleryNeedsAColourWhereThePlatformRequiresOne() {
        let google = AuditConfiguration().settings(for: .googleMerchant)
        #expect(google.jewelleryNeedsColour)
        #expect(!AuditConfiguration().settings(for: .shopify).jewelleryNeedsColour)
        #expect(!RuleSettings().jewelleryNeedsColour)
        let earrings = RuleExample(title: "Vintage Style Statement Earrings for Women").listing
        #expect(RuleProbe.findings(MissingColourRule.self, earrings, settings: google).count == 1)
        #expect(RuleProbe.findings(MissingColourRule.self, earrings).isEmpty)
        let silver = RuleExample(title: "Retro Sterling Silver Earrings").listing
        #expect(RuleProbe.findings(MissingColourRule.self, silver, settings: google).isEmpty)
        // Told from the category when the title does not say.
        let bracelet = RuleExample(title: "Open Cuff with Cut-out Petals", category: "Bracelets & Bangles").listing
        #expect(CategoryProfiler.profile(of: bracelet) == .jewellery)
        #expect(RuleProbe.findings(MissingColourRule.self, bracelet, settings: google).count == 1)
    }
}
