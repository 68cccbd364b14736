/// The static description of a rule: identity, severity, prose in both languages, the refund categories it causes,
/// and the examples that document it and that one generic test runs.
public struct RuleDescription: Sendable {
    /// `family.name`, e.g. `size.missing_options`. Stable: reports, configs and baselines use it.
    public let id: String
    /// Default severity (a config may override it).
    public let severity: Severity
    /// A short title.
    public let title: LocalizedText
    /// Why it matters to the buyer and to refunds.
    public let rationale: LocalizedText
    /// What to change in the listing.
    public let fix: LocalizedText
    /// The refund categories this problem causes.
    public let linkedCategories: [RefundCategory]
    /// Whether the rule judges only what `--probe-images` found at the image addresses (`ListingFacts.probedImages`):
    /// it has nothing to say on a listing none of whose images was probed, and the engine does not ask it there
    /// (most runs probe nothing).
    public let readsProbes: Bool
    /// The profiles the rule applies to; `nil` means every profile.
    public let profiles: Set<ProductProfile>?
    /// Whether the rule judges a listing by its words (the Chinese and English word lists): such a rule stays
    /// silent on a listing written in another language (`ListingLanguage.other`) rather than guess.
    public let readsWords: Bool
    /// The profiles on which a rule that reads words judges listings in other languages too, because the facts it
    /// looks for are language-neutral or known in those languages (measurements, and fibres and leather in the
    /// European languages shops write in); empty when it stays silent on them everywhere.
    public let otherLanguageProfiles: Set<ProductProfile>
    /// Listings the rule must flag.
    public let triggeringExamples: [RuleExample]
    /// Listings the rule must leave alone.
    public let nonTriggeringExamples: [RuleExample]

    public init(
        id: String, severity: Severity, title: LocalizedText, rationale: LocalizedText, fix: LocalizedText,
        linkedCategories: [RefundCategory], readsProbes: Bool = false, profiles: Set<ProductProfile>? = nil,
        readsWords: Bool = false,
        otherLanguageProfiles: Set<ProductProfile> = [],
        triggeringExamples: [RuleExample], nonTriggeringExamples: [RuleExample]
    ) {
        self.id = id
        self.severity = severity
        self.title = title
        self.rationale = rationale
        self.fix = fix
        self.linkedCategories = linkedCategories
        self.readsProbes = readsProbes
        self.profiles = profiles
        self.readsWords = readsWords
        self.otherLanguageProfiles = otherLanguageProfiles
        self.triggeringExamples = triggeringExamples
        self.nonTriggeringExamples = nonTriggeringExamples
    }

    /// The family: the part of the id before the dot (`description`, `size`, `colour`, `images`, `title`).
    public var family: String { String(id.prefix { $0 != "." }) }

    /// Whether the rule applies to listings of `profile`.
    public func applies(to profile: ProductProfile) -> Bool {
        profiles?.contains(profile) ?? true
    }
}
