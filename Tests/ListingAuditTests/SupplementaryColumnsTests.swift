import Foundation
import Testing

@testable import ListingAudit

/// Gallery and bullet-point columns beside the mapped ones, and what `description.thin` makes of the text they and
/// pasted HTML leave.
@Suite struct SupplementaryColumnsTests {
    @Test func galleryArraysAndBulletColumnsBelongToTheListing() throws {
        let path = try AdapterFixtures.temporaryFile(
            """
            goods_id,name,detail_html,pic_url,gallery_json,About Product
            7,羽绒枕,,https://a.example/main.jpg,"[""https://a.example/1.jpg"", ""https://a.example/2.jpg""]",
            8,Dinosaur set,,https://a.example/d.jpg,,Includes: four figures | Made in the USA.
            """)
        let result = try ListingLoader.load(path: path)
        let pillow = try #require(result.listing("7"))
        #expect(pillow.images.map(\.url) == [
            "https://a.example/main.jpg", "https://a.example/1.jpg", "https://a.example/2.jpg",
        ])
        let set = try #require(result.listing("8"))
        #expect(set.description == "• Includes: four figures | Made in the USA.")
        #expect(ListingFacts(set).vagueDescriptionFacts == nil)
    }

    @Test func specListsAreTheListingsAttributes() throws {
        let path = try AdapterFixtures.temporaryFile(
            """
            pid,product_name,description,product_specifications
            2,Cycling Shorts,Shorts.,"{""product_specification""=>[{""key""=>""Fabric"", ""value""=>""Cotton Lycra""}, \
            {""key""=>""Color"", ""value""=>""Black""}, {""value""=>""Gentle Machine Wash""}]}"
            3,Mug,A mug.,Ceramic 350 ml
            """)
        let result = try ListingLoader.load(path: path)
        let shorts = try #require(result.listing("2"))
        #expect(shorts.attributes.map { "\($0.name)=\($0.value)" } == [
            "Fabric=Cotton Lycra", "Color=Black", "product_specifications=Gentle Machine Wash",
        ])
        #expect(shorts.description == "Shorts.")
        let mug = try #require(result.listing("3"))
        #expect(mug.attributes.map { "\($0.name)=\($0.value)" } == ["product_specifications=Ceramic 350 ml"])
    }

    /// A sub-title column (严选 `brief`, newbee_mall `goods_intro`) is the listing's `subtitle`, read with the title:
    /// its facts and colours count as the title's, but a placeholder description stays empty.
    @Test func subtitleColumnsAreReadWithTheTitle() throws {
        let path = try AdapterFixtures.temporaryFile(
            """
            goods_id,goods_name,goods_intro,goods_detail_content,briefcase_type
            10003,保湿爽肤水,清润型 400ml,<p>商品介绍加载中...</p>,
            10004,纯棉浴巾,白色 70×140cm,全棉毛圈，柔软吸水。,leather
            """)
        let result = try ListingLoader.load(path: path)
        let toner = try #require(result.listing("10003"))
        #expect(toner.attributes.map { "\($0.name)=\($0.value)" } == ["subtitle=清润型 400ml"])
        let tonerFacts = ListingFacts(toner)
        #expect(tonerFacts.titleFacts.map(\.text) == ["400ml"])
        #expect(RuleProbe.findings(EmptyDescriptionRule.self, toner).count == 1)
        let towel = try #require(result.listing("10004"))
        #expect(!towel.attributes.contains { $0.value == "leather" })
        #expect(RuleProbe.findings(MissingColourRule.self, towel).isEmpty)
        var untitled = towel
        untitled.attributes = []
        #expect(RuleProbe.findings(MissingColourRule.self, untitled).count == 1)
        // Only the whole name: `brief` inside a longer column name is something else.
        #expect(SupplementaryColumns.subtitleNames.contains("brief"))
        #expect(!SupplementaryColumns.subtitleNames.contains("briefcasetype"))
    }

    @Test func specPairsNeedAValue() {
        #expect(SpecificationPairs.pairs(in: "Cotton, machine wash") == nil)
        let escaped = SpecificationPairs.pairs(in: #"{"key"=>"Fabric", "value"=>"Silk \"A\""}"#)
        #expect(escaped?.map { "\($0.key ?? "")=\($0.value)" } == [#"Fabric=Silk "A""#])
        let cut = SpecificationPairs.pairs(in: #"{"key"=>"Fabric", "value"=>"Si"#)
        #expect(cut?.map(\.value) == ["Si"])
    }

    /// The addresses `SupplementaryColumns.forEachImageURL` hands out for a cell of a `|`-separated export, in order.
    private static func imageURLs(in cell: UnsafeBufferPointer<UInt8>) -> [String] {
        var urls: [String] = []
        SupplementaryColumns.forEachImageURL(in: cell, separator: .byte(0x7C)) { urls.append($0) }
        return urls
    }

    @Test func plainGalleryCellsAreSplitByTheColumnSeparator() {
        let urls = "https://a.example/1.jpg|https://a.example/2.jpg".withCString { pointer in
            Self.imageURLs(
                in: UnsafeBufferPointer(start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self),
                    count: strlen(pointer)))
        }
        #expect(urls == ["https://a.example/1.jpg", "https://a.example/2.jpg"])
    }

    @Test func galleryArraysHaveTheirJSONEscapesDecoded() {
        let cell = #"["https:\/\/a.example\/1.jpg?w=1&h=1", " https://a.example/2.jpg ", "", "https://a.exa"#
        let urls = cell.withCString { pointer in
            Self.imageURLs(
                in: UnsafeBufferPointer(start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self),
                    count: strlen(pointer)))
        }
        #expect(urls == ["https://a.example/1.jpg?w=1&h=1", "https://a.example/2.jpg"])
    }

    /// Text pasted from a chatbot keeps `data-start` / `data-end` attributes on its tags: they are stripped with the
    /// tags, and what is left is judged on its facts.
    @Test func chatbotAttributesAreStrippedBeforeTheFactsAreJudged() {
        let html = #"<p data-start="265" data-end="495">A dress for long evenings by the sea.<br data-start="300">"#
            + #" <strong data-start="381" data-end="395">Wear it your way</strong></p>"#
        let text = HTMLText.plainText(html)
        #expect(!text.contains("data-start") && !text.contains("495"))
        let listing = Listing(
            id: "1", title: "Summer dress", description: text, format: .shopify,
            location: SourceLocation(file: "f", line: 2))
        #expect(ThinDescriptionRule().findings(for: listing, shop: ShopFacts()).count == 1)
        let factual = HTMLText.plainText(#"<p data-start="1" data-end="40">Dress in 100% linen.</p>"#)
        let linen = Listing(
            id: "2", title: "Summer dress", description: factual, format: .shopify,
            location: SourceLocation(file: "f", line: 3))
        #expect(ThinDescriptionRule().findings(for: linen, shop: ShopFacts()).isEmpty)
    }

    @Test func keywordDumpsAreToldFromSentences() {
        #expect(KeywordDump.matches("日系复古s925银小鹿耳钉, 日系复古s925银, 小鹿耳钉耳饰复古"))
        #expect(KeywordDump.matches("boho summer dress women, boho summer, dress women"))
        #expect(!KeywordDump.matches("Soft cotton, relaxed fit, machine washable"))
        #expect(!KeywordDump.matches("纯棉面料，宽松版型。"))
        #expect(!KeywordDump.matches("One line only"))
    }

    /// Chinese phrases under a title with no Chinese character are a keyword list in another language, chunks of
    /// one another or not; under a Chinese title, or with a sentence mark or an item without Chinese, they are not.
    @Test func chinesePhrasesUnderAnEnglishTitleAreAKeywordList() {
        let phrases = "厨房锅具, 家用炖锅, 珐琅铸铁锅"
        #expect(KeywordDump.matches(phrases, title: "Enamel Dutch Oven"))
        #expect(KeywordDump.matches("超轻透气跑鞋、男女同款", title: "Running Shoes"))
        #expect(!KeywordDump.matches(phrases, title: "珐琅铸铁炖锅"))
        #expect(!KeywordDump.matches(phrases + "。", title: "Enamel Dutch Oven"))
        #expect(!KeywordDump.matches("厨房锅具, 24 cm", title: "Enamel Dutch Oven"))
        #expect(!KeywordDump.matches("珐琅铸铁锅", title: "Enamel Dutch Oven"))
        #expect(!KeywordDump.matches("Kitchen pot, family casserole", title: "珐琅炖锅"))
        // The material inside such a list is no fact: description.thin reports it, as it does a list of chunks.
        let english = RuleExample(title: "Enamel Dutch Oven", description: phrases).listing
        #expect(ThinDescriptionRule().findings(for: english).count == 1)
        let chinese = RuleExample(title: "珐琅炖锅", description: phrases).listing
        #expect(ThinDescriptionRule().findings(for: chinese).isEmpty)
    }
}
