/// What the rules know about one listing: its texts folded and scanned once for every word list, its product
/// profile, its option values, attributes and image addresses read once. The engine computes it per listing; each
/// rule is a predicate over it, and what several rules need (the description's facts, whether it is empty or thin)
/// is worked out here once, on first use.
///
/// Not shared between threads: each listing's facts live on the thread that checks it.
public final class ListingFacts {
    /// The listing as the export described it.
    public let listing: Listing
    /// Thresholds in force for the listing's format.
    public var settings: RuleSettings { sharedSettings.value }
    /// The settings, held by reference: the engine's object for the listing's format, shared by every listing of
    /// that format (stored as a value, they were copied into each listing's facts, their references retained and
    /// released once per listing).
    private let sharedSettings: SharedRuleSettings
    /// Whether the run checks this listing with `rule` (the rule is on, and reaches its profile and language): a
    /// rule leaves a need to another's finding only where that finding can be made.
    func isChecked(by rule: any ListingRule.Type) -> Bool {
        sharedSettings.reaches[rule]?.reaches(profile.bit) { language == .other } ?? false
    }

    /// The word lists in force.
    let book: PhraseBook
    /// The title, scanned.
    public let title: ScannedText
    /// What the title rules and the title stem read of the title, found as it was folded.
    let titleTraits: TitleTraits
    /// The description, scanned.
    public let description: ScannedText
    /// The kind of product, decided from the category, product type and title.
    public let profile: ProductProfile
    /// What the taxonomy category that decided the profile says the product needs; `nil` when a built-in or shop's
    /// own word decided it, or the profile was given.
    let categoryNeeds: CategoryNeeds?
    /// Whether a prepared food's name in the category path or product type decided the profile (`Meal`, `Side
    /// Dish`, `熟食`): food asked for its portion, not its net content. `false` where the profile was given.
    let isPreparedFood: Bool

    /// Option values and category texts already scanned by this worker.
    let cache: FactsCache

    /// - Parameters:
    ///   - profile: the profile to check under; `nil` decides it from the listing (`CategoryProfiler`).
    ///   - cache: what this worker has scanned already (its book must be `book`).
    init(_ listing: Listing, settings: SharedRuleSettings, cache: FactsCache, profile: ProductProfile? = nil) {
        sharedSettings = settings
        self.cache = cache
        book = cache.book
        let titleText: FoldedText
        (titleText, titleTraits) = TitleTraits.folded(listing.title)
        var scalars = MeaningfulScalars(hashFrom: ShopKeys.descriptionKeyBasis)
        let descriptionText = FoldedText(listing.description, tally: &scalars)
        // The two texts scanned together: their hits in one array.
        let (titleHits, descriptionHits) = book.scan(titleText, descriptionText)
        title = ScannedText(folded: titleText, hits: titleHits)
        let description = ScannedText(folded: descriptionText, hits: descriptionHits)
        descriptionContent = Self.content(of: description, weightedLength: scalars.weightedCount)
        self.description = description
        descriptionScalars = scalars
        let categoryHints: (ProfileHint?, ProfileHint?)
        (categoryTexts, categoryHints) = Self.scannedCategoryTexts(of: listing, cache: cache)
        if let profile {
            self.profile = profile
            categoryNeeds = nil
            isPreparedFood = false
        } else {
            let hint = CategoryProfiler.hint(
                of: listing, title: title, subtitle: { Self.subtitleText(of: listing).map(cache.scanned) },
                categoryHints: categoryHints, cache: cache)
            self.profile = hint.profile ?? .general
            categoryNeeds = hint.needs
            isPreparedFood = hint.isPreparedFood
        }
        (imageAddresses, sizeOptions, colourOptions, otherOptions) = cache.imagesAndOptions(of: listing)
        // Stored last, after its fields were read: the listing is moved in, not copied (each of its references
        // retained) and then released.
        self.listing = listing
    }

    /// The facts of `listing` with `settings`, with what this worker has scanned already.
    convenience init(_ listing: Listing, settings: RuleSettings, cache: FactsCache, profile: ProductProfile? = nil) {
        self.init(listing, settings: SharedRuleSettings(settings), cache: cache, profile: profile)
    }

