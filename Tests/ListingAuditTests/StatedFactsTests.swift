import Testing

@testable import ListingAudit

/// A listing's facts are found once, as kinds and positions (`StatedFact`), and quoted only where printed or compared
/// by their text. Held to the reading that quoted every fact as it found it (`OldFactReading`): fact for fact, and in
/// every count and question the rules take of them, on seeded random texts and listings in Chinese and English, with
/// numbers and units, ranges, fractions, hedges, negations, HTML and very long texts.
@Suite struct StatedFactsTests {
    /// Pieces of listing text.
    private static let pieces = [
        "衣长７０ｃｍ", "胸围96cm", "10-20cm", "30~40 cm", "30x40x50 cm", "160*230", "1/2 inch", "3/4\"", "1.5kg",
        "约 １.５ 公斤", "1,000 ml", "2件套", "5000mAh", "20W", "a 22-inch wig", "100% essential oils", "100% Cotton",
        "70%棉 30%涤纶", "纯棉", "COTTON", "Polyester", "不含涤纶", "no polyester", "without wool", "Type-C 接口", "蓝牙5.0",
        "USB-C", "type-c", "Machine wash cold", "手洗", "不可漂白", "Made in the USA", "产地：广东", "detachable liner",
        "防水面料", "zip closure", "In the box: lamp, cable", "包装清单：台灯、数据线", "Includes 5 mini kits",
        "Includes hours of fun", "内含3支", "Ingredients: water", "Ingredients\nAqua, glycerin", "配料：水", "约", "左右",
        "about", "approx.", "大概", "尺寸以实物为准", "Colours may vary", "高品质", "premium quality", "百搭",
        "<p>", "</p>", "<br/>", "&nbsp;", "<li>", "<b>Size</b>", "😀", "Ｔ-Shirt", "ÉLÉGANT", "très doux",
        "Solid Oak", "S925银", "18K", "sterling silver", "gold", "Gold", "silver", "rose gold", "Rose Gold", "金色",
        "银色", "玫瑰金", "not gold", "非金色", "，", "。", ", ", ". ", ": ", "\n", " ", "  ", "２０Ｗ", "Ｓｉｌｋ",
        "羊毛", "Genuine Leather", "lava stones", "Tiger eye", "38码", "180 g/m²", "240 gsm", "40支", "½ cup",
    ]

    /// A text of `count` random pieces.
    private static func text(_ generator: inout SeededGenerator, pieces count: Int) -> String {
        (0..<count).map { _ in pieces[generator.below(pieces.count)] }.joined()
    }

    /// A random number of pieces: mostly a listing's few, now and then a very long text.
    private static func length(_ generator: inout SeededGenerator) -> Int {
        generator.below(20) == 0 ? 200 + generator.below(600) : generator.below(12)
    }

    /// The extraction's facts, quoted, are the old reading's, in the same order, for one text and for a text read
    /// with others after it (a description and spec metafields, a title and its sub-title), whichever slice holds
    /// the others.
    @Test func statedFactsQuoteAsTheOldReadingFoundThem() {
        var generator = SeededGenerator(seed: 37_0002)
        let book = ListingPhrase.standardBook
        for _ in 0..<2_000 {
            let first = ScannedText(Self.text(&generator, pieces: Self.length(&generator)), book: book)
            let rest = (0..<generator.below(3)).map { _ in
                ScannedText(Self.text(&generator, pieces: generator.below(6)), book: book)
            }
            let old = OldFactReading.facts(in: first, then: rest)
            let stated = FactExtractor.stated(in: first, then: rest[...])
            #expect(stated.map(\.kind.factKind) == old.map(\.kind), "\(first.source) | \(rest.map(\.source))")
            #expect(StatedFact.facts(stated, in: first, then: rest[...]) == old, "\(first.source)")
            // The same texts held in a slice that does not start at 0.
            let shifted = ([first] + rest).dropFirst()
            #expect(StatedFact.facts(FactExtractor.stated(in: first, then: shifted), in: first, then: shifted) == old)
            #expect(FactExtractor.facts(in: [first] + rest) == old)
        }
    }

