/// A check on one listing: a predicate over the listing's facts. Each rule is a small type: a static description
/// (documentation, links and examples first) and the check itself.
public protocol ListingRule: Sendable {
    /// Everything about the rule except its logic; also the source of its docs and tests.
    static var description: RuleDescription { get }
    /// Creates the rule (rules are stateless values).
    init()
    /// What is wrong with the listing `facts` describe, or `nil` when the listing is fine.
    func check(_ facts: ListingFacts) -> RuleFinding?
}

/// What a rule reports about one listing; the engine adds the listing, the rule id and the configured severity.
public struct RuleFinding: Sendable, Equatable {
    /// What is wrong (rendered in either language when a report writes it).
    public var message: FindingMessage
    /// The phrase, value or count that triggered the finding, quoted from the listing.
    public var evidence: String
    /// Where the evidence was read.
    public var location: SourceLocation
    /// What must hold of the whole export for the finding to stand; the engine decides it once every listing has
    /// been read (`nil`: the finding stands on the listing alone).
    public var condition: ShopCondition?

    public init(message: FindingMessage, evidence: String, location: SourceLocation, condition: ShopCondition? = nil) {
        self.message = message
        self.evidence = evidence
        self.location = location
        self.condition = condition
    }
}

/// A fact about the whole export that a finding depends on, known only after every listing has been read.
public enum ShopCondition: Sendable, Equatable {
    /// Some listing has an image, in the run and in the listing's export: "no image" means something only when the
    /// export carries images (one with none is one note, `ShopFacts.exportsWithoutImages`).
    case exportHasImages
    /// Some listing has more than one image: a feed exported without galleries shows only the main image.
    case exportHasGalleries
    /// Some listing has a description, in the run and in the listing's export: a report whose description column
    /// is a legacy field may have none at all (one note, `ShopFacts.exportsWithoutDescriptionText`).
    case exportHasDescriptions
    /// No listing has a description (the converse, for findings that stand in for `description.empty`).
    case exportLacksDescriptions
    /// The export the listing was read from has a description column: a field the whole export lacks is one note
    /// about the export (`ShopFacts.exportsWithoutDescriptionColumn`), not a finding on every listing.
    case exportHasDescriptionColumn
    /// The export the listing was read from has a column that can carry a choice of colours or sizes (colour, size,
    /// option or variant-attribute columns): a list of titles and prices says nothing of what each listing offers.
    case exportHasOptionColumn
    /// The listing's description is shared by at least `minimum` different products (the finding's message and
    /// evidence are completed with the count: `BoilerplateDescriptionRule.settle`).
    case sharedDescription(minimum: Int)
}

extension ListingRule {
    /// A finding at `field` of the listing.
    func finding(
        _ facts: ListingFacts, at field: ListingField, message: FindingMessage, evidence: String,
        condition: ShopCondition? = nil
    ) -> RuleFinding {
        RuleFinding(
            message: message, evidence: evidence, location: facts.listing.location(of: field), condition: condition)
    }

    /// A finding located where the evidence was read (a variant, an image).
    func finding(
        at location: SourceLocation, message: FindingMessage, evidence: String, condition: ShopCondition? = nil
    ) -> RuleFinding {
        RuleFinding(message: message, evidence: evidence, location: location, condition: condition)
    }
}