    /// The facts of `listing` with `book` and `settings`, on its own.
    public convenience init(
        _ listing: Listing, settings: RuleSettings = RuleSettings(), book: PhraseBook = ListingPhrase.standardBook,
        profile: ProductProfile? = nil
    ) {
        self.init(listing, settings: SharedRuleSettings(settings), cache: FactsCache(book: book), profile: profile)
    }

    /// The category path and product type, scanned: what the product is, besides the title.
    public let categoryTexts: [ScannedText]

    /// The category path and product type of `listing` that are not empty, scanned, in that order, and the hint of
    /// each (`FactsCache.category`; `nil` for a text that has none and where there is no text). An array is made
    /// only when both are written: a lone text's array is the cache's.
    private static func scannedCategoryTexts(of listing: Listing, cache: FactsCache)
        -> ([ScannedText], (ProfileHint?, ProfileHint?))
    {
        let (path, type) = (listing.categoryPath, listing.productType)
        switch (path.isEmpty, type.isEmpty) {
        case (true, true): return ([], (nil, nil))
        case (false, true):
            let category = cache.category(path)
            return (category.alone, (category.hint, nil))
        case (true, false):
            let category = cache.category(type)
            return (category.alone, (category.hint, nil))
        case (false, false):
            let (first, second) = (cache.category(path), cache.category(type))
            return ([first.text, second.text], (first.hint, second.hint))
        }
    }

    /// Whether `list` has a hit in the title, category path or product type.
    public func titleOrCategoryNames(_ list: ListingPhrase) -> Bool {
        title.contains(list) || categoryTexts.contains { $0.contains(list) }
    }

    /// Whether the taxonomy category that decided the profile, or one the title names specifically, is bought by its
    /// dimensions (`Planters`, `Fence Panels`).
    public var namesDimensionalCategory: Bool {
        if categoryNeeds?.contains(.dimensional) == true { return true }
        return title.hits[ListingPhrase.productWords.rawValue].contains {
            ProfileHint(value: $0.value).needs?.isSuperset(of: [.dimensional, .titles]) == true
        }
    }

    /// Whether `test` holds of the title, its sub-title or the description.
    func titleOrDescription(_ test: (ScannedText) -> Bool) -> Bool {
        test(title) || test(description) || subtitle.map(test) == true
    }

    /// The sub-title (the `subtitle` attribute: 淘宝助理 `subtitle`, 严选 `brief`, newbee_mall `goods_intro`),
    /// scanned; `nil` when there is none. It is read with the title: its facts and colours count as the title's, but
    /// it is no description (a placeholder description stays one, whatever the sub-title states).
    public private(set) lazy var subtitle: ScannedText? = Self.subtitleText(of: listing).map(cache.scanned)

    /// The text of the sub-title of `listing`; `nil` when there is none or it is empty.
    private static func subtitleText(of listing: Listing) -> String? {
        guard let value = listing.attributes.first(where: { $0.name == Attribute.subtitleName })?.value,
            !value.isEmpty
        else { return nil }
        return value
    }

    /// Whether the export summarises the texts instead of carrying them (Olist: the lengths of the name and
    /// description, a photo count, no options). Rules that read the title, description or options have nothing to
    /// judge on such a listing; `description.empty` judges the recorded length instead.
    public private(set) lazy var hasSummarisedText: Bool = {
        guard listing.variants.isEmpty else { return false }
        let written = (listing.title + listing.description).unicodeScalars
        guard !written.contains(where: { $0.isWordScalar }) else { return false }
        return listing.format == .olist
            || listing.attributes.contains { $0.name == "name_length" || $0.name == "description_length" }
    }()

    /// Every attribute as `name: value`, scanned: with the title, the description and the option values
    /// (`optionTexts(contain:)`), everything a buyer reads about the product, for rules that accept a fact stated
    /// anywhere (`anythingWritten`). The option values are not copied in: they are read where the facts hold them,
    /// and a listing without attributes (most) has no list made at all.
    private(set) lazy var attributeTexts: [ScannedText] = listing.attributes.isEmpty
        ? [] : listing.attributes.map { ScannedText($0.name + ": " + $0.value, book: book) }

