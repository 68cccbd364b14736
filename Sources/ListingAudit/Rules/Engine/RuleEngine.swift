/// Decides a listing's product profile instead of the category profiler (`RuleEngine.init`'s `profiler` hook).
public typealias ListingProfiler = @Sendable (Listing, RuleSettings) -> ProductProfile

/// Runs rules over listings with the configuration applied (rules on or off, severity overrides, per-rule profiles,
/// thresholds, image presets, lexicon changes). Each listing's facts are computed once and every rule reads them.
///
/// A listing is checked on its own (`check`); findings that depend on the whole export (`ShopCondition`) wait in
/// the result until `settle` is given the shop's facts, so a shop streams through in one pass.
public struct RuleEngine: Sendable {
    /// One rule as configured for this run.
    private struct ActiveRule: Sendable {
        let rule: any ListingRule
        let id: String
        let severity: Severity
        /// The profiles it runs on, and those on which it judges listings in other languages.
        let reach: RuleReach
        /// Whether it judges probed images alone (`RuleDescription.readsProbes`).
        let readsProbes: Bool
    }

    /// One listing checked: its findings in rule order (some waiting for shop facts), its profile and what it adds
    /// to the shop facts.
    public struct CheckedListing: Sendable {
        /// The listing's id.
        public let listingID: String
        /// The listing's title (for the findings' reports).
        public let title: String
        /// The profile it was checked under.
        public let profile: ProductProfile
        /// Its findings, each with the index of its rule in `ruleIDs`: a slice of one array that holds the findings
        /// of every listing checked with it (`checkSerially`'s batch, a chunk of `check(_: [Listing])`), so a
        /// listing's findings cost no array of their own.
        var findings: ArraySlice<RuleHit>
        /// Its keys for the shop facts.
        let keys: ShopKeys

        init(listingID: String, title: String, profile: ProductProfile, findings: ArraySlice<RuleHit>, keys: ShopKeys) {
            self.listingID = listingID
            self.title = title
            self.profile = profile
            self.findings = findings
            self.keys = keys
        }

        /// Whether some finding waits for the shop facts.
        var isPending: Bool { findings.contains { $0.finding.condition != nil } }
    }

    /// A finding of a listing and the index of its rule in `ruleIDs`. A struct, not a tuple: an array of tuples is
    /// destroyed through the runtime's generic tuple witness, which reads each element's layout from its metadata
    /// (about 40 instructions a finding more).
    struct RuleHit: Sendable {
        let rule: Int
        let finding: RuleFinding
    }

    private let rules: [ActiveRule]
    /// The settings of each format, by its position in `ExportFormat.allCases` (`settings(for:)`), each shared by
    /// the facts of every listing of its format.
    private let settingsByFormat: [SharedRuleSettings]
    private let book: PhraseBook
    private let profiler: ListingProfiler?
    private let probes: ImageProbeTable?

    /// - Parameters:
    ///   - rules: the rule types to run, in report order (default: every registered rule).
    ///   - configuration: thresholds, enabled/disabled rules, overrides (default: the defaults).
    ///   - profiler: decides each listing's profile; `nil` uses the category profiler with the config's keywords.
    ///   - probes: what `--probe-images` found at the image addresses, given to each listing's images before the
    ///     rules read them; `nil` when images are not probed.
    public init(
        rules: [any ListingRule.Type] = RuleRegistry.all, configuration: AuditConfiguration = AuditConfiguration(),
        profiler: ListingProfiler? = nil, probes: ImageProbeTable? = nil
    ) {
        let only = Set(configuration.onlyRules)
        let disabled = Set(configuration.disabledRules)
        let active = rules.compactMap { type -> (type: any ListingRule.Type, rule: ActiveRule)? in
            let description = type.description
            guard !disabled.contains(description.id), only.isEmpty || only.contains(description.id) else { return nil }
            return (type, ActiveRule(
                rule: type.init(), id: description.id,
                severity: configuration.severityOverrides[description.id] ?? description.severity,
                reach: RuleReach(description, profiles: configuration.ruleProfiles[description.id]),
                readsProbes: description.readsProbes))
        }
        self.rules = active.map(\.rule)
        let reaches = RuleReaches(active.map { ($0.type, $0.rule.reach) })
        settingsByFormat = Self.formats.map { SharedRuleSettings(configuration.settings(for: $0), reaches: reaches) }
        book = ListingPhrase.book(lexicon: configuration.lexicon, categoryKeywords: configuration.categoryKeywords)
        self.profiler = profiler
        self.probes = probes
    }

