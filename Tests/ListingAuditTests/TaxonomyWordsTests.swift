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
        #expect(rows.count > 1_000)
    }

    private let here = SourceLocation(file: "p.csv", line: 2)

    private func facts(title: String, category: String = "", keywords: [String: [String]] = [:]) -> ListingFacts {
        let listing = Listing(id: "x", title: title, categoryPath: category, format: .generic, location: here)
        return ListingFacts(listing, book: ListingPhrase.book(lexicon: .standard, categoryKeywords: keywords))
    }

    @Test(arguments: [
        "Apparel & Accessories > Clothing > Suits > Tuxedos", "服饰与配饰 > 服装 > 套装 > 无尾晚礼服",
        "Apparel & Accessories > Clothing > Shorts > Bermudas",
    ])
    func clothingCategoriesAreSized(_ category: String) {
        let facts = facts(title: "New arrival", category: category)
        #expect(facts.profile == .apparel)
        #expect(facts.categoryNeeds?.contains(.sized) == true)
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
        ("Terracotta Planter 20cm", .homeGoods), ("Cedar Fence Panel", .homeGoods), ("男士无尾晚礼服", .apparel),
    ])
    func specificNamesDecideFromTitles(_ title: String, _ expected: ProductProfile) {
        #expect(facts(title: title).profile == expected)
    }

    @Test func titlesNamingDimensionalHomeGoodsNeedDimensions() {
        #expect(SizeLexicon.needsDimensions(facts(title: "Terracotta Planter")))
        #expect(SizeLexicon.needsDimensions(facts(title: "Cedar Fence Panel")))
        #expect(!SizeLexicon.needsDimensions(facts(title: "Silicone Spatula")))
    }

    /// Generic names (`Sets`, `Parts`, `Accessories`) are not in the table; single words outside clothes, shoes,
    /// furniture and the like decide from a category, never from a title (`Apple`, `Date`, `Memory`).
    @Test(arguments: ["Christmas Gift Sets", "Spare Parts", "Accessories", "Date Night Planner", "Memory Lane Print"])
    func genericOrAmbiguousWordsDoNotDecideATitle(_ title: String) {
        #expect(facts(title: title).profile == .general)
    }

    @Test func ambiguousWordsStillDecideACategory() {
        #expect(facts(title: "x", category: "Memory").profile == .electronics)
    }

    @Test func categoriesWithoutAColourAttributeNeedNoColour() {
        let facts = facts(title: "Box Spring", category: "Furniture > Beds & Accessories > Mattress Foundations")
        #expect(facts.profile == .furniture)
        #expect(facts.categoryNeeds?.contains(.coloured) == false)
        #expect(MissingColourRule().check(facts) == nil)
    }

    @Test func aShopsOwnCategoryWordsOverrideTheTaxonomy() {
        let facts = facts(title: "Bean Bag Chair", keywords: ["toys": ["bean bag chair"]])
        #expect(facts.profile == .toys)
        #expect(facts.categoryNeeds == nil)
    }
}