    /// Whether `test` holds of an option value's text: the sizes', then the colours', then the others'.
    func optionTexts(contain test: (ScannedText) -> Bool) -> Bool {
        sizeOptions.contains { test($0.text) } || colourOptions.contains { test($0.text) }
            || otherOptions.contains { test($0.text) }
    }

    /// Whether `list` has a hit in the title, the description, an attribute or an option value.
    public func anywhereNames(_ list: ListingPhrase) -> Bool {
        anythingWritten { $0.contains(list) }
    }

    /// Whether `test` holds of the title, the description, an attribute (`name: value`) or an option value: the
    /// title and the description are tried first, and the attributes and options only when neither passes (the
    /// attributes are made texts and scanned only then). `describes`, when given, answers for the description what
    /// `test` would (from facts known already).
    func anythingWritten(_ test: (ScannedText) -> Bool, describes: (() -> Bool)? = nil) -> Bool {
        test(title) || (describes?() ?? test(description)) || attributeTexts.contains(where: test)
            || optionTexts(contain: test)
    }

    /// The description's content, placeholders set aside. Worked out as the facts are made (every listing's rules
    /// ask for it): a constant, read where the facts hold it (a lazy property's getter handed each reader a copy,
    /// its list retained and released).
    public let descriptionContent: DescriptionContent

    /// The description's meaningful scalars, tallied as it was folded: the key of shared descriptions and the
    /// weighted length of its content.
    private let descriptionScalars: MeaningfulScalars

    /// What the description amounts to (empty, placeholders only, filler, written).
    public private(set) lazy var descriptionState = Self.state(
        summarised: hasSummarisedText, filler: filler, content: descriptionContent)

    /// The facts the description states (measurements, materials, specs, an ingredient list), the shop's spec
    /// metafields read as part of it; for jewellery also a metal tone the title does not name (`MetalTone`), unless
    /// the description is a keyword dump (`金色` among search keywords is a keyword). Quoted from
    /// `descriptionStated`, for the rules that print or compare facts by their text.
    public private(set) lazy var descriptionFacts = StatedFact.facts(
        descriptionStated, in: description, then: specTexts[...])

    /// The facts of `descriptionFacts`, found once (`FactExtractor.stated`) and not quoted: what the rules that count
    /// the description's facts or ask for a kind of fact read. A prepared food's count of its own pieces
    /// (`PieceCount`: `6 cookies`) is a quantity where no other quantity is stated.
    private(set) lazy var descriptionStated: [StatedFact] = {
        var found = FactExtractor.stated(in: description, then: specTexts[...])
        if isPreparedFood, !found.contains(where: { $0.kind == .measurement(.quantity) }),
            let count = PieceCount.stated(in: description, title: title)
        {
            found.append(count)
        }
        guard profile == .jewellery else { return found }
        let tones = MetalTone.stated(
            in: description, then: specTexts[...], title: [title] + (subtitle.map { [$0] } ?? []),
            titleFacts: { self.titleStated }, described: found)
        return tones.isEmpty || isKeywordDump ? found : found + tones
    }()

    /// Whether the description has hype (`ListingPhrase.hype`) that is not negated: `description.thin` and
    /// `description.hype_without_facts` both ask it of every listing.
    public private(set) lazy var descriptionHasHype = description.hasAffirmed(.hype)

    /// The fact its kind needs that the listing states nowhere (`MissingProfileFactsRule.lackedFact`): worked out
    /// once for `description.missing_profile_facts` and `description.thin`, which leaves that fact to it.
    private(set) lazy var lackedProfileFact = MissingProfileFactsRule.lackedFact(self)

    /// Whether the listing is of a kind bought by its dimensions and gives none
    /// (`MissingDimensionsRule.lacksDimensions`): worked out once for `size.missing_dimensions` and
    /// `description.thin`, which leaves the measurements to it.
    private(set) lazy var lacksDimensions = MissingDimensionsRule.lacksDimensions(self)

    /// Whether the listing offers letter sizes with no measurement, size chart or body guide
    /// (`SizeWithoutMeasurementsRule.lacksMeasurements`): worked out once for `size.no_measurements` and
    /// `description.thin`, which leaves the measurements to it.
    private(set) lazy var lacksSizeMeasurements = SizeWithoutMeasurementsRule.lacksMeasurements(self)

