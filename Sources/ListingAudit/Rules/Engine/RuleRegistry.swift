/// Every rule, in the one order reports use. Add a new rule here (one line) and the generic rule test, `rules`,
/// `explain` and `docs/rules.md` pick it up.
public enum RuleRegistry {
    /// The rules, grouped by family: description, title, then the size, colour, image, identifier and price
    /// families.
    public static let all: [any ListingRule.Type] = [
        EmptyDescriptionRule.self,
        ThinDescriptionRule.self,
        HypeWithoutFactsRule.self,
        HedgeWithoutNumberRule.self,
        MissingProfileFactsRule.self,
        BoilerplateDescriptionRule.self,
        MaterialContradictionRule.self,
        TitleColourNotInOptionsRule.self,
        TitleTooLongRule.self,
        TitlePromotionalRule.self,
        TitleKeywordStuffingRule.self,
        TitleAllCapsRule.self,
        TitleBannedCharactersRule.self,
        MissingSizeOptionsRule.self, SizeWithoutMeasurementsRule.self, MissingDimensionsRule.self,
        InvalidSizeValuesRule.self,
        MissingColourRule.self, VagueColourValuesRule.self, PromisedColoursMissingRule.self, PatternAsColourRule.self,
        MissingMainImageRule.self, TooFewImagesRule.self, DuplicateImagesRule.self, PlaceholderImageRule.self,
        ColourVariantImagesRule.self, MalformedImageURLRule.self, LowResolutionImageRule.self,
        TooManyMainImagesRule.self,
        // Judged only when images are probed (`--probe-images`, `--images`).
        BrokenMainImageRule.self, BrokenImageRule.self, TooSmallImageRule.self, FormatMismatchImageRule.self,
        LargeImageFileRule.self, NotSquareMainImageRule.self, SameFileImagesRule.self, SharedMainImageRule.self,
        // Identifiers and prices.
        InvalidGTINRule.self, SaleAboveRegularPriceRule.self, MissingPriceRule.self,
    ]

    /// Every rule id, in order.
    public static var ids: [String] { all.map { $0.description.id } }

    /// The rule with `id`, if any.
    public static func rule(id: String) -> (any ListingRule.Type)? {
        all.first { $0.description.id == id }
    }

    /// The description of the rule with `id`, if any: looked up, not rebuilt, for the report rows of every finding.
    public static func description(id: String) -> RuleDescription? { descriptionsByID[id] }

    private static let descriptionsByID = Dictionary(
        all.map { ($0.description.id, $0.description) }, uniquingKeysWith: { first, _ in first })

    /// The title and fix of the rule with `id`, if any: all a finding's report row needs of its rule, without
    /// copying its whole description (examples and all) for every finding.
    static func texts(id: String) -> (title: LocalizedText, fix: LocalizedText)? { textsByID[id] }

    private static let textsByID = descriptionsByID.mapValues { (title: $0.title, fix: $0.fix) }

    /// The profiler the engine uses unless given another: the category profiler, with the config's extra category
    /// keywords.
    public static let profiler: ListingProfiler = { listing, settings in
        CategoryProfiler.profile(of: listing, categoryKeywords: settings.categoryKeywords)
    }
}
