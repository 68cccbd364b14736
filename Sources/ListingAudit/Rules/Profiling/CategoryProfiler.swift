/// Decides what kind of product a listing sells, so rules only ask for what matters (no size chart for a phone
/// case, no colour for a USB cable).
///
/// The evidence is read in order of trust: the category path (deepest segment first), the product type, category
/// attributes (Google product category names or numeric ids), then the title. The first text with a specific product
/// word decides; within a text the longest word wins (`手机壳` over `手机`-less `壳`, `shoe rack` over `shoe`,
/// `ring light` over `ring`). Broad terms (`Apparel & Accessories`, `配件`) decide only when nothing more specific is
/// found anywhere. The words are one list of the listing `PhraseBook`, so each text is scanned once with the rest.
///
/// Besides the built-in words, the list holds the category names of Shopify's Standard Product Taxonomy
/// (`TaxonomyWords`, English and Chinese): where no built-in word decides, a title naming one (`tuxedo`, `armchair`,
/// `fence panel`, `化妆品`, `写字台`; never a generic word: `Sets`, `Accessories`, `套装` and `配件` are not in the
/// table) gets its branch's profile and what its attributes
/// say the product needs (`CategoryNeeds`). Category paths are read with the built-in words only. Where neither
/// decides, a Chinese title's head noun does (`HeadNouns`: 浴垫 and 落地镜 by 垫 and 镜). A count of pieces (`四件套`)
/// decides last: it counts the pieces of whatever else the title names, and is a bedding set alone or beside a bed.
public enum CategoryProfiler {
    /// The word that decides the profile of `listing`, its title, category path and product type already scanned
    /// (`categoryTexts`: the non-empty ones, in that order); a general hint when none does.
    static func hint(
        of listing: Listing, title: ScannedText, categoryTexts: [ScannedText], cache: FactsCache
    ) -> ProfileHint {
        var fallback: ProfileHint?
        /// The hint of `source` if it decides the profile; a weak one is kept as the fallback.
        func decisive(_ source: ScannedText) -> ProfileHint? {
            guard let hint = cache.hint(of: source, deepestHint) else { return nil }
            if !hint.isWeak { return hint.profile == nil ? general : hint }
            if fallback == nil, hint.profile != nil { fallback = hint }
            return nil
        }
        // The category texts, then the category attributes (no array joining the two is made for each listing).
        for source in categoryTexts { if let hint = decisive(source) { return hint } }
        for attribute in listing.attributes where isCategoryAttribute(attribute.name) && !attribute.value.isEmpty {
            if let hint = decisive(cache.scanned(attribute.value)) { return hint }
        }
        // The built-in words (curated against real exports) first, then the taxonomy's names, then a Chinese
        // compound no word names, by its head (`HeadNouns`; the last one, as the head comes last). A piece count
        // (`四件套`) counts the pieces of what any of them names, unless that is a bed or bed linen.
        let hits = title.hits[ListingPhrase.productWords.rawValue]
        let pieceCount = bestHint(among: hits.filter { ProfileHint(value: $0.value).isPieceCount })
        func counted(_ hint: ProfileHint) -> ProfileHint {
            guard let pieceCount, let profile = hint.profile, bedding.contains(profile) else { return hint }
            return pieceCount
        }
        let words = hits.filter {
            let hint = ProfileHint(value: $0.value)
            return hint.needs == nil && !hint.isPieceCount
        }
        if let hint = bestHint(among: words), !hint.isWeak { return hint.profile == nil ? general : counted(hint) }
        let named = hits.filter {
            let hint = ProfileHint(value: $0.value)
            return hint.profile == nil || hint.needs?.contains(.titles) == true
        }
        if let hint = bestHint(among: named), hint.profile != nil { return counted(hint) }
        if let head = title.unguardedHits(.headNouns).last { return counted(ProfileHint(value: head.value)) }
        return pieceCount ?? fallback ?? general
    }

    /// The profiles beside whose words a piece count names a bedding set (`婴儿床四件套`, `被套四件套`).
    private static let bedding: Set<ProductProfile> = [.homeTextiles, .furniture]

    private static let general = ProfileHint(profile: .general, isWeak: false)

    /// The profile of `listing` with the built-in words and `extraKeywords` (profile → words, e.g. a shop's own
    /// category names: `[.homeTextiles: ["蚊帐"]]`).
    public static func profile(
        of listing: Listing, extraKeywords: [ProductProfile: [String]] = [:]
    ) -> ProductProfile {
        profile(of: listing, categoryKeywords: Dictionary(uniqueKeysWithValues: extraKeywords.map {
            ($0.key.rawValue, $0.value)
        }))
    }

    /// The profile of `listing` with the built-in words and a config's `categoryKeywords` (profile name → words).
    public static func profile(of listing: Listing, categoryKeywords: [String: [String]]) -> ProductProfile {
        let book = ListingPhrase.book(lexicon: .standard, categoryKeywords: categoryKeywords)
        return ListingFacts(listing, book: book).profile
    }

    /// The hint of the deepest segment of a category path that has one (a numeric Google id counts). One scan of
    /// the whole path; hits are assigned to segments by the separators' byte offsets.
    static func deepestHint(in text: ScannedText) -> ProfileHint? {
        if let byID = ProductWords.googleCategoryIDs[text.source.trimmingWhitespace()] { return byID }
        let hits = text.hits[ListingPhrase.productWords.rawValue].filter { ProfileHint(value: $0.value).needs == nil }
        guard !hits.isEmpty else { return nil }
        let separators = separatorOffsets(text.folded.bytes)
        func segment(_ hit: PhraseHit) -> Int { separators.prefix { $0 < hit.start }.count }
        let deepest = hits.map(segment).max() ?? 0
        return bestHint(among: hits.filter { segment($0) == deepest })
    }

    /// The hint of the longest hit (the last among equally long ones). Product words inside a neutral term (`咖啡`
    /// in `咖啡色`) do not count.
    private static func bestHint(among hits: [PhraseHit]) -> ProfileHint? {
        let hints = hits.map { ProfileHint(value: $0.value) }
        let neutral = hits.indices.filter { hints[$0].profile == nil }.map { hits[$0] }
        let meaningful = hits.indices.filter { index in
            hints[index].profile != nil && !neutral.contains { covering in
                covering.start <= hits[index].start && hits[index].end <= covering.end
            }
        }
        let best = meaningful.max { lhs, rhs in
            hits[lhs].length != hits[rhs].length ? hits[lhs].length < hits[rhs].length : hits[lhs].start < hits[rhs].start
        }
        return best.map { hints[$0] }
    }

    /// Byte offsets of path separators (`>`, `/`, `|`, `\`, `›`, `»`; full-width forms are folded to ASCII).
    private static func separatorOffsets(_ bytes: [UInt8]) -> [Int32] {
        var offsets: [Int32] = []
        for (index, byte) in bytes.enumerated() {
            switch byte {
            case UInt8(ascii: ">"), UInt8(ascii: "/"), UInt8(ascii: "|"), UInt8(ascii: "\\"): offsets.append(Int32(index))
            case 0xBA where index >= 2 && bytes[index - 2] == 0xE2 && bytes[index - 1] == 0x80:
                offsets.append(Int32(index))
            case 0xBB where index >= 1 && bytes[index - 1] == 0xC2: offsets.append(Int32(index))
            default: break
            }
        }
        return offsets
    }

    private static func isCategoryAttribute(_ name: String) -> Bool {
        let key = name.lowercased()
        return key.containsExactly("category") || key.containsExactly("类目") || key.containsExactly("product type")
    }
}
