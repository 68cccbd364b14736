import Testing

@testable import ListingAudit

/// Issue 10's false findings, each on listings written here: the mechanism that stops it, and that the rule still
/// fires where it should.
@Suite struct FalseFindingsTests {
    private func listing(
        title: String, description: String = "", options: KeyValuePairs<String, [String]> = [:],
        attributes: [String: String] = [:]
    ) -> Listing {
        RuleExample(title: title, description: description, options: options, attributes: attributes).listing
    }

    // MARK: Children's sizes by age

    @Test(arguments: ["Age", "Months", "Meses", "Talla del calzado", "Talla", "Ramstorlek", "月龄", "Baby months"])
    func ageAndForeignSizeNamesAreSizeOptions(name: String) {
        #expect(OptionNames.kind(of: name) == .size)
    }

    @Test(arguments: ["Age group", "Material", "Estilo", "Edad recomendada del juguete"])
    func otherNamesAreNot(name: String) {
        #expect(OptionNames.kind(of: name) == .other)
    }

    @Test(arguments: [
        ("0-3M", true), ("3-6 M", true), ("6-12 months", true), ("12-18 meses", true), ("6-12-meses", true),
        ("2T", true), ("2 años", true), ("0-3个月", true), ("Newborn", true), ("M", false), ("Red", false),
        ("3 pack", false), ("120cm", false), ("1-2-3", false),
    ])
    func ageSizesAreRecognised(value: String, isAge: Bool) {
        #expect(SizeLexicon.isAgeSize(value) == isAge)
    }

    @Test func ageSizesInAnOptionOfAnyNameAreSizes() {
        let rule = MissingSizeOptionsRule()
        let aged = listing(title: "Baby Cotton Bodysuit", options: ["Estilo": ["0-3M", "3-6M", "6-12M"]])
        let coloured = listing(title: "Baby Cotton Bodysuit", options: ["Estilo": ["Blue", "Pink"]])
        let months = listing(title: "Baby Cotton Bodysuit", options: ["Meses": ["3-6M"]])
        #expect(rule.findings(for: aged, profile: .apparel).isEmpty)
        #expect(rule.findings(for: months, profile: .apparel).isEmpty)
        #expect(rule.findings(for: coloured, profile: .apparel).count == 1)
    }

    // MARK: 简约 is no hedge

    @Test func aOneCharacterHedgeIsAWordOnlyAfterItsMeasurement() {
        let rule = HedgeWithoutNumberRule()
        let minimalist = listing(title: "北欧落地灯", description: "简约高级感，宽松灯罩，客厅卧室都合适。")
        let saving = listing(title: "节能台灯", description: "节约用电，高亮度。")
        let hedged = listing(title: "收纳篮", description: "尺寸约，请自行测量后购买。")
        #expect(rule.findings(for: minimalist).isEmpty)
        #expect(rule.findings(for: saving).isEmpty)
        #expect(rule.findings(for: hedged).map(\.evidence) == ["约"])
    }

    // MARK: Accented words

    private func hits(_ word: String, in text: String) -> Int {
        PhraseBook([PhraseBook.List(words: [word], selection: .every)]).scan(FoldedText(text))[0].count
    }

    @Test func accentedLettersInEitherFormEndAWord() {
        #expect(hits("belt", in: "Astoria Beltà Cuvée Brut") == 0)
        #expect(hits("belt", in: "ASTORIA BELTÀ CUVÉE BRUT") == 0)
        // Decomposed: `a` and a combining grave accent, `s` after a combining acute one.
        #expect(hits("belt", in: "Astoria Belta\u{300} Cuve\u{301}e Brut") == 0)
        #expect(hits("bra", in: "Bra\u{301}s wine") == 0)
        #expect(hits("belt", in: "Leather belt") == 1)
    }

    @Test func aWineNamedBeltàIsNotABelt() {
        for title in ["Astoria Beltà Cuvée Brut", "Astoria Belta\u{300} Cuve\u{301}e Brut"] {
            let wine = listing(title: title, description: "Sparkling wine from Veneto, 750 ml.")
            #expect(RuleEngine().run(listings: [wine]).filter { $0.ruleID.hasPrefix("size.") }.isEmpty)
        }
    }

