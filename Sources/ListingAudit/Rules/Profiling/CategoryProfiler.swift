/// Decides what kind of product a listing sells, so rules only ask for what matters (no size chart for a phone
/// case, no colour for a USB cable).
///
/// The evidence is read in order of trust: the category path (deepest segment first), the product type, category
/// attributes (Google product category names or numeric ids), then the title, then the sub-title (where the title
/// names no product). The first text with a specific product word decides; within a text the longest word wins
/// (`手机壳` over `手机`-less `壳`, `shoe rack` over `shoe`, `ring light` over `ring`). Broad terms (`Apparel &
/// Accessories`, `配件`) decide only when nothing more specific is found anywhere. The words are one list of the
/// listing `PhraseBook`, so each text is scanned once with the rest.
///
/// Besides the built-in words, the list holds the category names of Shopify's Standard Product Taxonomy
/// (`TaxonomyWords`, English and Chinese): where no built-in word decides, a title naming one (`tuxedo`, `armchair`,
/// `fence panel`, `化妆品`, `写字台`; never a generic word: `Sets`, `Accessories`, `套装` and `配件` are not in the
/// table) gets its branch's profile and what its attributes
/// say the product needs (`CategoryNeeds`). Category paths are read with the built-in words and the taxonomy's
/// vehicle parts only, and with prepared food's names (`Meal`, `Side Dish`, `熟食`: food asked for its portion) as
/// a segment's head; titles never with these, so a meal's type decides before a container word in its title (a
/// meal named a bowl is no bowl). Where neither decides, a Chinese title's head noun does (`HeadNouns`: 浴垫 and
/// 落地镜 by 垫 and 镜), then a vehicle's name (`car`, `汽车`: a part for it). A count of pieces (`四件套`) decides
/// last: it counts the pieces of whatever else the title names, and is a bedding set alone or beside a bed.
///
/// A vehicle part is no garment: a clothing word inside a part's name (`Car Bumper Lip Skirt Guard`, `timing belt`,
/// `汽车前唇裙边`) does not decide, and the listing gets the general profile (`isInVehiclePartName`). Nor is a care
/// good named after what it serves, nor a beauty treatment worn as gloves (`Sneaker Cleaning Kit`, `保湿滋润手套`:
/// `ProductModifiers`).
public enum CategoryProfiler {
    /// The word that decides the profile of `listing`, its title scanned and the hints of its category path and
    /// product type known (`categoryHints`: those of the non-empty ones, in that order, `deepestHint`; `nil` for a
    /// text with none and where there is no text); a general hint when none does. `subtitle` scans the sub-title
    /// (`nil` when there is none), read only where the title names no product.
    static func hint(
        of listing: Listing, title: ScannedText, subtitle: () -> ScannedText?,
        categoryHints: (ProfileHint?, ProfileHint?), cache: FactsCache
    ) -> ProfileHint {
        var fallback: ProfileHint?
        /// `hint`, a text's deepest hint, if it decides the profile; a weak one is kept as the fallback.
        func decisive(_ hint: ProfileHint?) -> ProfileHint? {
            guard let hint else { return nil }
            if !hint.isWeak { return hint.profile == nil ? general : hint }
            if fallback == nil, hint.profile != nil { fallback = hint }
            return nil
        }
        // The category texts, then the category attributes (no array joining the two is made for each listing).
        if let hint = decisive(categoryHints.0) { return hint }
        if let hint = decisive(categoryHints.1) { return hint }
        // By index: a `for attribute in` loop copied each attribute (its name and value retained and released).
        let attributes = listing.attributes
        for index in attributes.indices
        where isCategoryAttribute(attributes[index].name) && !attributes[index].value.isEmpty {
            if let hint = decisive(cache.hint(of: cache.scanned(attributes[index].value), deepestHint)) { return hint }
        }
        let inTitle = namedHint(in: title)
        if let named = inTitle.named { return named }
        // A title that names no product (`Acme AirBook 14`, `森屿 男式`) is read with its sub-title, which names
        // it (`笔记本电脑`, `法兰绒睡衣`), as buyers read the two.
        let inSubtitle = subtitle().map(namedHint)
        if let named = inSubtitle?.named { return named }
        return inTitle.pieceCount ?? inSubtitle?.pieceCount ?? fallback ?? general
    }

