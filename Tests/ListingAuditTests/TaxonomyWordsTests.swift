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

    /// Category paths are read with the built-in words only; Chinese titles have no word boundaries, so the table
    /// holds no Chinese names.
    @Test func taxonomyNamesDecideNeitherCategoriesNorChineseTitles() {
        #expect(facts(title: "New arrival", category: "Armchairs").profile == .general)
        #expect(facts(title: "男士无尾晚礼服").profile == .general)
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
        #expect(facts(title: "Kitchen Set Absorbent Floor Mat").profile != .furniture)
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