    /// Whether the description is a keyword dump (`KeywordDump`), read once for the rules and facts that ask.
    public private(set) lazy var isKeywordDump = KeywordDump.matches(listing.description, title: listing.title)

    /// The values of the metafields that hold the product's specs (Shopify's `custom.product_specifications`,
    /// `custom.composition`: attributes named `namespace.key`), scanned: text the shop writes beside the
    /// description. Metafields of apps that hold no specs (reviews, Google Shopping, search and recommendation
    /// settings) are left out, and so are Shopify's category metafields (`shopify.fabric: algodon`,
    /// `shopify.neckline`): values picked from the taxonomy's lists, which are the listing's attributes (the
    /// rules that ask for a fact count them as such), not text describing the product.
    public private(set) lazy var specTexts: [ScannedText] = listing.attributes.filter { Self.isSpecMetafield($0.name) }
        .map { cache.scanned($0.value) }

    /// Whether the attribute `name` is a Shopify metafield key (`namespace.key`) of a namespace that holds specs.
    static func isSpecMetafield(_ name: String) -> Bool {
        guard let dot = name.firstIndex(of: "."), dot != name.startIndex else { return false }
        let namespace = name[..<dot]
        return !["reviews", "mm-google-shopping", "shopify"].contains(namespace) && !namespace.hasPrefix("shopify--")
    }

    /// The facts the title and its sub-title state (`Beard Oil 4oz`, `清润型 400ml`), quoted from `titleStated`.
    public private(set) lazy var titleFacts = StatedFact.facts(titleStated, in: title, then: subtitleTexts)

    /// The facts of `titleFacts`, found once and not quoted.
    private(set) lazy var titleStated = FactExtractor.stated(in: title, then: subtitleTexts)

    /// The sub-title, when there is one, as the texts read after the title.
    private var subtitleTexts: ArraySlice<ScannedText> { subtitle.map { [$0] } ?? [] }

    /// How many facts the title and the description state, read as one text (`mergedCount`): worked out once, for
    /// every rule that counts them.
    public private(set) lazy var titleAndDescriptionFactCount = Self.mergedCount(
        title: titleStated, description: descriptionStated,
        specKey: { [self] fact, inTitle in
            let quoted = inTitle
                ? fact.fact(in: title, then: subtitleTexts) : fact.fact(in: description, then: specTexts[...])
            return TextFold.key(quoted.text)
        })

    /// Whether the title or the description states a fact of a kind that `test` accepts (a fact of the two read as
    /// one is a fact of one of them). The description's facts are read first: most rules have had them worked out
    /// already.
    func titleOrDescriptionStates(_ test: (StatedFact.Kind) -> Bool) -> Bool {
        descriptionStated.contains { test($0.kind) } || titleStated.contains { test($0.kind) }
    }

    /// The language the title and description are written in, as far as the word lists go.
    public private(set) lazy var language = ListingLanguage.of(
        title: title, description: description, readingDescription: filler == nil)

    /// Every image address, gallery first, then variant images not in the gallery; blanks and repeats dropped. Read
    /// as the facts are made (the shop keys ask it of every listing): a constant, which the image rules read where
    /// the facts hold it (a lazy property's getter handed each rule its own reference, retained and released).
    let imageAddresses: [ImageAddress]

    /// The gallery's probed images (`--probe-images`), found once for every rule that judges the images themselves.
    private(set) lazy var probedImages = ProbedImage.all(in: listing)

    /// Whether some image of the gallery was probed (`probedImages` is not empty), with no list made.
    var hasProbedImages: Bool { listing.images.contains(where: \.isProbed) }

    /// The number of different pictures (same picture at another size counts once; placeholders not at all).
    public private(set) lazy var distinctImageCount = Self.distinctPictures(imageAddresses)

    /// The key of the title stem (`ShopKeys.stemKey`): the hash its traits found when the stem is composed as it
    /// stands, else worked out from the folded title.
    var titleStemKey: UInt64 {
        titleTraits.stemIsComposed ? titleTraits.stemHash : ShopKeys.stemKey(title.folded)
    }