    /// The hint of the product `text` (a title or sub-title) names, if it names one (`named`), and the hint of its
    /// count of pieces (`四件套`), which decides only where no text names a product.
    ///
    /// The built-in words (curated against real exports) first, unless a clothing word sits in a vehicle part's name;
    /// then the taxonomy's names, then a Chinese compound no word names, by its head (`HeadNouns`; the last one, as
    /// the head comes last), then a vehicle's name (a part for it). A piece count counts the pieces of what any of
    /// them names, unless that is a bed or bed linen.
    private static func namedHint(in text: ScannedText) -> (named: ProfileHint?, pieceCount: ProfileHint?) {
        let hits = text.hits[ListingPhrase.productWords.rawValue]
        let pieceCount = bestHint(among: hits) { ProfileHint(value: $0.value).isPieceCount }
        func counted(_ hint: ProfileHint) -> ProfileHint {
            guard let pieceCount, let profile = hint.profile, bedding.contains(profile) else { return hint }
            return pieceCount
        }
        // The title's hits are read where the scan holds them, each list of `bestHit` a test of the hits, not an
        // array of them.
        func isWord(_ hit: PhraseHit) -> Bool {
            let hint = ProfileHint(value: hit.value)
            return hint.needs == nil && !hint.isPieceCount && !hint.isVehicle && !hint.isPreparedFood
        }
        // Vehicles' and vehicle parts' names, read only where a clothing word or nothing else decides.
        func vehicles() -> [PhraseHit] {
            meaningful(hits.filter { ProfileHint(value: $0.value).isVehicle }, among: hits)
        }
        if let hit = bestHit(among: hits, where: isWord), case let hint = ProfileHint(value: hit.value), !hint.isWeak {
            if let profile = hint.profile, wearables.contains(profile) {
                if isInVehiclePartName(hit, vehicles: vehicles(), title: text) { return (vehiclePart, pieceCount) }
                if let modified = modifiedHint(of: hit, in: text) { return (modified, pieceCount) }
            }
            return (hint.profile == nil ? general : counted(hint), pieceCount)
        }
        let named = bestHint(among: hits) {
            let hint = ProfileHint(value: $0.value)
            return hint.profile == nil || hint.needs?.contains(.titles) == true && !hint.isPreparedFood
        }
        if let hint = named, hint.profile != nil { return (counted(hint), pieceCount) }
        if let head = text.unguardedHits(.headNouns).last {
            return (counted(ProfileHint(value: head.value)), pieceCount)
        }
        if !vehicles().isEmpty { return (vehiclePart, pieceCount) }
        return (nil, pieceCount)
    }

    /// The profiles beside whose words a piece count names a bedding set (`婴儿床四件套`, `被套四件套`).
    private static let bedding: Set<ProductProfile> = [.homeTextiles, .furniture]

    private static let general = ProfileHint(profile: .general, isWeak: false)

    /// A vehicle part: the general profile (Shopify's Vehicles & Parts categories carry no size attribute, and a part
    /// is bought by the vehicle it fits, not by its colour).
    private static let vehiclePart = ProfileHint(profile: .general, isWeak: false, isVehicle: true)

    /// The profiles of clothing words that also name vehicle parts (`lip skirt`, `CV boot`, `brake shoe`, `timing
    /// belt`, `fuel cap`, `washing gloves`).
    private static let wearables: Set<ProductProfile> = [.apparel, .shoes, .accessories]