    @Test func repeatedAccentedWordsAreCountedWhole() {
        let title = listing(title: "Cuvée Brut Cuvée Rosé Cuvée Blanc Gift Set")
        #expect(TitleKeywordStuffingRule().findings(for: title).map(\.evidence) == ["cuvée × 3"])
    }

    // MARK: Composition and capacity facts

    private func kinds(_ text: String) -> [Fact.Kind] { FactExtractor.facts(in: text).map(\.kind) }

    @Test func aShareOfANamedIngredientIsAFact() {
        #expect(kinds("Nothing but 100% essential oils.") == [.measurement(.share)])
        #expect(kinds("70% alcohol") == [.measurement(.share)])
        for claim in ["20% off today", "100% natural ingredients", "100% satisfaction guaranteed", "95%"] {
            #expect(kinds(claim).isEmpty, "\(claim)")
        }
        // The material fact already says it.
        #expect(kinds("100% cotton") == [.material("cotton")])
    }

    @Test func aLabelledIngredientListIsAFact() {
        #expect(kinds("Ingredients: eggs, almond flour, cocoa.") == [.composition])
        #expect(kinds("配料：鸡蛋、杏仁粉。") == [.composition])
        #expect(kinds("Benefits\nCalming.\nIngredients\nAqua, glycerin.") == [.composition])
        // Named in a sentence, not introducing a list.
        #expect(kinds("All-natural, vegan ingredients\nMild.").isEmpty)
        #expect(kinds("No harsh ingredients, ever.").isEmpty)
    }

    @Test func theTitlesNetContentIsAFactOfTheListing() {
        let hype = HypeWithoutFactsRule()
        let oil = "Our premium beard oil: nothing but 100% essential oils."
        #expect(hype.findings(for: listing(title: "Beard Oil 4oz", description: oil)).isEmpty)
        #expect(hype.findings(for: listing(title: "Beard Oil", description: oil)).count == 1)
    }

    // MARK: Languages neither Chinese nor English

    private func language(_ title: String, _ description: String = "") -> ListingLanguage {
        let book = ListingPhrase.standardBook
        return ListingLanguage.of(
            title: ScannedText(title, book: book), description: ScannedText(description, book: book))
    }

