/// Decides a listing's product profile (the category profiler; `RuleEngine.init`'s `profiler` hook).
public typealias ListingProfiler = @Sendable (Listing, RuleSettings) -> ProductProfile

/// Runs rules over listings: computes the shop facts first, then checks listings in parallel chunks and returns
/// the findings in listing order, then rule order, with the configuration applied (rules on or off, severity
/// overrides, per-rule profiles, thresholds, image presets, lexicon changes).
public struct RuleEngine: Sendable {
    /// One rule as configured for this run.
    private struct ActiveRule: Sendable {
        let rule: any ListingRule
        let id: String
        let severity: Severity
        let profiles: Set<ProductProfile>?
    }

    private let rules: [ActiveRule]
    private let configuration: AuditConfiguration
    private let profiler: ListingProfiler
    private let lexicon: Lexicon

    /// - Parameters:
    ///   - rules: the rule types to run, in report order (default: every registered rule).
    ///   - configuration: thresholds, enabled/disabled rules, overrides (default: the defaults).
    ///   - profiler: decides each listing's profile from the listing and its thresholds (category keywords).
    public init(
        rules: [any ListingRule.Type] = RuleRegistry.all, configuration: AuditConfiguration = AuditConfiguration(),
        profiler: @escaping ListingProfiler = RuleRegistry.profiler
    ) {
        let only = Set(configuration.onlyRules)
        let disabled = Set(configuration.disabledRules)
        self.rules = rules.compactMap { type -> ActiveRule? in
            let description = type.description
            guard !disabled.contains(description.id), only.isEmpty || only.contains(description.id) else { return nil }
            return ActiveRule(
                rule: type.init(), id: description.id,
                severity: configuration.severityOverrides[description.id] ?? description.severity,
                profiles: configuration.ruleProfiles[description.id].map(Set.init) ?? description.profiles)
        }
        self.configuration = configuration
        self.profiler = profiler
        lexicon = configuration.lexicon
    }

    /// The ids of the rules that will run, in order.
    public var ruleIDs: [String] { rules.map { $0.id } }

    /// Every finding for `listings`, in listing order, then rule order.
    public func run(listings: [Listing]) -> [Finding] {
        runWithProfiles(listings: listings).findings
    }

    /// Every finding for `listings` (listing order, then rule order) and the profile each listing was checked
    /// under, so callers that also need profiles do not profile every listing a second time.
    public func runWithProfiles(listings: [Listing]) -> (findings: [Finding], profiles: [ProductProfile]) {
        runWithProfiles(listings: listings, shop: ShopFacts.compute(listings))
    }

    /// `runWithProfiles(listings:)` for one batch of a shop whose facts were counted beforehand (a shop streamed in
    /// batches: see `ShopFacts.Tally`).
    public func runWithProfiles(
        listings: [Listing], shop: ShopFacts
    ) -> (findings: [Finding], profiles: [ProductProfile]) {
        let settingsByFormat = Dictionary(uniqueKeysWithValues: ExportFormat.allCases.map {
            ($0, configuration.settings(for: $0))
        })
        let chunks = ParallelChunks(count: listings.count, minimumChunk: 64)
        let parts = chunks.map { range -> ([Finding], [ProductProfile]) in
            var findings: [Finding] = []
            var profiles: [ProductProfile] = []
            profiles.reserveCapacity(range.count)
            for index in range {
                let listing = listings[index]
                let settings = settingsByFormat[listing.format] ?? configuration.thresholds
                let profile = profiler(listing, settings)
                profiles.append(profile)
                findings += check(listing, profile: profile, settings: settings, shop: shop)
            }
            return (findings, profiles)
        }
        return (parts.flatMap { $0.0 }, parts.flatMap { $0.1 })
    }

    /// The findings for one listing, given facts about its shop.
    public func check(_ listing: Listing, shop: ShopFacts) -> [Finding] {
        let settings = configuration.settings(for: listing.format)
        return check(listing, profile: profiler(listing, settings), settings: settings, shop: shop)
    }

    private func check(
        _ listing: Listing, profile: ProductProfile, settings: RuleSettings, shop: ShopFacts
    ) -> [Finding] {
        var context = RuleContext(profile: profile, settings: settings, shop: shop, lexicon: lexicon)
        context.sharedDescription = SharedFoldedText(listing.description)
        var findings: [Finding] = []
        for active in rules where active.profiles?.contains(profile) ?? true {
            for var finding in active.rule.check(listing, in: context) {
                finding.ruleID = active.id
                finding.severity = active.severity
                findings.append(finding)
            }
        }
        return findings
    }
}