    /// Whether the clothing word `hit` sits inside a vehicle part's name in `title`: it starts inside a vehicle part's
    /// name (`timing belt`, `CV boot`), or a vehicle's name comes before it with other words between (`Car Bumper Lip
    /// Skirt Guard`, `Car Washing Gloves`, `汽车前唇裙边`). A vehicle right before the clothing word, or before it with
    /// only materials, colours and prints between, names what the garment is for or shows (`Motorcycle Gloves`,
    /// `Racing Car T-Shirt`, `Motorcycle Leather Jacket`, `汽车印花T恤`): it stays a garment.
    private static func isInVehiclePartName(
        _ hit: PhraseHit, vehicles: [PhraseHit], title: ScannedText
    ) -> Bool {
        guard !vehicles.isEmpty else { return false }
        let folded = title.folded.bytes
        let describing = [ListingPhrase.materials, .colourNames, .colourPatterns].flatMap { title.hits[$0.rawValue] }
        // A byte between a vehicle and the clothing word that is no space and in no vehicle's name (`摩托` and
        // `摩托车` both end before `手套`), material, colour or print.
        func isOtherWord(_ offset: Int) -> Bool {
            folded[offset] != 0x20 && !(vehicles + describing).contains {
                Int($0.start) <= offset && offset < Int($0.end)
            }
        }
        return vehicles.contains { vehicle in
            // Starting inside it: a plural `s` ends the clothing word's hit (`shoes`) after the name's (`brake shoe`).
            if vehicle.start <= hit.start && hit.start < vehicle.end { return true }
            return vehicle.end <= hit.start && (Int(vehicle.end)..<Int(hit.start)).contains(where: isOtherWord)
        }
    }

    /// What the product is when a word beside the wearable `hit` says it is not worn (`ProductModifiers`): a care or
    /// storage good after it, or before `for` and it (`Shoe Deodorizer`, `Cleaner Kit for Sneakers`, `鞋子除臭喷雾`:
    /// general), a beauty treatment right before it (`Exfoliating Gloves`, `保湿滋润手套`: beauty); `nil` when none.
    private static func modifiedHint(of hit: PhraseHit, in text: ScannedText) -> ProfileHint? {
        let modifiers = text.hits[ListingPhrase.productModifiers.rawValue]
        guard !modifiers.isEmpty else { return nil }
        let bytes = text.folded.bytes
        for modifier in modifiers {
            let chinese = bytes[Int(modifier.start)] >= 0x80
            switch modifier.value {
            case ProductModifiers.careGood:
                // Its name holds the wearable (`鞋油`), follows it, or comes before `for` and it.
                if modifier.start <= hit.start && hit.end <= modifier.end { return general }
                if hit.end <= modifier.start,
                    ProductModifiers.joins(bytes, Int(hit.end)..<Int(modifier.start), chinese: chinese)
                {
                    return general
                }
                if !chinese, modifier.end <= hit.start {
                    let gap = Int(modifier.end)..<Int(hit.start)
                    if ProductModifiers.joins(bytes, gap, chinese: false), ProductModifiers.holdsFor(bytes, gap) {
                        return general
                    }
                }
            case ProductModifiers.treatment:
                if modifier.end <= hit.start,
                    ProductModifiers.joins(bytes, Int(modifier.end)..<Int(hit.start), chinese: chinese)
                {
                    return beautyTreatment
                }
            default: continue
            }
        }
        return nil
    }

    /// A beauty treatment worn as a glove or sock.
    private static let beautyTreatment = ProfileHint(profile: .beauty, isWeak: false)

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
    /// the whole path; hits are assigned to segments by the separators' byte offsets. The path is read with the
    /// built-in words and the taxonomy's vehicle parts (`Motor Vehicle Braking`, `汽车清洁`), not the vehicles' names
    /// (`Toys > Cars`), and with the names of prepared food (`Side Dish`, `Dessert`, `熟食`) where one is the head of
    /// its segment: the segment, or a part of it between `&` and commas, ends with it (`Salad Spinners`, `沙拉调料`,
    /// `Cake Pans` name no food). In a segment, a specific word outranks a longer broad one beside it (`Kitchen
    /// Knives & Accessories` is a kitchen good), not one inside it (`Clothing Accessories`).
    static func deepestHint(in text: ScannedText) -> ProfileHint? {
        if let byID = ProductWords.googleCategoryIDs[text.source.trimmingWhitespace()] { return byID }
        let bytes = text.folded.bytes
        let hits = text.hits[ListingPhrase.productWords.rawValue].filter {
            let hint = ProfileHint(value: $0.value)
            if hint.isPreparedFood { return endsName(bytes, at: Int($0.end)) }
            return hint.isVehicle ? hint.needs != nil : hint.needs == nil
        }
        guard !hits.isEmpty else { return nil }
        let separators = separatorOffsets(bytes)
        func segment(_ hit: PhraseHit) -> Int { separators.prefix { $0 < hit.start }.count }
        let deepest = hits.map(segment).max() ?? 0
        let segmentHits = hits.filter { segment($0) == deepest }
        guard let best = bestHint(among: segmentHits) else { return nil }
        guard best.isWeak else { return best }
        let broad = segmentHits.filter { ProfileHint(value: $0.value).isWeak }
        let specific = segmentHits.filter { hit in
            !broad.contains { $0.start <= hit.start && hit.end <= $0.end }
        }
        return bestHint(among: specific) ?? best
    }

