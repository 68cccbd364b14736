/// Thresholds the rules read. Defaults are the product's recommendation; a config file may change any of them.
public struct RuleSettings: Sendable, Codable, Equatable {
    /// Fewest distinct images a listing should have.
    public var minimumImages = 3
    /// Smallest acceptable image side in pixels, where width/height are known.
    public var minimumImageSide = 800
    /// Fewest informative facts (numbers with units, materials, specs) a description should carry.
    public var minimumDescriptionFacts = 2
    /// Descriptions shorter than this many characters (graphemes) with no facts are thin.
    public var thinDescriptionLength = 30
    /// How many listings must share a description before it counts as reused boilerplate.
    public var boilerplateMinimumListings = 3

    public init() {}
}
