import Foundation

/// Everything a config file (`--config FILE`, JSON) can change. Every key is optional; unknown keys are errors.
/// `listing-audit init-config` writes the defaults.
public struct AuditConfiguration: Sendable, Equatable, Codable {
    /// Rule thresholds.
    public var thresholds = RuleSettings()
    /// Rules that never run.
    public var disabledRules: [String] = []
    /// When non-empty, only these rules run (`--rule`).
    public var onlyRules: [String] = []
    /// Rule id → severity to report instead of the default.
    public var severityOverrides: [String: Severity] = [:]
    /// Rule id → the profiles it runs for, replacing the rule's own list.
    public var ruleProfiles: [String: [ProductProfile]] = [:]
    /// Lexicon list name (`hype`, `hedges`, `placeholders`, `promotional`, `specs`, `materials`) → terms to add
    /// and remove (Chinese or English).
    public var lexicons: [String: LexiconAdjustment] = [:]
    /// Profile → extra category keywords for the profiler (e.g. `"apparel": ["汉服", "kimono"]`).
    public var categoryKeywords: [String: [String]] = [:]
    /// Platform → image minimums.
    public var imagePresets: [String: ImagePreset] = ImagePreset.defaults
    /// Which image preset applies: `auto` (the preset of `platform`'s platform), `none` (use `thresholds`) or a
    /// platform name.
    public var imagePlatform = "auto"
    /// Which platform's limits apply (`PlatformProfile`: title length, banned title characters, main images, and
    /// the image preset unless `imagePlatform` names another): `auto` (from each listing's export format), `none`
    /// or a platform name. `--platform` overrides it.
    public var platform = "auto"
    /// Rule family or rule id → the refund categories its findings link to (see `RefundLinkMap`).
    public var links: [String: [String]] = [:]
    /// The ranking's parameters (prior strength, category weights; see `docs/ranking.md`).
    public var ranking = RankingParameters()

