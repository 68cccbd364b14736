import Testing
@testable import ListingAudit

/// The hits of a one-list book of `words` in `text`: quoted text, entry (folded) and negation.
private func matches(
    _ words: [String], in text: String, selection: PhraseBook.Selection = .longestCover
) -> [(text: String, entry: String, negated: Bool)] {
    let book = PhraseBook([PhraseBook.List(words: words, selection: selection, inflects: selection == .every)])
    let folded = FoldedText(text)
    return book.scan(folded)[0].map { hit in
        (folded.quote(hit.range), String(decoding: folded.bytes[hit.range], as: UTF8.self),
         folded.isNegated(at: hit.range.lowerBound))
    }
}

/// The material mentions (false friends left out, negated ones kept) in `text`.
private func mentions(_ text: String, book: PhraseBook = ListingPhrase.standardBook) -> [MaterialMention] {
    ScannedText(text, book: book).matches(.materials).compactMap(MaterialMention.init)
}

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
        let list = ["pu", "pu leather", "棉", "纯棉"]
        #expect(matches(list, in: "PU Leather bag").map(\.entry) == ["pu leather"])
        #expect(matches(list, in: "pump").isEmpty)
        #expect(matches(list, in: "纯棉T恤").map(\.text) == ["纯棉"])
        #expect(matches(list, in: "ＰＵ皮").map(\.text) == ["ＰＵ"])
    }

    @Test func wordsEndAtLettersOfEveryScriptNotOnlyASCII() {
        #expect(matches(["belt"], in: "Astoria Beltà Cuvée Brut").isEmpty)
        #expect(matches(["pu"], in: "puños vueltos").isEmpty)
        #expect(matches(["belt"], in: "Leather belt, brown").map(\.text) == ["belt"])
        #expect(matches(["pcs"], in: "2pcs").map(\.text) == ["pcs"])
    }

    @Test func hyphenatedAndSpacedSpellingsAreOneEntry() {
        #expect(matches(["high quality"], in: "High-quality cotton").map(\.text) == ["High-quality"])
        #expect(matches(["t-shirt"], in: "Cotton T Shirt").map(\.text) == ["T Shirt"])
        #expect(matches(["t-shirt"], in: "2-in-1").isEmpty)
    }

    @Test func keywordListsAcceptPluralsAndOverlaps() {
        #expect(matches(["dress"], in: "Summer dresses", selection: .every).map(\.text) == ["dress"])
        let every = matches(["shoe", "shoe rack"], in: "shoe rack", selection: .every)
        #expect(every.map(\.entry) == ["shoe rack", "shoe"])
        #expect(matches(["dress"], in: "Summer dresses").isEmpty)
    }

    @Test(arguments: [("不起球", true), ("无色差", true), ("不含聚酯纤维", true), ("not premium", true),
                      ("without polyester", true), ("non-toxic", true), ("有色差", false), ("premium", false)])
    func negationIsRecognised(text: String, negated: Bool) throws {
        let found = try #require(
            matches(["起球", "色差", "聚酯纤维", "premium", "polyester", "toxic"], in: text).last)
        #expect(found.negated == negated)
    }

    @Test func materialsIgnoreFalseFriends() {
        #expect(mentions("海绵填充").isEmpty)
        #expect(mentions("冰丝凉席").isEmpty)
        #expect(mentions("棉麻衬衫").first?.families.map(\.id) == ["cotton", "linen"])
        #expect(mentions("304不锈钢保温杯").first?.families.map(\.id) == ["stainless_steel"])
        #expect(mentions("100% Cotton").first?.families.map(\.id) == ["cotton"])
    }

    @Test func leatherKindsAreCompatibleWithLeatherButNotWithEachOther() {
        let leather = MaterialFamily.family("leather")
        let genuine = MaterialFamily.family("genuine_leather")
        let synthetic = MaterialFamily.family("synthetic_leather")
        #expect(leather.isCompatible(with: genuine) && genuine.isCompatible(with: leather))
        #expect(!genuine.isCompatible(with: synthetic))
        #expect(MaterialFamily.family("canvas").isCompatible(with: MaterialFamily.family("cotton")))
        #expect(!MaterialFamily.family("wool").isCompatible(with: MaterialFamily.family("acrylic")))
    }

    @Test func factsCountMeasurementsMaterialsAndSpecsOnce() {
        let facts = FactExtractor.facts(in: "纯棉，全棉，衣长70cm，Type-C 接口，不含涤纶")
        #expect(facts.count == 3)
        #expect(facts.contains(Fact(kind: .material("cotton"), text: "纯棉")))
        #expect(!facts.contains { $0.kind == .material("polyester") })
    }

    /// What is in the box is a fact when a label introduces a list (`In the box: …`) or counts it (`Includes 5 mini
    /// kits`); `includes` with neither is a word of the sentence.
    @Test func boxContentsAreAListOrACount() {
        for text in ["In the box: lamp, cable", "Includes 4 small craft kits", "内含3支画笔", "包装清单：台灯"] {
            #expect(FactExtractor.facts(in: text).contains { $0.kind == .contents }, "\(text)")
        }
        for text in ["Includes hours of fun", "包含无限乐趣", "Shipping included"] {
            #expect(!FactExtractor.facts(in: text).contains { $0.kind == .contents }, "\(text)")
        }
    }

    @Test func hedgesDropFalseFriendsAndNegations() {
        let text = ScannedText("约会穿，无色差，尺寸以实物为准", book: ListingPhrase.standardBook)
        let hedges = text.hits[ListingPhrase.hedges.rawValue].filter(text.isHedge)
        #expect(hedges.map { text.folded.quote($0.range) } == ["以实物为准"])
    }

    /// `affirmed` is every match of the list that is not negated, in text order, and `affirmedTexts` their texts as
    /// written: negated hits (`不起球`, `no polyester`) are left out, repeats kept.
    @Test func affirmedHitsLeaveOutTheNegatedOnes() {
        let texts = [
            "Premium cotton, no polyester, premium feel", "不起球，纯棉，无涤纶，纯棉", "HOT SALE free shipping",
            "not luxurious but stunning", "", "plain text",
        ]
        for source in texts {
            let text = ScannedText(source, book: ListingPhrase.standardBook)
            for list in [ListingPhrase.materials, .hype, .promotional] {
                let expected = text.matches(list).filter { !$0.isNegated }
                #expect(text.affirmed(list) == expected, "\(list) in \(source)")
                #expect(text.affirmedTexts(list) == expected.map(\.text), "\(list) in \(source)")
            }
        }
        // The texts do hold negated hits to leave out, and affirmed ones to keep.
        let cotton = ScannedText("no polyester, soft cotton", book: ListingPhrase.standardBook)
        #expect(cotton.matches(.materials).contains { $0.text == "polyester" && $0.isNegated })
        #expect(cotton.affirmedTexts(.materials) == ["cotton"])
    }

    @Test func coloursAreMatchedStrictlyInTitlesAndBroadlyInOptions() {
        func scanned(_ text: String) -> ScannedText { ScannedText(text, book: ListingPhrase.standardBook) }
        #expect(ColourFamilies.families(inTitle: scanned("黑科技蓝牙耳机")).isEmpty)
        #expect(ColourFamilies.families(inTitle: scanned("藏青色毛衣")).map(\.family) == ["blue"])
        #expect(ColourFamilies.families(inOption: scanned("黑")) == ["black"])
        #expect(ColourFamilies.families(inOption: scanned("Cream")) == ["white"])
    }

    @Test func adjustmentsAddAndRemoveTerms() {
        let lexicon = Lexicon.standard.adjusted(by: [
            "hype": LexiconAdjustment(add: ["绝绝子"], remove: ["百搭"]),
            "materials": LexiconAdjustment(add: ["天丝"]),
        ])
        #expect(Lexicon.contains("绝绝子", in: lexicon.hype))
        #expect(!Lexicon.contains("百搭", in: lexicon.hype))
        let book = ListingPhrase.book(lexicon: lexicon, categoryKeywords: [:])
        #expect(mentions("天丝面料", book: book).count == 1)
        #expect(mentions("天丝面料").isEmpty)
        #expect(Lexicon.contains("百搭", in: Lexicon.standard.hype))
    }

    @Test func sentencesEndAtChineseAndEnglishStops() throws {
        let text = ScannedText("衣长70cm。颜色以实物为准", book: ListingPhrase.standardBook)
        let hedge = try #require(text.hits[ListingPhrase.hedges.rawValue].first(where: text.isHedge))
        #expect(!text.folded.containsDigit(in: text.folded.sentence(around: hedge.range)))
        #expect(text.folded.quote(text.folded.sentence(around: hedge.range)) == "颜色以实物为准")
    }
}
