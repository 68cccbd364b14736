import Testing
@testable import ListingAudit

@Suite struct LexiconTests {
    @Test(arguments: [
        ("衣长70cm", "70cm", UnitDimension.length),
        ("约 1.5 公斤", "1.5 公斤", .weight),
        ("尺寸：30x40x50 cm", "30x40x50 cm", .length),
        ("30*40厘米", "30*40厘米", .length),
        ("５０００ｍＡｈ大容量", "５０００ｍＡｈ", .charge),
        ("净含量500ml", "500ml", .volume),
        ("60-70cm", "60-70cm", .length),
        ("1,000 mAh", "1,000 mAh", .charge),
        ("Length 98 cm.", "98 cm", .length),
        ("15.6\" laptop", "15.6\"", .length),
        ("20W charger", "20W", .power),
        ("38码", "38码", .sizeNumber),
        ("3件套", "3件套", .quantity),
        ("a 22-inch wig", "22-inch", .length),
        ("5-litre tank", "5-litre", .volume),
    ])
    func measurementsAreFound(text: String, quoted: String, dimension: UnitDimension) throws {
        let found = try #require(MeasurementScanner.measurements(in: text).first)
        #expect(found.text == quoted)
        #expect(found.dimension == dimension)
    }

    @Test(arguments: ["5 gold rings", "2 in 1 cable", "iPhone 15 case", "304不锈钢", "3D立体", "95%", "7天无理由",
        "2-in-1 cable", "4-H club"])
    func numbersWithoutUnitsAreNotMeasurements(text: String) {
        #expect(MeasurementScanner.measurements(in: text).isEmpty)
    }

    @Test func measurementValueIsTheFirstNumber() throws {
        let found = try #require(MeasurementScanner.measurements(in: "桌面 120x60cm").first)
        #expect(found.value == 120)
    }

    @Test func termsMatchLongestFirstAndWholeWordsOnly() {
        let list = TermList(["pu", "pu leather", "棉", "纯棉"])
        #expect(list.matches(in: "PU Leather bag").map(\.term) == ["pu leather"])
        #expect(list.matches(in: "pump").isEmpty)
        #expect(list.matches(in: "纯棉T恤").map(\.text) == ["纯棉"])
        #expect(list.matches(in: "ＰＵ皮").map(\.text) == ["ＰＵ"])
    }

    @Test(arguments: [("不起球", true), ("无色差", true), ("不含聚酯纤维", true), ("not premium", true),
                      ("without polyester", true), ("non-toxic", true), ("有色差", false), ("premium", false)])
    func negationIsRecognised(text: String, negated: Bool) throws {
        let list = TermList(["起球", "色差", "聚酯纤维", "premium", "polyester", "toxic"])
        let match = try #require(list.matches(in: text).last)
        #expect(match.isNegated == negated)
    }

    @Test func materialsIgnoreFalseFriends() {
        let materials = Lexicon.standard.materials
        #expect(materials.mentions(in: "海绵填充").isEmpty)
        #expect(materials.mentions(in: "冰丝凉席").isEmpty)
        #expect(materials.mentions(in: "棉麻衬衫").first?.families.map(\.id) == ["cotton", "linen"])
        #expect(materials.mentions(in: "304不锈钢保温杯").first?.families.map(\.id) == ["stainless_steel"])
        #expect(materials.mentions(in: "100% Cotton").first?.families.map(\.id) == ["cotton"])
    }

    @Test func leatherKindsAreCompatibleWithLeatherButNotWithEachOther() {
        let leather = MaterialLexicon.family("leather")
        let genuine = MaterialLexicon.family("genuine_leather")
        let synthetic = MaterialLexicon.family("synthetic_leather")
        #expect(leather.isCompatible(with: genuine) && genuine.isCompatible(with: leather))
        #expect(!genuine.isCompatible(with: synthetic))
        #expect(MaterialLexicon.family("canvas").isCompatible(with: MaterialLexicon.family("cotton")))
        #expect(!MaterialLexicon.family("wool").isCompatible(with: MaterialLexicon.family("acrylic")))
    }

    @Test func factsCountMeasurementsMaterialsAndSpecsOnce() {
        let facts = FactExtractor.facts(in: "纯棉，全棉，衣长70cm，Type-C 接口，不含涤纶")
        #expect(facts.count == 3)
        #expect(facts.contains(Fact(kind: .material("cotton"), text: "纯棉")))
        #expect(!facts.contains { $0.kind == .material("polyester") })
    }

    @Test func hedgesDropFalseFriendsAndNegations() {
        let hedges = Lexicon.standard.hedgeMatches(in: FoldedText("约会穿，无色差，尺寸以实物为准"))
        #expect(hedges.map(\.text) == ["以实物为准"])
    }

    @Test func coloursAreMatchedStrictlyInTitlesAndBroadlyInOptions() {
        let colours = ColourFamilies.standard
        #expect(colours.families(inTitle: "黑科技蓝牙耳机").isEmpty)
        #expect(colours.families(inTitle: "藏青色毛衣").map(\.family) == ["blue"])
        #expect(colours.families(inOption: "黑") == ["black"])
        #expect(colours.families(inOption: "Cream") == ["white"])
    }

    @Test func adjustmentsAddAndRemoveTerms() {
        let lexicon = Lexicon.standard.adjusted(by: [
            "hype": LexiconAdjustment(add: ["绝绝子"], remove: ["百搭"]),
            "materials": LexiconAdjustment(add: ["天丝"]),
        ])
        #expect(lexicon.hype.contains("绝绝子"))
        #expect(!lexicon.hype.contains("百搭"))
        #expect(lexicon.materials.mentions(in: "天丝面料").count == 1)
        #expect(Lexicon.standard.hype.contains("百搭"))
    }

    @Test func sentencesEndAtChineseAndEnglishStops() {
        let text = FoldedText("衣长70cm。颜色以实物为准")
        let hedge = Lexicon.standard.hedgeMatches(in: text)[0]
        #expect(!text.containsDigit(in: text.sentence(around: hedge.range)))
    }
}