    /// The hint of the longest hit of `hits` that passes `test` (the last among equally long ones). Product words
    /// inside a neutral term (`咖啡` in `咖啡色`) do not count.
    private static func bestHint(
        among hits: some Collection<PhraseHit>, where test: (PhraseHit) -> Bool = { _ in true }
    ) -> ProfileHint? {
        bestHit(among: hits, where: test).map { ProfileHint(value: $0.value) }
    }

    /// The longest hit of `hits` that passes `test` and has a profile (the last among equally long ones), not inside
    /// a neutral term among the hits that pass `test`: read where `hits` holds them, with no list of those that pass
    /// made (as `meaningful` makes one).
    private static func bestHit(
        among hits: some Collection<PhraseHit>, where test: (PhraseHit) -> Bool = { _ in true }
    ) -> PhraseHit? {
        var best: PhraseHit?
        for hit in hits where test(hit) && ProfileHint(value: hit.value).profile != nil {
            let covered = hits.contains { covering in
                test(covering) && ProfileHint(value: covering.value).profile == nil && covering.start <= hit.start
                    && hit.end <= covering.end
            }
            guard !covered else { continue }
            if let current = best,
                current.length != hit.length ? current.length > hit.length : current.start >= hit.start
            {
                continue
            }
            best = hit
        }
        return best
    }

    /// The hits of `candidates` with a profile that no neutral term of `hits` covers (`咖啡` in `咖啡色`, `摩托` in
    /// `摩托罗拉`).
    private static func meaningful(_ candidates: [PhraseHit], among hits: some Collection<PhraseHit>) -> [PhraseHit] {
        let neutral = hits.filter { ProfileHint(value: $0.value).profile == nil }
        return candidates.filter { hit in
            ProfileHint(value: hit.value).profile != nil && !neutral.contains { covering in
                covering.start <= hit.start && hit.end <= covering.end
            }
        }
    }

    /// Whether the folded category text `bytes` has a name's end at `offset` (a hit's end, before the plural `s` or
    /// `es` the list accepts): only spaces lie between it and the text's end, a path separator, `&`, a comma or `、`.
    private static func endsName(_ bytes: [UInt8], at offset: Int) -> Bool {
        var index = offset
        if index < bytes.count, bytes[index] == UInt8(ascii: "s") {
            index += 1
        } else if index + 1 < bytes.count, bytes[index] == UInt8(ascii: "e"), bytes[index + 1] == UInt8(ascii: "s") {
            index += 2
        }
        while index < bytes.count, bytes[index] == 0x20 { index += 1 }
        guard index < bytes.count else { return true }
        switch bytes[index] {
        case UInt8(ascii: ">"), UInt8(ascii: "/"), UInt8(ascii: "|"), UInt8(ascii: "\\"), UInt8(ascii: "&"),
            UInt8(ascii: ","):
            return true
        // `›`, `、`, `»`.
        case 0xE2: return index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xBA
        case 0xE3: return index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x81
        case 0xC2: return index + 1 < bytes.count && bytes[index + 1] == 0xBB
        default: return false
        }
    }

    /// Byte offsets of path separators (`>`, `/`, `|`, `\`, `›`, `»`; full-width forms are folded to ASCII).
    private static func separatorOffsets(_ bytes: [UInt8]) -> [Int32] {
        var offsets: [Int32] = []
        for (index, byte) in bytes.enumerated() {
            switch byte {
            case UInt8(ascii: ">"), UInt8(ascii: "/"), UInt8(ascii: "|"), UInt8(ascii: "\\"):
                offsets.append(Int32(index))
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
