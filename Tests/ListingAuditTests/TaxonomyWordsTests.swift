import Foundation
import Testing
@testable import ListingAudit

/// `Rules/Profiling/TaxonomyWords.swift` is generated from Shopify's Standard Product Taxonomy by
/// `scripts/generate-taxonomy-tables.py`; the profiler reads it through the listing `PhraseBook`.
@Suite struct TaxonomyWordsTests {
    private static let taxonomy = TestPaths.shared.appendingPathComponent("taxonomy")
    private static let python = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        .map { URL(fileURLWithPath: String($0)).appendingPathComponent("python3") }
        .first(where: { FileManager.default.isExecutableFile(atPath: $0.path) })

    @Test(.enabled(
        if: FileManager.default.fileExists(atPath: taxonomy.path) && python != nil,
        "needs ../shared/taxonomy (Shopify's taxonomy, kept outside the project) and python3"))
    func generatedFileMatchesTheGenerator() throws {
        let process = Process()
        process.executableURL = Self.python
        process.arguments = [
            TestPaths.root.appendingPathComponent("scripts/generate-taxonomy-tables.py").path, Self.taxonomy.path,
        ]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let generated = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let committed = try Data(contentsOf: TestPaths.root.appendingPathComponent(
            "Sources/ListingAudit/Rules/Profiling/TaxonomyWords.swift"))
        #expect(generated == committed, "regenerate with scripts/generate-taxonomy-tables.py (see its header)")
    }

    @Test func everyRowReadsAsAWord() {
        let rows = TaxonomyWords.table.split(separator: "\n")
        #expect(ProductWords.taxonomy.count == rows.count)
        #expect(rows.count > 400)
    }

    private let here = SourceLocation(file: "p.csv", line: 2)

    private func facts(title: String, category: String = "", keywords: [String: [String]] = [:]) -> ListingFacts {
        let listing = Listing(id: "x", title: title, categoryPath: category, format: .generic, location: here)
        return ListingFacts(listing, book: ListingPhrase.book(lexicon: .standard, categoryKeywords: keywords))
    }

    @Test(arguments: ["Slim Fit Tuxedo", "Linen Bermudas", "Surf Boardshorts"])
    func clothesNamedOnlyByTheTaxonomyAreSized(_ title: String) {
        let facts = facts(title: title)
        #expect(facts.profile == .apparel)
        #expect(SizeLexicon.needsSize(facts))
    }

    @Test(arguments: [
        "Furniture > Chairs > Bean Bag Chairs", "家具 > 椅子 > 豆袋椅/懒人沙发",
        "Furniture > Chairs > Armchairs, Recliners & Sleeper Chairs > Armchairs",
    ])
    func furnitureCategoriesNeedDimensions(_ category: String) {
        let facts = facts(title: "New arrival", category: category)
        #expect(facts.profile == .furniture)
        #expect(SizeLexicon.needsDimensions(facts))
    }

    @Test(arguments: [
        ("Classic Black Tuxedo", ProductProfile.apparel), ("Velvet Armchair", .furniture),
        ("Terracotta Planter 20cm", .homeGoods), ("Cedar Fence Panel", .homeGoods),
    ])
    func specificNamesDecideFromTitles(_ title: String, _ expected: ProductProfile) {
        #expect(facts(title: title).profile == expected)
    }

    /// Category paths are read with the built-in words only (and, as heads, prepared food's names:
    /// `PreparedFoodTests`).
    @Test func taxonomyNamesDoNotDecideCategories() {
        #expect(facts(title: "New arrival", category: "Armchairs").profile == .general)
        #expect(facts(title: "New arrival", category: "化妆品").profile == .general)
    }

