import Testing

@testable import ListingAudit

/// One thing to fix, one finding: `description.thin` leaves out of its list of needs what another finding on the same
/// listing asks for (a garment's material, dimensions, a size chart), and names it again where the run cannot make
/// that finding.
@Suite struct ThinDescriptionNeedsTests {
    /// The message of each rule's finding on the listing, checked by an engine of `configuration` (and `profiler`).
    private func messages(
        title: String, description: String, options: KeyValuePairs<String, [String]> = [:],
        configuration: AuditConfiguration = AuditConfiguration(), profiler: ListingProfiler? = nil
    ) -> [String: FindingMessage] {
        let listing = RuleExample(title: title, description: description, options: options).listing
        let findings = RuleEngine(configuration: configuration, profiler: profiler).run(listings: [listing])
        return Dictionary(findings.map { ($0.ruleID, $0.message) }, uniquingKeysWith: { first, _ in first })
    }

    @Test func aGarmentWithoutMaterialIsAskedForItOnceByTheProfileFactsFinding() throws {
        let english = messages(title: "Summer dress", description: "Very nice dress, comfy.")
        #expect(english["description.missing_profile_facts"]?.en.contains("material / composition") == true)
        let thin = try #require(english["description.thin"])
        #expect(thin.en.hasSuffix("this kind of product needs: measurements with units, care instructions"))
        let chinese = messages(title: "女士连衣裙", description: "很好看的裙子，穿着舒服。")
        #expect(chinese["description.missing_profile_facts"]?.zh.contains("材质/成分") == true)
        #expect(chinese["description.thin"]?.zh.hasSuffix("这类商品需要：带单位的尺寸、洗护说明") == true)
    }

    @Test func goodsWithoutDimensionsAreAskedForThemOnceByTheDimensionsFinding() throws {
        let english = messages(title: "Storage box", description: "Useful for every home.")
        #expect(english["size.missing_dimensions"] != nil)
        #expect(english["description.thin"]?.en.hasSuffix("this kind of product needs: material / composition") == true)
        let chinese = messages(title: "收纳盒", description: "放在客厅或卧室都可以。")
        #expect(chinese["size.missing_dimensions"] != nil)
        #expect(chinese["description.thin"]?.zh.hasSuffix("这类商品需要：材质/成分") == true)
    }

    /// A garment's measurements are its size chart, which `size.no_measurements` asks of letter sizes.
    @Test func letterSizesWithoutAChartAreAskedForItOnceBySizeNoMeasurements() throws {
        let english = messages(
            title: "Linen dress", description: "Very nice dress, comfy.", options: ["Size": ["S", "M", "L"]])
        #expect(english["size.no_measurements"] != nil)
        #expect(english["description.thin"]?.en.hasSuffix("this kind of product needs: care instructions") == true)
        let chinese = messages(
            title: "亚麻连衣裙", description: "很好看的裙子，穿着舒服。", options: ["尺码": ["S", "M", "L"]])
        #expect(chinese["size.no_measurements"] != nil)
        #expect(chinese["description.thin"]?.zh.hasSuffix("这类商品需要：洗护说明") == true)
    }

    /// A fact no other finding asks for stays: a storage box whose options give its dimensions is asked for them by
    /// no other finding, and its description, which states none, is.
    @Test func whatNoOtherFindingAsksStaysInTheList() throws {
        let sized = messages(
            title: "Storage box", description: "Useful for every home.", options: ["Size": ["30 x 20 x 15 cm"]])
        #expect(sized["size.missing_dimensions"] == nil)
        #expect(
            sized["description.thin"]?.en.hasSuffix("needs: measurements with units, material / composition") == true)
        let sorted = messages(title: "收纳盒", description: "放在客厅或卧室都可以。", options: ["尺寸": ["30×20×15cm"]])
        #expect(sorted["size.missing_dimensions"] == nil)
        #expect(sorted["description.thin"]?.zh.hasSuffix("这类商品需要：带单位的尺寸、材质/成分") == true)
    }

    /// With the other rule off, or silent on a listing in another language, its need is named by `description.thin`.
    @Test func aNeedIsLeftOnlyToAFindingTheRunMakes() throws {
        var off = AuditConfiguration()
        off.disabledRules = ["description.missing_profile_facts"]
        let alone = messages(title: "Summer dress", description: "Very nice dress, comfy.", configuration: off)
        #expect(alone["description.thin"]?.en.hasSuffix(
            "needs: material / composition, measurements with units, care instructions") == true)
        var only = AuditConfiguration()
        only.onlyRules = ["description.thin"]
        let box = messages(title: "收纳盒", description: "放在客厅或卧室都可以。", configuration: only)
        #expect(box["description.thin"]?.zh.hasSuffix("这类商品需要：带单位的尺寸、材质/成分") == true)
        // `description.missing_profile_facts` reads words it knows only in English and Chinese.
        let spanish = messages(
            title: "Vestido de verano", description: "Un vestido muy bonito con un estampado de flores en la falda.",
            profiler: { _, _ in .apparel })
        #expect(spanish["description.missing_profile_facts"] == nil)
        #expect(spanish["description.thin"]?.en.hasSuffix(
            "needs: material / composition, measurements with units, care instructions") == true)
    }

    /// Where the title states everything but what another finding asks, that is named: never the title's material.
    @Test func whatTheTitleStatesIsNeverAllThatIsAsked() throws {
        let english = messages(title: "Clay Plant Pot", description: "Brightens any windowsill.")
        #expect(english["size.missing_dimensions"] != nil)
        #expect(english["description.thin"]?.en.hasSuffix("product needs: measurements with units") == true)
        let chinese = messages(title: "陶土花盆", description: "放在窗台很好看。")
        #expect(chinese["size.missing_dimensions"] != nil)
        #expect(chinese["description.thin"]?.zh.hasSuffix("这类商品需要：带单位的尺寸") == true)
    }
}