    /// The ids of the rules that will run, in order.
    public var ruleIDs: [String] { rules.map { $0.id } }

    /// The id and severity of each rule that will run, by the rule numbers of `CheckedListing.findings`.
    var ruleIDsAndSeverities: [(id: String, severity: Severity)] { rules.map { ($0.id, $0.severity) } }

    /// Checks one listing.
    public func check(_ listing: Listing) -> CheckedListing {
        var hits: [RuleHit] = []
        var checked = check(listing, cache: FactsCache(book: book), into: &hits)
        checked.findings = hits[...]
        return checked
    }

    /// Checks one listing, with what this worker has scanned already, and appends its findings to `hits`; the
    /// result's `findings` are left empty for the caller to set once `hits` is whole (`checked(_:cache:)`). The
    /// listing is taken, not borrowed: its facts keep it, so a listing a caller holds is copied once, into the call,
    /// and moved from there into the facts (borrowed here, a listing of a batch was copied twice, once into the
    /// call's argument and once into the facts, and both copies released).
    private func check(_ listing: consuming Listing, cache: FactsCache, into hits: inout [RuleHit]) -> CheckedListing {
        guard let probes else { return check(annotated: listing, cache: cache, into: &hits) }
        return check(annotated: probes.annotating(listing), cache: cache, into: &hits)
    }

    /// Checks one listing whose images carry what probing found, if anything; the listing is moved into its facts,
    /// its findings appended to `hits`.
    private func check(
        annotated listing: consuming Listing, cache: FactsCache, into hits: inout [RuleHit]
    ) -> CheckedListing {
        let settings = settings(for: listing.format)
        let given = profiler.map { $0(listing, settings.value) }
        let facts = ListingFacts(listing, settings: settings, cache: cache, profile: given)
        let profile = facts.profile.bit
        // Whether the listing is in another language, looked up once, when a rule first asks.
        var inOtherLanguage: Bool?
        // Whether some image of the listing was probed, looked up once, when a rule that judges probed images alone
        // first comes: on a listing with none (every listing of a run without `--probe-images`) they are not asked.
        var hasProbedImages: Bool?
        // By index: each rule is read in place, not copied.
        for index in rules.indices where rules[index].reach.profiles & profile != 0 {
            // A rule that reads words has nothing to say on a listing in another language, unless the words it
            // needs for this profile are known there.
            if !rules[index].reach.reachesEveryLanguage(of: profile) {
                if inOtherLanguage == nil { inOtherLanguage = facts.language == .other }
                if inOtherLanguage == true { continue }
            }
            if rules[index].readsProbes {
                if hasProbedImages == nil { hasProbedImages = facts.hasProbedImages }
                if hasProbedImages == false { continue }
            }
            guard let finding = rules[index].rule.check(facts) else { continue }
            hits.append(RuleHit(rule: index, finding: finding))
        }
        return CheckedListing(
            listingID: facts.listing.id, title: facts.listing.title, profile: facts.profile, findings: [],
            keys: ShopKeys(facts))
    }

    /// Checks `count` listings in order, `listing(index)` the listing `index`, with one worker's cache; the findings
    /// of all of them go into one array, of which each result's `findings` is a slice. The slices are taken once the
    /// last listing is checked: a slice taken earlier would share the array, and the next listing's findings would
    /// copy it whole.
    private func checked(_ count: Int, cache: FactsCache, _ listing: (Int) -> Listing) -> [CheckedListing] {
        var hits: [RuleHit] = []
        // Room for three findings a listing from the start (the 10k synthetic shop has more than two, those waiting
        // for the shop facts included): grown from empty by doubling, the batch's findings were copied whole at each
        // step, up to a megabyte at a time.
        hits.reserveCapacity(3 * count)
        // Where each listing's findings end in `hits`.
        var ends: [Int] = []
        ends.reserveCapacity(count)
        var checked = (0..<count).map { index in
            let result = check(listing(index), cache: cache, into: &hits)
            ends.append(hits.count)
            return result
        }
        var start = 0
        for index in checked.indices where ends[index] > start {
            checked[index].findings = hits[start..<ends[index]]
            start = ends[index]
        }
        return checked
    }

