/// Which listings a rule of a run judges: the profiles it runs on and, for a rule that reads words, the profiles on
/// which it judges listings in other languages too. The engine asks it of every rule before checking a listing; a
/// rule that leaves a need to another rule's finding asks it of that rule (`ListingFacts.isChecked(by:)`), so a need
/// is left out only where the other finding can be made (not with that rule off, `--only`, or on a listing in
/// another language it stays silent on).
struct RuleReach: Sendable {
    /// The profiles it runs on, one bit each (`ProductProfile.bit`).
    let profiles: UInt32
    /// The profiles on which it judges listings in other languages, one bit each: every profile for a rule that reads
    /// no words.
    let otherLanguageProfiles: UInt32

    /// The reach of the rule `description` describes, on `profiles` (a config's own list for the rule) or else on
    /// the rule's.
    init(_ description: RuleDescription, profiles configured: [ProductProfile]? = nil) {
        profiles = (configured.map(Set.init) ?? description.profiles).map { $0.reduce(0) { $0 | $1.bit } } ?? .max
        otherLanguageProfiles =
            description.readsWords ? description.otherLanguageProfiles.reduce(0) { $0 | $1.bit } : .max
    }

    /// Whether it judges a listing of the profile `bit` whatever its language.
    func reachesEveryLanguage(of bit: UInt32) -> Bool { otherLanguageProfiles & bit != 0 }

    /// Whether it judges a listing of the profile `bit`; `inOtherLanguage` is asked only where the answer depends on
    /// it.
    func reaches(_ bit: UInt32, inOtherLanguage: () -> Bool) -> Bool {
        profiles & bit != 0 && (reachesEveryLanguage(of: bit) || !inOtherLanguage())
    }
}

/// The reach of each rule a run checks, by rule type: what `ListingFacts.isChecked(by:)` reads.
struct RuleReaches: Sendable {
    private let byRule: [ObjectIdentifier: RuleReach]

    /// The reaches of `rules`, each keyed by its type.
    init(_ rules: [(type: any ListingRule.Type, reach: RuleReach)]) {
        byRule = Dictionary(
            rules.map { (ObjectIdentifier($0.type), $0.reach) }, uniquingKeysWith: { first, _ in first })
    }

    /// Every registered rule on its own profiles: the run of the default configuration (and of the facts a test makes
    /// on their own).
    static let standard = RuleReaches(RuleRegistry.all.map { ($0, RuleReach($0.description)) })

    /// The reach of `rule`; `nil` when the run does not check it.
    subscript(rule: any ListingRule.Type) -> RuleReach? { byRule[ObjectIdentifier(rule)] }
}

extension ProductProfile {
    private static let order = allCases

    /// The profile's bit in a rule's profile mask: a test without hashing the profile's name. Its position is found
    /// by a loop of its own (the library's `firstIndex(of:)` was called, not inlined, for every listing).
    var bit: UInt32 {
        var position = 0
        while Self.order[position] != self { position += 1 }
        return 1 << UInt32(position)
    }
}