    /// The hash of the normalised description, by which shared descriptions are counted (`ShopFacts`); `nil` when
    /// it is too short to count.
    public var descriptionKey: UInt64? { ShopKeys.descriptionKey(descriptionScalars) }

    /// Each attribute's name, scanned (to tell a material or spec attribute by its name).
    public private(set) lazy var attributeNames = listing.attributes.map { ScannedText($0.name, book: book) }

    /// The facts of every distinct value of the options of `kind`, in first-seen order.
    public func options(_ kind: OptionKind) -> [OptionValue] {
        switch kind {
        case .size: return sizeOptions
        case .colour: return colourOptions
        case .other: return otherOptions
        }
    }

    /// `text` (an attribute value) scanned.
    public func scanned(_ text: String) -> ScannedText { cache.scanned(text) }

    /// The lists of `options`, read as the facts are made (`FactsCache.imagesAndOptions(of:)`: every listing's
    /// rules ask for them): constants, which a rule reads where the facts hold them (lists read on first use were
    /// handed to each rule as a reference of its own, retained and released).
    private let sizeOptions: [OptionValue]
    private let colourOptions: [OptionValue]
    private let otherOptions: [OptionValue]
}

/// The facts of distinct option values in first-seen order (values equal as `String`s count once): a linear search
/// of the facts gathered while few (the usual option list), a set of the values once many.
///
/// The linear search compares no `String`s (a `String` comparison of two different non-ASCII values normalises
/// both): each value is looked up in the cache, which hands out one facts object for all values equal as `String`s,
/// so a repeat, however written, is told by that object (a long value written exactly as one before is told by its
/// bytes first). Should the cache start over while the list is read, the objects of the values
/// before no longer tell, and a value is compared as a `String` instead.
struct DistinctOptions {
    private var values: [OptionValue] = []
    private var seen: Set<String>?
    /// The option cache's `generation` when the first value was added.
    private var generation = 0

    /// Reads the facts of the distinct option values of each kind in `variants`, in first-seen order: one pass over
    /// the variants, one look-up in `options` (the facts of values scanned with `book`) per distinct value.
    static func read(
        _ variants: [Variant], book: PhraseBook, options: inout TextCache<OptionValue>
    ) -> (size: [OptionValue], colour: [OptionValue], other: [OptionValue]) {
        var size = DistinctOptions()
        var colour = DistinctOptions()
        var other = DistinctOptions()
        // By index: `for variant in` and `for option in` loops copy each variant and option (their strings retained
        // and released) to read one value.
        for index in variants.indices {
            let written = variants[index].options
            for option in written.indices {
                switch written[option].kind {
                case .size: size.add(written[option].value, book: book, options: &options)
                case .colour: colour.add(written[option].value, book: book, options: &options)
                case .other: other.add(written[option].value, book: book, options: &options)
                }
            }
        }
        return (size.values, colour.values, other.values)
    }

    /// Adds the facts of `value` from `options`, unless a value equal to it was added before.
    private mutating func add(_ value: String, book: PhraseBook, options: inout TextCache<OptionValue>) {
        if seen == nil, values.count > 32 { seen = Set(values.map(\.source)) }
        if seen != nil {
            guard seen!.insert(value).inserted else { return }
            values.append(options.value(for: value) { OptionValue($0, book: book) })
            return
        }
        // A value past `ShortTextKey.longest` bytes is first compared with the ones before by its bytes: a repeat
        // then costs no look-up (a seeded hash of its bytes and a `memcmp`). A shorter one is looked up at once (two
        // words compared in the cache's `ShortTextTable`), and a repeat is told by its facts object below.
        if value.utf8.count > ShortTextKey.longest, values.contains(where: { $0.source.hasSameBytes(as: value) }) {
            return
        }
        let option = options.value(for: value) { OptionValue($0, book: book) }
        if values.isEmpty {
            generation = options.generation
            // Room for a usual option list at once, not grown one value at a time.
            values.reserveCapacity(8)
        } else if values.contains(where: { $0 === option }) {
            return
        } else if options.generation != generation, values.contains(where: { $0.source == value }) {
            return
        }
        values.append(option)
    }
}