    /// The export formats in `settingsByFormat`'s order.
    private static let formats = ExportFormat.allCases

    /// The settings in force for listings of `format`.
    private func settings(for format: ExportFormat) -> SharedRuleSettings {
        // A linear search of a dozen formats beats hashing one; a loop of its own, where the library's
        // `firstIndex(of:)` was called, not inlined, for every listing.
        var position = 0
        while Self.formats[position] != format { position += 1 }
        return settingsByFormat[position]
    }

    /// Checks `listings` on every core; results in listing order.
    public func check(_ listings: [Listing]) -> [CheckedListing] {
        ParallelChunks(count: listings.count, minimumChunk: 64).map { range in
            checked(range.count, cache: FactsCache(book: book)) { listings[range.lowerBound + $0] }
        }.flatMap { $0 }
    }

    /// Checks `listings` on the calling thread, in order (a batch of a pipeline that keeps the other cores busy).
    public func checkSerially(_ listings: [Listing]) -> [CheckedListing] {
        // Each listing read where the array holds it and copied once, into its check (iterating the array would
        // copy each one for the loop too).
        listings.withUnsafeBufferPointer { listings in
            checked(listings.count, cache: FactsCache(book: book)) { listings[$0] }
        }
    }

    /// The findings of a checked listing once the shop facts are known: conditions decided, severities and rule ids
    /// applied, in rule order.
    public func settle(_ checked: CheckedListing, shop: ShopFacts) -> [Finding] {
        checked.findings.compactMap { hit -> Finding? in
            let rule = hit.rule
            guard let settled = hit.finding.settled(shop: shop, keys: checked.keys) else { return nil }
            return Finding(
                listingID: checked.listingID, ruleID: rules[rule].id, severity: rules[rule].severity,
                message: settled.message, evidence: settled.evidence, location: settled.location, title: checked.title)
        }
    }

    /// Every finding for `listings` read as one shop, in listing order, then rule order.
    public func run(listings: [Listing]) -> [Finding] {
        runWithProfiles(listings: listings).findings
    }

    /// Every finding for `listings` read as one shop (listing order, then rule order) and each listing's profile.
    public func runWithProfiles(listings: [Listing]) -> (findings: [Finding], profiles: [ProductProfile]) {
        let checked = check(listings)
        var tally = ShopFacts.Tally()
        for listing in checked { tally.add(listing.keys) }
        let shop = tally.facts
        return (checked.flatMap { settle($0, shop: shop) }, checked.map(\.profile))
    }
}

extension RuleFinding {
    /// The finding once the shop facts are known: itself when it depends on none, completed when it depends on a
    /// shared description, `nil` when its condition fails.
    func settled(shop: ShopFacts, keys: ShopKeys) -> RuleFinding? {
        guard let condition else { return self }
        let (holds, products) = shop.holds(condition, for: keys, file: location.file)
        guard holds else { return nil }
        return products > 0 ? BoilerplateDescriptionRule.settle(self, sharedBy: products) : self
    }
}

extension ListingRule {
    /// This rule's finding for `listing` in a shop whose facts are `shop`, checked under `profile` whatever the
    /// rule's own profiles (tests).
    public func findings(
        for listing: Listing, profile: ProductProfile? = nil, settings: RuleSettings = RuleSettings(),
        shop: ShopFacts = ShopFacts()
    ) -> [Finding] {
        let facts = ListingFacts(listing, settings: settings, book: ListingPhrase.standardBook, profile: profile)
        if Self.description.readsWords, facts.language == .other,
            !Self.description.otherLanguageProfiles.contains(facts.profile) {
            return []
        }
        guard let finding = check(facts)?.settled(shop: shop, keys: ShopKeys(facts)) else { return [] }
        return [Finding(
            listingID: listing.id, ruleID: Self.description.id, severity: Self.description.severity,
            message: finding.message, evidence: finding.evidence, location: finding.location, title: listing.title)]
    }
}
