/// A check on one listing. Each rule is a small type: a static description (documentation, links and examples
/// first) and the check itself.
public protocol ListingRule: Sendable {
    /// Everything about the rule except its logic; also the source of its docs and tests.
    static var description: RuleDescription { get }
    /// Creates the rule (rules are stateless values).
    init()
    /// The findings for `listing`; empty when the listing is fine.
    func check(_ listing: Listing, in context: RuleContext) -> [Finding]
}

/// What a rule sees besides the listing: its profile, the thresholds, and facts about the whole shop.
public struct RuleContext: Sendable {
    /// The product profile of the listing being checked.
    public var profile: ProductProfile
    /// Thresholds in force.
    public var settings: RuleSettings
    /// Facts computed over every listing in the run (for cross-listing rules such as reused boilerplate).
    public var shop: ShopFacts
    /// The word lists in force (built-in, adjusted by the config's `lexicons`).
    public var lexicon: Lexicon
    /// The listing's description folded once by the engine for every rule; read it through
    /// `foldedDescription(of:)`.
    public var sharedDescription: SharedFoldedText?

    public init(
        profile: ProductProfile, settings: RuleSettings = RuleSettings(), shop: ShopFacts = ShopFacts(),
        lexicon: Lexicon = .standard
    ) {
        self.profile = profile
        self.settings = settings
        self.shop = shop
        self.lexicon = lexicon
    }
}