    public init() {}

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case thresholds, disabledRules, onlyRules, severityOverrides, ruleProfiles, lexicons, categoryKeywords
        case imagePresets, imagePlatform, platform, links, ranking
    }

    public init(from decoder: any Decoder) throws {
        try StrictKeys.check(decoder, allowed: CodingKeys.allCases.map(\.rawValue))
        let container = try decoder.container(keyedBy: CodingKeys.self)
        thresholds = try container.decodeIfPresent(RuleSettings.self, forKey: .thresholds) ?? RuleSettings()
        disabledRules = try container.decodeIfPresent([String].self, forKey: .disabledRules) ?? []
        onlyRules = try container.decodeIfPresent([String].self, forKey: .onlyRules) ?? []
        severityOverrides = try container.decodeIfPresent([String: Severity].self, forKey: .severityOverrides) ?? [:]
        ruleProfiles = try container.decodeIfPresent([String: [ProductProfile]].self, forKey: .ruleProfiles) ?? [:]
        lexicons = try container.decodeIfPresent([String: LexiconAdjustment].self, forKey: .lexicons)?
            .filter { !$0.value.isEmpty } ?? [:]
        categoryKeywords = try container.decodeIfPresent([String: [String]].self, forKey: .categoryKeywords) ?? [:]
        let presets = try container.decodeIfPresent([String: ImagePreset].self, forKey: .imagePresets) ?? [:]
        imagePresets = ImagePreset.defaults.merging(presets) { $1 }
        imagePlatform = try container.decodeIfPresent(String.self, forKey: .imagePlatform) ?? "auto"
        platform = try container.decodeIfPresent(String.self, forKey: .platform) ?? "auto"
        thresholds.categoryKeywords = categoryKeywords
        links = try container.decodeIfPresent([String: [String]].self, forKey: .links) ?? [:]
        ranking = try container.decodeIfPresent(RankingParameters.self, forKey: .ranking) ?? RankingParameters()
    }

    /// Reads and validates the config at `path`. Errors name the file.
    public static func load(path: String, knownRuleIDs: [String]) throws(ConfigurationError) -> AuditConfiguration {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadable(
                path: path, reason: FileManager.default.fileExists(atPath: path) ? .permissionDenied : .fileNotFound)
        }
        do {
            return try decode(data, knownRuleIDs: knownRuleIDs)
        } catch {
            throw .inFile(path, error)
        }
    }

    /// Decodes and validates config JSON.
    public static func decode(_ data: Data, knownRuleIDs: [String]) throws(ConfigurationError) -> AuditConfiguration {
        let configuration: AuditConfiguration
        do {
            configuration = try JSONDecoder().decode(AuditConfiguration.self, from: data)
        } catch let error as ConfigurationError {
            throw error
        } catch let DecodingError.typeMismatch(type, context) {
            let reason = ConfigurationError.ValueKind(decoding: type).map { ConfigurationError.Reason.expected($0) }
            throw .invalidValue(key: Self.key(context), reason: reason ?? .system(context.debugDescription))
        } catch let DecodingError.valueNotFound(_, context) {
            throw .invalidValue(key: Self.key(context), reason: .null)
        } catch let DecodingError.dataCorrupted(context) {
            let key = Self.key(context)
            if key.isEmpty {
                throw .invalidJSON(reason: JSONSyntax.reason(data) ?? .system(Self.underlyingReason(context)))
            }
            throw .invalidValue(key: key, reason: Self.allowedNames(context).map { .oneOf($0) }
                ?? .system(context.debugDescription))
        } catch {
            throw .invalidJSON(reason: .system("\(error)"))
        }
        try configuration.validate(knownRuleIDs: knownRuleIDs)
        return configuration
    }

    /// Checks names that JSON types cannot: rule ids, profiles, lexicon lists, platforms and refund categories.
    public func validate(knownRuleIDs: [String]) throws(ConfigurationError) {
        func checkRules(_ ids: some Sequence<String>, key: String) throws(ConfigurationError) {
            for id in ids where !knownRuleIDs.contains(id) {
                throw .unknownRule(id: id, key: key, suggestion: StrictKeys.nearest(id, in: knownRuleIDs))
            }
        }
        try checkRules(disabledRules, key: "disabledRules")
        try checkRules(onlyRules, key: "onlyRules")
        try checkRules(severityOverrides.keys.sorted(), key: "severityOverrides")
        try checkRules(ruleProfiles.keys.sorted(), key: "ruleProfiles")
        let profiles = ProductProfile.allCases.map(\.rawValue)
        for profile in categoryKeywords.keys.sorted() where !profiles.contains(profile) {
            throw .unknownKey(key: "categoryKeywords.\(profile)", suggestion: StrictKeys.nearest(profile, in: profiles))
        }
        for name in lexicons.keys.sorted() where !Lexicon.listNames.contains(name) {
            throw .unknownKey(key: "lexicons.\(name)", suggestion: StrictKeys.nearest(name, in: Lexicon.listNames))
        }
        for name in imagePresets.keys.sorted() where !ImagePreset.platforms.contains(name) {
            let suggestion = StrictKeys.nearest(name, in: ImagePreset.platforms)
            throw .unknownKey(key: "imagePresets.\(name)", suggestion: suggestion)
        }
        let platforms = ["auto", "none"] + ImagePreset.platforms
        guard platforms.contains(imagePlatform) else {
            throw .invalidValue(key: "imagePlatform", reason: .oneOf(platforms))
        }
        try Self.checkPlatform(platform, key: "platform")
        do {
            _ = try RefundLinkMap(configuration: links)
        } catch {
            throw .invalidValue(key: CodingKeys.links.rawValue, reason: .links(error))
        }
    }

    /// Throws `ConfigurationError.unknownPlatform` unless `name` is one of `PlatformProfile.choices`.
    public static func checkPlatform(_ name: String, key: String) throws(ConfigurationError) {
        let choices = PlatformProfile.choices
        guard !choices.contains(name) else { return }
        throw .unknownPlatform(name: name, key: key, suggestion: StrictKeys.nearest(name, in: choices))
    }

    /// The platform whose limits apply to listings read as `format`, if any.
    public func platform(for format: ExportFormat) -> PlatformProfile? {
        switch platform {
        case "auto": PlatformProfile.platform(of: format).flatMap(PlatformProfile.named)
        case "none": nil
        default: PlatformProfile.named(platform)
        }
    }

    /// The thresholds for listings read as `format`, with the image preset that applies.
    public func settings(for format: ExportFormat) -> RuleSettings {
        var settings = thresholds
        settings.categoryKeywords = categoryKeywords
        let profile = platform(for: format)
        if let profile {
            settings.platform = profile.name
            if let limit = profile.maximumTitleLength {
                settings.maximumTitleWidth = limit
                settings.titleCountsChineseDouble = profile.chineseCountsDouble
            }
            settings.bannedTitleCharacters = profile.bannedTitleCharacters
            settings.maximumMainImages = profile.maximumMainImages
            settings.jewelleryNeedsColour = profile.jewelleryNeedsColour
        }
        let imagePlatform = self.imagePlatform == "auto" ? profile?.name : self.imagePlatform
        if let imagePlatform, let preset = imagePresets[imagePlatform] {
            settings.minimumImages = preset.minimumImages
            settings.minimumImageSide = preset.minimumSide
            settings.hardMinimumImageSide = preset.hardMinimumSide
            settings.maximumImageBytes = preset.maximumFileBytes
            settings.squareMainImage = preset.squareMain
        }
        return settings
    }

    /// The lexicon with this config's additions and removals.
    public var lexicon: Lexicon { Lexicon.standard.adjusted(by: lexicons) }

    /// The defaults as pretty, key-sorted JSON (what `init-config` writes).
    public static func defaultJSON() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var configuration = AuditConfiguration()
        configuration.lexicons = Dictionary(uniqueKeysWithValues: Lexicon.listNames.map { ($0, LexiconAdjustment()) })
        configuration.links = RefundLinkMap.defaultLinks
        let data = (try? encoder.encode(configuration)) ?? Data("{}".utf8)
        // Foundation prints an empty object or array over two lines with a blank one between.
        let text = String(decoding: data, as: UTF8.self)
            .replacingOccurrences(of: #"\{\n\s*\n\s*\}"#, with: "{}", options: .regularExpression)
            .replacingOccurrences(of: #"\[\n\s*\n\s*\]"#, with: "[]", options: .regularExpression)
        return text + "\n"
    }

    /// `thresholds.minimumImages`: where in the config a decoding error is.
    private static func key(_ context: DecodingError.Context) -> String {
        context.codingPath.map(\.stringValue).joined(separator: ".")
    }

    /// The names a value that could not be read as a name may take: severities in `severityOverrides`, profiles
    /// in `ruleProfiles`.
    private static func allowedNames(_ context: DecodingError.Context) -> [String]? {
        switch context.codingPath.first?.stringValue {
        case CodingKeys.severityOverrides.rawValue: Severity.allCases.map(\.rawValue)
        case CodingKeys.ruleProfiles.rawValue: ProductProfile.allCases.map(\.rawValue)
        default: nil
        }
    }

    private static func underlyingReason(_ context: DecodingError.Context) -> String {
        if let underlying = context.underlyingError as NSError?,
            let detail = underlying.userInfo[NSDebugDescriptionErrorKey] as? String
        {
            return detail
        }
        return context.debugDescription
    }
}