    @Test func theLanguageIsToldFromFunctionWords() {
        #expect(language("Lote de 5 camisetas de algodón") == .other)
        #expect(language("Conjunto en azul marino", "Conjunto de algodón para bebé con pantalones cortos.") == .other)
        #expect(language("Cykelhjälm för barn", "Lätt hjälm med ljus och justerbar passform för barn.") == .other)
        #expect(language("Crveno vino", "Suvo crveno vino iz Šumadije, za meso i sireve.") == .other)
        #expect(language("Casa de la Flor candle", "Made with soy wax for your home, and it burns for 40 h.")
            == .english)
        #expect(language("Linen shirt", "Made of linen, with a relaxed fit.") == .english)
        #expect(language("Oak table") == .english)
        #expect(language("纯棉T恤 de la", "de la 纯棉") == .chinese)
    }

    @Test func fillerTextIsNoLanguage() {
        let lorem = listing(
            title: "Linen dress",
            description: "Pellentesque habitant morbi tristique senectus et netus et malesuada fames ac turpis.")
        #expect(ListingFacts(lorem).language == .english)
        #expect(MissingSizeOptionsRule().findings(for: lorem, profile: .apparel).count == 1)
    }

    @Test func wordRulesStaySilentOnOtherLanguagesAndTheRestStillRun() {
        let spanish = RuleExample(
            title: "LOTE DE 6 BODIES DE BEBÉ DE MANGA LARGA DE ALGODÓN ORGÁNICO",
            description: "Conjunto de algodón para bebé en azul marino, con pantalones cortos.",
            images: ["https://img.example.com/bodies.jpg"]).listing
        let rules = Set(RuleEngine().run(listings: [spanish]).map(\.ruleID))
        #expect(!rules.contains("title.keyword_stuffing"))
        #expect(!rules.contains("colour.missing"))
        #expect(!rules.contains("description.thin"))
        // Letters, lengths and pictures are judged in any language.
        #expect(rules.contains("title.all_caps"))
        #expect(rules.contains("images.too_few"))
        let english = listing(title: "Dress Women Summer Dress Floral Dress Long Dress")
        #expect(RuleEngine().run(listings: [english]).contains { $0.ruleID == "title.keyword_stuffing" })
    }

    // MARK: An export without a description column

    private func check(_ text: String, name: String = "export.csv") throws -> (findings: [Finding], facts: ShopFacts) {
        let path = try AdapterFixtures.temporaryFile(text, name: name)
        let engine = RuleEngine()
        let shop = ShopCheck(engine: engine, paths: [path])
        var checked: [RuleEngine.CheckedListing] = []
        _ = try shop.run { checked += $0.checked }
        return (checked.flatMap { engine.settle($0, shop: shop.facts) }, shop.facts)
    }

    @Test func aMissingDescriptionColumnIsOneNoteNotAFindingPerListing() throws {
        var lacking = "Type,SKU,Name,Published,Regular price,Categories,Images\n"
        var empty = "Type,SKU,Name,Published,Description,Regular price,Categories,Images\n"
        for number in 1...3 {
            lacking += "simple,W\(number),Red wine \(number),1,12,Wine,https://img.example.com/\(number).png\n"
            empty += "simple,W\(number),Red wine \(number),1,,12,Wine,https://img.example.com/\(number).png\n"
        }
        let withoutColumn = try check(lacking)
        #expect(withoutColumn.findings.filter { $0.ruleID == "description.empty" }.isEmpty)
        let notes = withoutColumn.facts.exportNotes
        #expect(notes.count == 1)
        #expect(notes.first?.message.en.contains("3 listings") == true)
        #expect(notes.first?.message.zh.contains("3 个商品") == true)
        #expect(ExportGap.descriptionColumn.note(listings: 1).en.contains("its 1 listing cannot"))
        // A description column left empty is the shop's to fill: one finding per listing.
        let withEmptyColumn = try check(empty)
        #expect(withEmptyColumn.findings.filter { $0.ruleID == "description.empty" }.count == 3)
        #expect(withEmptyColumn.facts.exportNotes.isEmpty)
    }

    @Test func aFeedWithoutAdditionalImagesIsOneNoteNotAFindingPerListing() throws {
        func feed(_ extra: String) -> String {
            let items = (1...3).map { number in
                "<item><g:id>M\(number)</g:id><g:title>Mug \(number)</g:title>"
                    + "<g:description>Stoneware mug, 350 ml, dishwasher safe.</g:description>"
                    + "<g:image_link>https://img.example.com/\(number).jpg</g:image_link>"
                    + (number == 1 ? extra : "") + "</item>"
            }
            return "<rss version=\"2.0\" xmlns:g=\"http://base.google.com/ns/1.0\"><channel>"
                + items.joined() + "</channel></rss>"
        }
        let withoutGalleries = try check(feed(""), name: "feed.xml")
        #expect(withoutGalleries.findings.filter { $0.ruleID == "images.too_few" }.isEmpty)
        let notes = withoutGalleries.facts.exportNotes
        #expect(notes.map(\.gap) == [.galleries])
        #expect(notes.first?.message.en.contains("each of its 3 listings shows only its main picture") == true)
        #expect(notes.first?.message.zh.contains("3 个商品都只有一张主图") == true)
        // One item with more pictures: the feed carries galleries, and the others are asked for theirs.
        let extra = "<g:additional_image_link>https://img.example.com/1b.jpg</g:additional_image_link>"
        let withGallery = try check(feed(extra), name: "feed.xml")
        #expect(withGallery.findings.filter { $0.ruleID == "images.too_few" }.map(\.listingID) == ["M2", "M3"])
        #expect(withGallery.facts.exportNotes.isEmpty)
        // The owner of an audit is told once too, in the summary, the terminal and the page.
        let path = try AdapterFixtures.temporaryFile(feed(""), name: "feed.xml")
        let result = try AuditPipeline.run(AuditOptions(listingsPath: path))
        #expect(result.inputs.first?.withoutGalleries == 3)
        expectToldInBothLanguages(ExportGap.galleries.note(listings: 3), by: result)
    }

    @Test func anExportWithoutImageAddressesIsOneNoteNotAFindingPerListing() throws {
        func feed(firstImage: String) -> String {
            var text = "id\ttitle\tdescription\tprice\tlink\timage_link\n"
            for number in 1...3 {
                text += "T\(number)\tOak side table \(number)\tSolid oak, 45 x 45 x 50 cm.\t89.00 EUR\t"
                    + "https://shop.example.com/t\(number)\t\(number == 1 ? firstImage : "")\n"
            }
            return text
        }
        let withoutImages = try check(feed(firstImage: ""), name: "feed.tsv")
        #expect(withoutImages.findings.filter { $0.ruleID == "images.missing_main" }.isEmpty)
        // No picture at all is one gap, said once: not also a feed without additional images.
        let notes = withoutImages.facts.exportNotes
        #expect(notes.map(\.gap) == [.images])
        #expect(notes.first?.message.en.contains("the pictures of its 3 listings cannot be checked") == true)
        #expect(notes.first?.message.zh.contains("3 个商品的图片无法检查") == true)
        // One item with a picture: the feed carries images, and the others are asked for theirs.
        let withImage = try check(feed(firstImage: "https://img.example.com/1.jpg"), name: "feed.tsv")
        #expect(withImage.findings.filter { $0.ruleID == "images.missing_main" }.map(\.listingID) == ["T2", "T3"])
        #expect(withImage.facts.exportNotes.map(\.gap) == [.galleries])
        let path = try AdapterFixtures.temporaryFile(feed(firstImage: ""), name: "feed.tsv")
        let result = try AuditPipeline.run(AuditOptions(listingsPath: path))
        #expect(result.inputs.first?.withoutImages == 3)
        expectToldInBothLanguages(ExportGap.images.note(listings: 3), by: result)
    }

    /// An Amazon listings report may leave its legacy `item-description` blank for the whole catalogue: no finding on
    /// each listing, and one note that the descriptions cannot be checked from this export.
    @Test func aReportThatLeavesEveryDescriptionOutIsOneNote() throws {
        func report(firstDescription: String) -> String {
            var text = "item-name\titem-description\tlisting-id\tseller-sku\tprice\timage-url\n"
            for number in 1...2 {
                text += "Yoga mat \(number)\t\(number == 1 ? firstDescription : "")\tL\(number)\tYM-\(number)\t20\t"
                    + "https://img.example.com/\(number).jpg\n"
            }
            return text
        }
        let withoutDescriptions = try check(report(firstDescription: ""), name: "report.txt")
        #expect(withoutDescriptions.findings.filter { $0.ruleID == "description.empty" }.isEmpty)
        let notes = withoutDescriptions.facts.exportNotes
        #expect(notes.map(\.gap) == [.descriptionText])
        #expect(notes.first?.message.en.contains("the descriptions of its 2 listings cannot be checked") == true)
        #expect(notes.first?.message.zh.contains("2 个商品的描述无法检查") == true)
        // One listing described: the report carries descriptions, and the other is asked for its own.
        let withOne = try check(report(firstDescription: "TPE, 183 x 61 cm, 6 mm thick."), name: "report.txt")
        #expect(withOne.findings.filter { $0.ruleID == "description.empty" }.map(\.listingID) == ["YM-2"])
        #expect(withOne.facts.exportNotes.isEmpty)
    }

    /// A list of titles and prices (a marketplace crawl) has no column for options: "24色可选" in a title cannot be
    /// compared with options the export does not carry. Where the export has a colour column, left empty or not,
    /// and in an audit, the promise is compared as before.
    @Test func promisedColoursAreComparedOnlyWhereTheExportCarriesOptions() throws {
        var titles = "id,title,price\n"
        var withColumn = "id,title,price,颜色\n"
        var withEnglishColumn = "id,title,price,Color\n"
        for number in 1...3 {
            titles += "A\(number),口红 \(number) 号 24色可选,99\n"
            withColumn += "A\(number),口红 \(number) 号 24色可选,99,\(number == 1 ? "正红" : "")\n"
            withEnglishColumn += "A\(number),Lipstick no. \(number) available in 24 colours,99,\n"
        }
        func promised(_ text: String) throws -> [String] {
            try check(text).findings.filter { $0.ruleID == "colour.promised_not_offered" }.map(\.listingID)
        }
        #expect(try promised(titles).isEmpty)
        #expect(try check(titles).facts.exportsWithoutOptionColumn.count == 1)
        #expect(try promised(withColumn) == ["A1", "A2", "A3"])
        #expect(try promised(withEnglishColumn) == ["A1", "A2", "A3"])
        let path = try AdapterFixtures.temporaryFile(titles)
        let result = try AuditPipeline.run(AuditOptions(listingsPath: path))
        #expect(!result.findings.contains { $0.ruleID == "colour.promised_not_offered" })
        // A Google feed without `color` is what the platform shows: it offers no choice of colour.
        let feed = "id\ttitle\tdescription\tprice\tlink\timage_link\tgoogle_product_category\n"
            + "G1\tCanvas Sneakers\tAvailable in 6 colours.\t39.00 USD\thttps://shop.example.com/g1\t"
            + "https://img.example.com/g1.jpg\t187\n"
        let promisedInFeed = try check(feed, name: "feed.tsv").findings.filter {
            $0.ruleID == "colour.promised_not_offered"
        }
        #expect(promisedInFeed.map(\.listingID) == ["G1"])
    }

    @Test func theAuditRecordsTheMissingColumnOnceInsteadOfAFindingPerListing() throws {
        var text = "Type,SKU,Name,Published,Regular price,Categories,Images\n"
        for number in 1...4 {
            text += "simple,W\(number),Red wine \(number),1,12,Wine,https://img.example.com/\(number).png\n"
        }
        let path = try AdapterFixtures.temporaryFile(text)
        let result = try AuditPipeline.run(AuditOptions(listingsPath: path))
        #expect(!result.findings.contains { $0.ruleID == "description.empty" })
        #expect(result.inputs.first?.withoutDescriptionColumn == 4)
        // The owner of an audit is told too, not only `check`'s reader: in the terminal summary and the page.
        expectToldInBothLanguages(ExportGap.descriptionColumn.note(listings: 4), by: result)
    }

    /// Expects `note` in the audit's terminal summary and report page, in Chinese and in English.
    private func expectToldInBothLanguages(_ note: LocalizedText, by result: AuditResult) {
        for language in [Language.zh, .en] {
            #expect(AuditTerminalSummary.render(result, language: language).contains(note.text(language)))
            let page = HTMLReport(result: result, language: language, date: AuditDate("2026-12-02")!)
            #expect(page.render().contains(HTMLEscape.escape(note.text(language))))
        }
    }

    // MARK: What a vague description is asked for

    @Test func aListingOfAnUnknownKindIsNotAskedForElectronicsSpecs() throws {
        // A meal read on a real shop was told it needs "specs (interface, power, compatibility)".
        let meal = listing(title: "Boiled sweet potato", description: "A family favourite, ready when you are.")
        let finding = try #require(ThinDescriptionRule().findings(for: meal).first)
        #expect(!finding.message.en.contains("interface") && !finding.message.zh.contains("接口"))
        #expect(finding.message.en.contains("what is in the box"))
        let charger = listing(title: "USB charger", description: "Charges fast and looks great on any desk.")
        let electronic = try #require(ThinDescriptionRule().findings(for: charger).first)
        #expect(electronic.message.en.contains("interface") && electronic.message.zh.contains("接口"))
    }

    // MARK: Messages that say only what holds of the listing

    /// A Spanish title over the width limit was told "Chinese counts 2"; and all-caps Spanish words were called
    /// English. Each message names what the title holds.
    @Test func messagesOfTitleRulesFitTitlesInAnyLanguage() throws {
        let spanish = (1...5).map { "Monitor de bebé \($0) con cámara" }.joined(separator: " ")
        let long = try #require(TitleTooLongRule().findings(for: listing(title: spanish)).first)
        #expect(long.message.en == "The title has \(spanish.count) characters, over 120")
        #expect(long.message.zh == "标题长度 \(spanish.count) 个字符，超过 120")
        let mixed = String(repeating: "纯棉短袖 cotton tee ", count: 8)
        let wide = try #require(TitleTooLongRule().findings(for: listing(title: mixed)).first)
        #expect(wide.message.en.contains("(Chinese counts 2)") && wide.message.zh.contains("（汉字计 2）"))
        let capitals = try #require(
            TitleAllCapsRule().findings(for: listing(title: "CAMISETA OVERSIZE TRAIN HOMBRE")).first)
        #expect(!capitals.message.en.contains("English") && !capitals.message.zh.contains("英文"))
    }

    /// The finding names what is still missing: a ring whose title names its metal is asked for its measurements,
    /// not its material; a listing whose title states every kind is asked for them all (its description still says
    /// nothing of its own).
    @Test func thinDescriptionsAreAskedForWhatTheTitleDoesNotState() throws {
        let ring = listing(title: "Sterling Silver Ring", description: "A ring for every day.")
        let asked = try #require(ThinDescriptionRule().findings(for: ring).first)
        #expect(asked.message.en.hasSuffix("this kind of product needs: measurements with units"))
        #expect(asked.message.zh.hasSuffix("这类商品需要：带单位的尺寸"))
        let table = listing(title: "Oak Side Table 45 cm", description: "A table for every home.")
        let all = try #require(ThinDescriptionRule().findings(for: table).first)
        #expect(all.message.en.hasSuffix("needs: measurements with units, material / composition"))
    }

    /// A restatement is one phrase with no number: a mark ending it is its own, a clause break or a digit before
    /// its end is not (full-width marks fold to ASCII; `、` and `。` stay).
    @Test(arguments: [
        ("Wooden garden fence", true), ("Wooden garden fence.", true), ("Wooden garden fence!\n", true),
        ("阳台用的陶土花盆。", true), ("阳台用的陶土花盆。 \r\n", true), ("Wooden fence, garden", false),
        ("釉面陶瓷，底部有排水孔。", false), ("釉面陶瓷、透气", false), ("陶瓷。透气", false), ("Oak table. Seats four", false),
        ("Fence panel 180 cm", false), ("90%白鸭绒", false), ("", true),
    ])
    func restatementsAreOnePhraseWithoutNumber(_ text: String, _ expected: Bool) {
        #expect(ListingFacts.isOnePhraseWithoutNumber(FoldedText(text).bytes) == expected)
    }

    // MARK: Spec metafields

    @Test func specMetafieldsAreReadWithTheDescriptionForFacts() {
        let specs = ["custom.product_specifications": "Seat height 45 cm, solid oak frame"]
        let chair = listing(title: "Dining chair", description: "A chair for every home.", attributes: specs)
        let facts = ListingFacts(chair)
        #expect(facts.descriptionFacts.map(\.kind) == [.measurement(.length), .material("solid_wood")])
        #expect(ThinDescriptionRule().findings(for: chair).isEmpty)
        let reviews = listing(
            title: "Dining chair", description: "A chair for every home.",
            attributes: ["reviews.rating_count": "45 cm"])
        #expect(ListingFacts(reviews).descriptionFacts.isEmpty)
        #expect(ThinDescriptionRule().findings(for: reviews).count == 1)
    }

    @Test func aDescriptionOfPicturesOnlyIsSaidToBeOnlyPictures() throws {
        let header = "Handle,Title,Body (HTML),Option1 Name,Option1 Value,Variant Price,Image Src\n"
        let body = "\"<p><IMG src=\"\"https://img.example.com/a.jpg\"\"></p>"
            + "<p><img src=\"\"https://img.example.com/b.jpg\"\"></p>\""
        let row = "pillow,Memory pillow,\(body),Title,Default Title,80,https://img.example.com/c.jpg\n"
        let findings = try check(header + row).findings
        let empty = try #require(findings.first { $0.ruleID == "description.empty" })
        #expect(empty.message.en.contains("only pictures (2)"))
        #expect(empty.message.zh.contains("只有图片（2 张）"))
        let text = try check(header + row.replacingOccurrences(of: "<p><IMG", with: "<p>Cotton cover.<IMG")).findings
        #expect(!text.contains { $0.ruleID == "description.empty" })
    }

    @Test func shopifyMetafieldColumnsReachTheFacts() throws {
        let header = "Handle,Title,Body (HTML),Option1 Name,Option1 Value,Variant Price,Image Src,"
            + "Specifications (product.metafields.custom.product_specifications)\n"
        let row = "chair,Dining chair,<p>A chair for every home.</p>,Title,Default Title,80,"
            + "https://img.example.com/c.jpg,\"Seat height 45 cm, solid oak frame\"\n"
        let findings = try check(header + row).findings
        #expect(!findings.contains { $0.ruleID == "description.thin" })
    }
}