    /// The Chinese names of the same categories decide Chinese titles, with the same branch and needs: `化妆品`
    /// (`Cosmetics`) makes a skin-care set beauty, which needs no dimensions or colour; `无尾晚礼服` (`Tuxedos`) is
    /// sized clothing; `写字台` and `浴帘`, which no built-in word names, are furniture and a home textile bought by
    /// their dimensions.
    @Test func chineseNamesDecideChineseTitles() {
        #expect(facts(title: "化妆品套装").profile == .beauty)
        let set = facts(title: "品牌化妆品套装 水润透白四件套组 补水")
        #expect(set.profile == .beauty)
        #expect(!SizeLexicon.needsDimensions(set))
        #expect(MissingColourRule().check(set) == nil)
        let tuxedo = facts(title: "男士无尾晚礼服")
        #expect(tuxedo.profile == .apparel)
        #expect(SizeLexicon.needsSize(tuxedo))
        let desk = facts(title: "北欧实木写字台 家用")
        #expect(desk.profile == .furniture)
        #expect(SizeLexicon.needsDimensions(desk))
        #expect(facts(title: "实木婴儿摇篮").profile == .furniture)
        let curtain = facts(title: "防水浴帘 免打孔")
        #expect(curtain.profile == .homeTextiles)
        #expect(SizeLexicon.needsDimensions(curtain))
    }

    /// `四件套` is a piece count: bedding alone or beside a bed, the pieces of what the title names beside anything else,
    /// a taxonomy name included (`ProductWords.pieceCounts`).
    @Test func aFourPieceSetIsBeddingOnlyWhereNothingElseNamesTheProduct() {
        #expect(facts(title: "纯棉四件套 1.8m床").profile == .homeTextiles)
        #expect(facts(title: "全棉磨毛四件套").profile == .homeTextiles)
        #expect(facts(title: "补水保湿化妆品四件套").profile == .beauty)
    }

    /// Generic Chinese names (`礼品`, `套装`, names ending in `配件` or `用品`) are not in the table, and names that
    /// name other things as often (`挂件`: car and phone charms) or sit inside other words (`卡座` in `SIM卡座`,
    /// `和服` in `产品和服务`, `发网` in `批发网红`, `摇篮` in the neutral `摇篮曲`) decide nothing.
    @Test(arguments: [
        "新年礼品套装", "汽车挂件 平安符", "SIM卡座 维修", "优质产品和服务", "演出服配饰", "工厂批发网红爆款", "摇篮曲八音盒",
    ])
    func genericOrGuardedChineseNamesDoNotDecideATitle(_ title: String) {
        #expect(facts(title: title).profile == .general)
    }

    /// The built-in words come first: a taxonomy name decides only where none of them does.
    @Test func builtInWordsOutrankTaxonomyNames() {
        #expect(facts(title: "Armchair Cushion").profile == .homeTextiles)
        let facts = facts(title: "Wool Blazer", category: "Armchairs")
        #expect(facts.profile == .apparel)
    }

    @Test func titlesNamingDimensionalHomeGoodsNeedDimensions() {
        #expect(SizeLexicon.needsDimensions(facts(title: "Terracotta Planter")))
        #expect(SizeLexicon.needsDimensions(facts(title: "Cedar Fence Panel")))
        #expect(!SizeLexicon.needsDimensions(facts(title: "Silicone Spatula")))
    }

    /// Generic names (`Sets`, `Parts`, `Accessories`), names whose noun is generic (`Kitchen Set`) and single words
    /// outside clothes, shoes, furniture and the like (`Memory`, `Date`) are not in the table.
    @Test(arguments: ["Christmas Gift Sets", "Spare Parts", "Accessories", "Date Night Planner", "Memory Lane Print"])
    func genericOrAmbiguousWordsDoNotDecideATitle(_ title: String) {
        #expect(facts(title: title).profile == .general)
    }

    /// `Kitchen Set` (Shopify's kitchen furniture sets) does not make a floor mat furniture.
    @Test func namesWithAGenericNounDoNotDecide() {
        #expect(facts(title: "Kitchen Set Quick-dry Floor Mat").profile != .furniture)
    }

    /// The taxonomy gives a colour attribute to most categories: it is no reason to ask for a colour.
    @Test func profilesTheTaxonomyDecidedAreNotAskedForAColour() {
        let facts = facts(title: "Slim Fit Tuxedo")
        #expect(facts.profile == .apparel)
        #expect(MissingColourRule().check(facts) == nil)
    }

    @Test func aShopsOwnCategoryWordsOverrideTheTaxonomy() {
        let facts = facts(title: "Bean Bag Chair", keywords: ["toys": ["bean bag chair"]])
        #expect(facts.profile == .toys)
        #expect(facts.categoryNeeds == nil)
    }
}