    /// Specs are stated once each, the first mention, however many a text names: the first eight are held in place
    /// and the rest in an array (`FactExtractor.SpecValues`), so texts of up to twenty different specs, repeated and
    /// in any order, are held to the old reading, which kept them all in one array.
    @Test func specsPastEightAreEachStatedOnce() {
        var generator = SeededGenerator(seed: 39_0003)
        let book = ListingPhrase.standardBook
        let specs = [
            "USB", "HDMI", "Bluetooth", "WiFi", "NFC", "Lightning", "iPhone", "iPad", "MacBook", "AirPods", "Galaxy",
            "Pixel", "PS5", "蓝牙", "华为", "小米", "荣耀", "IPX7", "IP68", "3.5mm",
        ]
        for _ in 0..<500 {
            let picked = (0..<(1 + generator.below(40))).map { _ in specs[generator.below(specs.count)] }
            let text = ScannedText(picked.joined(separator: generator.below(2) == 0 ? ", " : "，"), book: book)
            let stated = FactExtractor.stated(in: text, then: [])
            #expect(StatedFact.facts(stated, in: text, then: []) == OldFactReading.facts(in: text, then: []))
            let named = Set(text.hits[ListingPhrase.specs.rawValue].map(\.value))
            #expect(stated.count { $0.kind == .spec } == named.count)
        }
        // Twelve different specs, then each again: twelve facts, the first mentions.
        let twelve = Array(specs.prefix(12))
        let text = ScannedText((twelve + twelve.reversed()).joined(separator: " / "), book: book)
        let stated = FactExtractor.stated(in: text, then: [])
        #expect(stated.allSatisfy { $0.kind == .spec })
        #expect(stated.map { text.folded.quote($0.range) } == twelve)
    }

    /// A description of about a megabyte naming the same twenty specs over and over states each spec once. Each
    /// mention is tested against at most the twenty values found before it, so this takes under a second in a debug
    /// build; nothing here is timed (a wall-clock limit fails when the parallel suite keeps the test waiting), and a
    /// repeat test gone quadratic in the mentions would keep the suite past CI's limit.
    @Test func aMegabyteOfSpecsStatesEachSpecOnce() {
        let specs = [
            "USB", "HDMI", "Bluetooth", "WiFi", "NFC", "Lightning", "iPhone", "iPad", "MacBook", "AirPods", "Galaxy",
            "Pixel", "PS5", "蓝牙", "华为", "小米", "荣耀", "IPX7", "IP68", "Type-C",
        ]
        let source = (0..<140_000).map { specs[$0 % specs.count] }.joined(separator: ", ")
        #expect(source.utf8.count > 1_000_000)
        let text = ScannedText(source, book: ListingPhrase.standardBook)
        let stated = FactExtractor.stated(in: text, then: [])
        #expect(stated.map { text.folded.quote($0.range) } == specs)
    }

    /// Each stated fact points at the text it was found in and at the folded bytes the old reading quoted.
    @Test func statedFactsPointAtTheirOwnText() {
        let book = ListingPhrase.standardBook
        let first = ScannedText("Soft cotton, 70 cm.", book: book)
        let rest = ["手洗，衣长68cm", "Type-C"].map { ScannedText($0, book: book) }
        let stated = FactExtractor.stated(in: first, then: rest[...])
        #expect(stated.map(\.text) == [0, 1, 0, 2, 1])
        let cotton = StatedFact.Kind.material(MaterialFamily.ids.firstIndex(of: "cotton")!)
        #expect(stated.map(\.kind) == [.measurement(.length), .measurement(.length), cotton, .spec, .care])
        let texts = [first] + rest
        #expect(stated.map { texts[$0.text].folded.quote($0.range) } == ["70 cm", "68cm", "cotton", "Type-C", "手洗"])
    }

