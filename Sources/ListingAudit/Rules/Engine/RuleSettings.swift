/// Thresholds the rules read. Defaults are the product's recommendation; a config file may change any of them
/// (`thresholds` in the config; `categoryKeywords` is set from the config's top-level key of that name).
public struct RuleSettings: Sendable, Codable, Equatable {
    /// Fewest distinct images a listing should have.
    public var minimumImages = 3
    /// Smallest acceptable image side in pixels, where width/height are known.
    public var minimumImageSide = 800
    /// Fewest informative facts (numbers with units, materials, specs) a description should carry.
    public var minimumDescriptionFacts = 2
    /// A written description whose title and description state fewer informative facts than this is vague
    /// (`description.thin`), whatever its length.
    public var vagueDescriptionFacts = 1
    /// How many listings must share a description before it counts as reused boilerplate.
    public var boilerplateMinimumListings = 3
    /// Longest acceptable title, counting a Chinese character as 2 and a Latin character as 1 (Taobao and Douyin
    /// allow 60, i.e. 30 汉字; Google Merchant 150; Amazon recommends under 80 characters).
    public var maximumTitleWidth = 120
    /// How often one word may appear in a title before it counts as keyword stuffing.
    public var maximumTitleWordRepeats = 2
    /// Extra category keywords per profile (profile raw value → keywords), for the category profiler.
    public var categoryKeywords: [String: [String]] = [:]
    /// Probed images whose longer side is under this many pixels are rejected by the platform (from the image
    /// preset; not a threshold key).
    public var hardMinimumImageSide = 100
    /// Largest image file the platform accepts, in bytes (from the image preset; not a threshold key).
    public var maximumImageBytes = 10 << 20
    /// Whether the platform wants the main image square (from the image preset; not a threshold key).
    public var squareMainImage = false
    /// The platform whose limits apply (`PlatformProfile`; not a threshold key), `nil` when none does.
    public var platform: String?
    /// Whether title width counts a Chinese character as 2 (from the platform; not a threshold key).
    public var titleCountsChineseDouble = true
    /// Characters the platform bans in titles (from the platform; not a threshold key).
    public var bannedTitleCharacters: [Unicode.Scalar] = []
    /// Most main images the platform takes (from the platform; not a threshold key), `nil` for no limit.
    public var maximumMainImages: Int?
    /// Whether the platform requires a colour of jewellery as of clothing (from the platform; not a threshold key).
    public var jewelleryNeedsColour = false

    public init() {}

    /// The threshold keys a config's `thresholds` object accepts, in documentation order.
    public static let thresholdKeys = CodingKeys.allCases.map(\.rawValue)

    /// Threshold keys of earlier versions, with the key that replaced each: `thinDescriptionLength` (a length in
    /// characters) gave way to `vagueDescriptionFacts` when descriptions came to be judged by their facts.
    static let retiredThresholdKeys = ["thinDescriptionLength": CodingKeys.vagueDescriptionFacts.rawValue]

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case minimumImages, minimumImageSide, minimumDescriptionFacts, vagueDescriptionFacts
        case boilerplateMinimumListings, maximumTitleWidth, maximumTitleWordRepeats
    }

    /// Decodes any subset of the thresholds (missing keys keep their defaults); an unknown key is an error that
    /// names it.
    public init(from decoder: any Decoder) throws {
        try StrictKeys.check(decoder, allowed: Self.thresholdKeys, retired: Self.retiredThresholdKeys)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func read(_ key: CodingKeys, _ value: inout Int) throws {
            guard let decoded = try container.decodeIfPresent(Int.self, forKey: key) else { return }
            guard decoded >= 0 else {
                throw ConfigurationError.invalidValue(
                    key: StrictKeys.path(decoder.codingPath, key.rawValue), reason: .negative)
            }
            value = decoded
        }
        try read(.minimumImages, &minimumImages)
        try read(.minimumImageSide, &minimumImageSide)
        try read(.minimumDescriptionFacts, &minimumDescriptionFacts)
        try read(.vagueDescriptionFacts, &vagueDescriptionFacts)
        try read(.boilerplateMinimumListings, &boilerplateMinimumListings)
        try read(.maximumTitleWidth, &maximumTitleWidth)
        try read(.maximumTitleWordRepeats, &maximumTitleWordRepeats)
    }
}

/// One format's settings, held by reference: the engine makes one per format and every listing's facts keep it
/// (`ListingFacts.settings`), one reference retained per listing where a copy of the value retained each of its
/// references. With them, which rules the run checks and where (`ListingFacts.isChecked(by:)`).
final class SharedRuleSettings: Sendable {
    let value: RuleSettings
    /// The reach of each rule the run checks.
    let reaches: RuleReaches

    init(_ value: RuleSettings, reaches: RuleReaches = .standard) {
        self.value = value
        self.reaches = reaches
    }
}
