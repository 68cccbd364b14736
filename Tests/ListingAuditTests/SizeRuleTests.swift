import Testing
@testable import ListingAudit

/// Runs one rule on a listing the way the engine does (profile it, skip profiles the rule does not cover), with
/// settings of the test's choosing. The documented examples themselves run in `RuleExampleTests`.
enum RuleProbe {
    static func findings<R: ListingRule>(
        _ rule: R.Type, _ listing: Listing, profile: ProductProfile? = nil, settings: RuleSettings = RuleSettings()
    ) -> [Finding] {
        let profile = profile ?? CategoryProfiler.profile(of: listing)
        guard R.description.applies(to: profile) else { return [] }
        return R().findings(for: listing, profile: profile, settings: settings)
    }

    static func findings<R: ListingRule>(_ rule: R.Type, _ example: RuleExample) -> [Finding] {
        findings(rule, example.listing, profile: example.profile)
    }
}

/// `text` folded and scanned with the built-in lists.
func scanned(_ text: String) -> ScannedText { ScannedText(text, book: ListingPhrase.standardBook) }

@Suite struct SizeRuleTests {
    @Test func fitMeasurementsAndDimensionsAreRecognised() {
        #expect(SizeEvidence.givesFitMeasurements(scanned("胸围 96cm")))
        #expect(SizeEvidence.givesFitMeasurements(scanned("建议90-120斤")))
        #expect(!SizeEvidence.givesFitMeasurements(scanned("ships in 5 mins, 3 colours")))
        #expect(!SizeEvidence.givesFitMeasurements(scanned("iPhone15 Pro")))
        #expect(SizeEvidence.givesDimensions(scanned("1.8米床")))
        #expect(SizeEvidence.givesDimensions(scanned("30L backpack")))
        #expect(SizeEvidence.givesDimensions(scanned("rug 160×230")))
        #expect(!SizeEvidence.givesDimensions(scanned("建议90-120斤")))
    }

    @Test func letterSizeFindingQuotesTheSizesAndPointsAtTheVariant() throws {
        let example = RuleExample(title: "Knit Sweater", options: ["Size": ["S", "M"]])
        let found = try #require(RuleProbe.findings(SizeWithoutMeasurementsRule.self, example).first)
        #expect(found.evidence == "S, M")
        #expect(found.location == example.listing.variants[0].location)
        #expect(found.severity == .warning)
    }

    @Test func invalidSizeValuesQuoteOnlyTheBadOnes() throws {
        let example = RuleExample(title: "连衣裙", options: ["尺码": ["M", "默认", "红色"]])
        let found = try #require(RuleProbe.findings(InvalidSizeValuesRule.self, example).first)
        #expect(found.evidence == "默认, 红色")
    }

    /// Bare numbers count variants when they are 1 to n in any order, none twice (a sign and white space around a
    /// number allowed, as `Int` reads them): then every value is quoted. Numbers with a gap or a repeat are sizes.
    @Test func sizeNumbersCountVariantsOnlyWhenTheyAreOneToN() throws {
        func evidence(_ sizes: [String]) -> String? {
            RuleProbe.findings(InvalidSizeValuesRule.self, RuleExample(title: "Yoga Pants", options: ["Size": sizes]))
                .first?.evidence
        }
        #expect(evidence(["1", "2", "3"]) == "1, 2, 3")
        #expect(evidence(["2", "3", "1"]) == "2, 3, 1")
        #expect(evidence(["1"]) == "1")
        #expect(evidence(["+1", "2"]) == "+1, 2")
        #expect(evidence(["1", "3"]) == nil)
        // The same number written twice (the option values are distinct strings, so only in two spellings).
        #expect(evidence(["1", "+1"]) == nil)
        #expect(evidence(["0", "1", "2"]) == nil)
        #expect(evidence(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]) == nil)
    }

    @Test func standardBedAndPillowSizesCountAsDimensions() {
        let pillowcases = RuleExample(title: "Cotton Pillowcases", options: ["Size": ["Standard", "King"]])
        #expect(RuleProbe.findings(InvalidSizeValuesRule.self, pillowcases).isEmpty)
        #expect(RuleProbe.findings(MissingDimensionsRule.self, pillowcases).isEmpty)
        let bed = RuleExample(title: "Upholstered Bed Frame", options: ["Size": ["Queen", "King"]])
        #expect(RuleProbe.findings(MissingDimensionsRule.self, bed).isEmpty)
        let sofa = RuleExample(title: "布艺沙发", options: ["规格": ["双人位", "三人位"]])
        #expect(RuleProbe.findings(MissingDimensionsRule.self, sofa).count == 1)
    }

    /// A size label states a size only with its value after it in the same clause: a number, a letter size standing
    /// as a word, a Chinese size word of two characters. Each text is a sized garment's whole description.
    @Test(arguments: [
        ("Waist 70 cm, inseam 78 cm.", true), ("Size: M", true), ("Sizes available: S, M, L.", true),
        ("Size Small fits UK 8.", true), ("尺码：均码", true), ("腰围约70cm", true), ("尺码：S-XL", true),
        ("High waist, pressed crease.", false), ("Plus size women's top.", false), ("Plus size women’s top.", false),
        ("Elastic waist, size chart below.", false), ("上衣长袖，纽扣开合", false), ("尺码偏小，建议拍大一码", false),
        ("Sizes vary, see chart", false), ("内径可调节，适合12-16号手指", true), ("Adjustable size, fits most.", true),
        ("可调节尺寸", true), ("Adjustable straps, high waist.", false),
        // A range of sizes needs no label; a range of anything else is no size.
        ("Available S-XL.", true), ("女式短靴 真皮38-46", true), ("现货36~40码", true), ("S, M, L", true),
        ("Model is 175 cm, wears M/L.", true), ("30-40cm long", false), ("2024-2025 new season", false),
        ("Pack of 20 30 pcs", false), ("I m sure it s lovely", false), ("20-30元", false),
    ])
    func sizeLabelCountsOnlyWithItsValue(description: String, states: Bool) {
        let listing = RuleExample(title: "Women's Blouse", description: description, options: ["Color": ["Navy"]])
        #expect(RuleProbe.findings(MissingSizeOptionsRule.self, listing).isEmpty == states, "\(description)")
    }

    @Test func universalFitIsASizeNotAPlaceholder() {
        let cap = RuleExample(title: "纯棉棒球帽", options: ["尺码": ["通用"]])
        #expect(RuleProbe.findings(InvalidSizeValuesRule.self, cap).isEmpty)
        #expect(RuleProbe.findings(MissingSizeOptionsRule.self, cap).isEmpty)
    }
}