    /// Random listings: title (with a sub-title now and then), description, spec metafields, profiles jewellery
    /// included. Their facts, counts and the questions the rules ask of them are the old reading's.
    @Test func listingsCountTheirFactsAsTheOldReadingDid() {
        var generator = SeededGenerator(seed: 37_0003)
        let profiles: [ProductProfile?] = [nil, .jewellery, .jewellery, .apparel, .electronics, .food, .general]
        let kinds: [Fact.Kind] = UnitDimension.allCases.map { .measurement($0) } + [
            .material("cotton"), .material("silver"), .spec, .composition, .care, .contents, .origin, .construction,
            .tone("gold"), .tone("silver"), .tone("rose gold"),
        ]
        for index in 0..<2_000 {
            var attributes: [Attribute] = []
            let place = SourceLocation(file: "x.csv", line: index + 2)
            if generator.below(4) == 0 {
                let value = Self.text(&generator, pieces: 1 + generator.below(4))
                attributes.append(Attribute(name: "custom.product_specifications", value: value, location: place))
            }
            if generator.below(6) == 0 {
                let value = Self.text(&generator, pieces: 1 + generator.below(3))
                attributes.append(Attribute(name: Attribute.subtitleName, value: value, location: place))
            }
            let listing = Listing(
                id: "L\(index)", title: Self.text(&generator, pieces: generator.below(5)),
                description: Self.text(&generator, pieces: Self.length(&generator)), attributes: attributes,
                format: .generic, location: place)
            let facts = ListingFacts(listing, profile: profiles[generator.below(profiles.count)])
            let old = Self.oldFacts(facts)
            let context = "\(listing.title) | \(listing.description) | \(attributes.map(\.value))"
            #expect(facts.titleFacts == old.title, "\(context)")
            #expect(facts.descriptionFacts == old.description, "\(context)")
            #expect(
                facts.titleAndDescriptionFactCount
                    == OldFactReading.mergedCount(title: old.title, description: old.description), "\(context)")
            #expect(facts.vagueDescriptionFacts == Self.oldVague(facts, described: old.description), "\(context)")
            let oldInformative = facts.isKeywordDump ? [] : old.description.filter { $0.kind != .measurement(.textile) }
            #expect(facts.informativeFacts == oldInformative, "\(context)")
            for kind in kinds {
                let oldStates = (old.description + old.title).contains { $0.kind == kind }
                #expect(facts.titleOrDescriptionStates { $0.factKind == kind } == oldStates, "\(kind) \(context)")
            }
        }
    }

    /// The old reading of a listing's title and description facts (with a jewellery description's tones).
    private static func oldFacts(_ facts: ListingFacts) -> (title: [Fact], description: [Fact]) {
        let subtitle = facts.subtitle.map { [$0] } ?? []
        let title = OldFactReading.facts(in: facts.title, then: subtitle)
        let found = OldFactReading.facts(in: facts.description, then: facts.specTexts)
        guard facts.profile == .jewellery else { return (title, found) }
        let tones = OldFactReading.tones(
            in: [facts.description] + facts.specTexts, title: [facts.title] + subtitle, titleFacts: title,
            described: found)
        return (title, tones.isEmpty || facts.isKeywordDump ? found : found + tones)
    }

    /// `vagueDescriptionFacts` as it was worked out over the quoted facts.
    private static func oldVague(_ facts: ListingFacts, described: [Fact]) -> [Fact]? {
        guard case .written = facts.descriptionState else { return nil }
        let informative = described.filter { $0.kind != .measurement(.textile) }
        var restated = 0
        if facts.descriptionContent.weightedLength <= ListingFacts.restatementLength,
            ListingFacts.isOnePhraseWithoutNumber(facts.description.folded.bytes)
        {
            let titleWords = facts.title.entries(.materials) + (facts.subtitle?.entries(.materials) ?? [])
            if !titleWords.isEmpty, facts.description.entries(.materials).allSatisfy(titleWords.contains) {
                restated = described.count(where: \.isMaterial)
            }
        }
        let count = informative.count - restated
        let isDump = count > 0 && facts.isKeywordDump
        guard (isDump ? 0 : count) < facts.settings.vagueDescriptionFacts else { return nil }
        return isDump ? [] : informative
    }
}
