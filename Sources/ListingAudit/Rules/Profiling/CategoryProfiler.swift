import Foundation

/// Decides what kind of product a listing sells, so rules only ask for what matters (no size chart for a phone
/// case, no colour for a USB cable).
///
/// The evidence is read in order of trust: the category path (deepest segment first), the product type, category
/// attributes (Google product category names or numeric ids), then the title. The first text with a specific keyword
/// decides; within a text the longest keyword wins (`手机壳` over `手机`-less `壳`, `shoe rack` over `shoe`,
/// `ring light` over `ring`). Broad terms (`Apparel & Accessories`, `配件`) decide only when nothing more specific is
/// found anywhere. Matching is one byte scan per text over precomputed tables: fit for a million listings.
public struct CategoryProfiler: Sendable {
    private let table: KeywordTable<ProfileHint>

    /// The profiler with the built-in keywords only.
    public static let standard = CategoryProfiler()

    /// Creates a profiler; `extraKeywords` add to (or override) the built-in keywords, e.g. a shop's own category
    /// names: `[.homeTextiles: ["凉席"]]`.
    public init(extraKeywords: [ProductProfile: [String]] = [:]) {
        var table = KeywordTable(ProfileKeywords.all)
        for (profile, words) in extraKeywords.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            for word in words { table.insert(word, ProfileHint(profile: profile, isWeak: false)) }
        }
        self.table = table
    }

    /// The profile of `listing`. With extra keywords a new table is built per call: for many listings, create one
    /// `CategoryProfiler(extraKeywords:)` and call `profile(of:)` on it instead.
    public static func profile(
        of listing: Listing, extraKeywords: [ProductProfile: [String]] = [:]
    ) -> ProductProfile {
        let profiler = extraKeywords.isEmpty ? standard : CategoryProfiler(extraKeywords: extraKeywords)
        return profiler.profile(of: listing)
    }

    /// The profile of `listing`.
    public func profile(of listing: Listing) -> ProductProfile {
        var fallback: ProductProfile?
        for source in categorySources(of: listing) {
            guard let hint = deepestHint(in: source) else { continue }
            if !hint.isWeak { return hint.profile ?? .general }
            fallback = fallback ?? hint.profile
        }
        if let hint = bestHint(in: listing.title), !hint.isWeak { return hint.profile ?? .general }
        return fallback ?? .general
    }

    /// The category-like texts, most trusted first.
    private func categorySources(of listing: Listing) -> [String] {
        var sources = [listing.categoryPath, listing.productType]
        for attribute in listing.attributes where Self.isCategoryAttribute(attribute.name) {
            sources.append(attribute.value)
        }
        return sources.filter { !$0.isEmpty }
    }

    /// The hint of the deepest segment of a category path that has one (a numeric Google id counts). One scan of
    /// the whole path; matches are assigned to segments by the separators' byte offsets.
    private func deepestHint(in path: String) -> ProfileHint? {
        let trimmed = path.trimmingWhitespace()
        if let byID = ProfileKeywords.googleCategoryIDs[trimmed] { return byID }
        let matches = table.matches(in: trimmed)
        guard !matches.isEmpty else { return nil }
        let separators = Self.separatorOffsets(KeywordTable<ProfileHint>.folded(trimmed.utf8))
        func segment(_ match: KeywordTable<ProfileHint>.Match) -> Int {
            separators.prefix { $0 < match.offset }.count
        }
        let deepest = matches.map(segment).max() ?? 0
        return bestHint(among: matches.filter { segment($0) == deepest })
    }

    /// The most specific keyword's hint in `text`.
    private func bestHint(in text: String) -> ProfileHint? {
        bestHint(among: table.matches(in: text))
    }

    /// The hint of the longest match (the last among equally long ones). Product words inside a neutral term
    /// (`咖啡` in `咖啡色`) do not count.
    private func bestHint(among matches: [KeywordTable<ProfileHint>.Match]) -> ProfileHint? {
        let neutral = matches.filter { $0.value.profile == nil }
        let meaningful = matches.filter { match in
            match.value.profile != nil && !neutral.contains { covering in
                covering.offset <= match.offset && match.offset + match.length <= covering.offset + covering.length
            }
        }
        let best = meaningful.max { lhs, rhs in
            lhs.length != rhs.length ? lhs.length < rhs.length : lhs.offset < rhs.offset
        }
        return best?.value
    }

    /// Byte offsets of path separators (`>`, `/`, `|`, `\`, `›`, `»`; full-width forms are folded to ASCII).
    private static func separatorOffsets(_ bytes: [UInt8]) -> [Int] {
        var offsets: [Int] = []
        for (index, byte) in bytes.enumerated() {
            switch byte {
            case UInt8(ascii: ">"), UInt8(ascii: "/"), UInt8(ascii: "|"), UInt8(ascii: "\\"): offsets.append(index)
            case 0xBA where index >= 2 && bytes[index - 2] == 0xE2 && bytes[index - 1] == 0x80: offsets.append(index)
            case 0xBB where index >= 1 && bytes[index - 1] == 0xC2: offsets.append(index)
            default: break
            }
        }
        return offsets
    }

    private static func isCategoryAttribute(_ name: String) -> Bool {
        let key = name.lowercased()
        return key.contains("category") || key.contains("类目") || key.contains("product type")
    }
}

extension CategoryProfiler {
    /// The profiler for a config's `categoryKeywords` (profile raw value → keywords; unknown profile names are
    /// ignored), built once per distinct keyword set and shared across threads.
    public static func forKeywords(_ keywords: [String: [String]]) -> CategoryProfiler {
        if keywords.isEmpty { return standard }
        return ProfilerCache.shared.profiler(for: keywords)
    }
}

/// The profilers built for configured keyword sets (a run has one or two; building a table per listing would not
/// scale).
private final class ProfilerCache: @unchecked Sendable {
    static let shared = ProfilerCache()
    private let lock = NSLock()
    private var profilers: [[String: [String]]: CategoryProfiler] = [:]

    func profiler(for keywords: [String: [String]]) -> CategoryProfiler {
        lock.lock()
        defer { lock.unlock() }
        if let cached = profilers[keywords] { return cached }
        var extra: [ProductProfile: [String]] = [:]
        for (name, words) in keywords {
            guard let profile = ProductProfile(rawValue: name) ?? ProductProfile.allCases.first(where: {
                "\($0)" == name
            }) else { continue }
            extra[profile, default: []] += words
        }
        let profiler = CategoryProfiler(extraKeywords: extra)
        profilers[keywords] = profiler
        return profiler
    }
}
