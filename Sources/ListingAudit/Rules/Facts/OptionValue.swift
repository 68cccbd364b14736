/// What the rules know about one option value (`黑色`, `XL`, `如图`, `Navy Stripe`): scanned once, and judged once
/// for every rule that asks. Option values repeat across a shop, so they are kept in a `FactsCache`.
public final class OptionValue {
    /// The value scanned.
    public let text: ScannedText
    /// Whether the value is blank (white space only).
    public let isBlank: Bool
    /// Whether it names a colour (`黑`, `Navy Blue`, `酒红色`, `Cream`, `原木色`).
    public let namesColour: Bool
    /// The colour families it names, as a bit set over `ColourFamilies.families`' positions.
    let colourFamilies: UInt32
    /// Whether it is a letter size (`M`, `XL`, `均码`, `One Size`, `L码`, `S/M`).
    public let isLetterSize: Bool
    /// Whether it is a children's size given by age (`0-3M`, `3-6 months`, `2T`, `12-18 meses`).
    public let isAgeSize: Bool
    /// Whether it holds a measurement (`12 inches`, `500 ml`).
    public let hasMeasurement: Bool

    init(_ value: String, book: PhraseBook) {
        text = ScannedText(value, book: book)
        isBlank = value.isBlank
        colourFamilies = ColourFamilies.mask(inOption: text)
        namesColour = colourFamilies != 0 || text.contains(.colourExtraNames)
        isLetterSize = SizeLexicon.isLetterSize(value)
        isAgeSize = !isLetterSize && SizeLexicon.isAgeSize(value)
        hasMeasurement = !MeasurementScanner.measurements(in: text.folded).isEmpty
    }

    /// The value as written.
    public var source: String { text.source }

    /// As a colour value, whether it names no colour: a lot number (`A款`, `1号`, `Color 2`), a chance word (`随机`,
    /// `random`), or a "see the picture" word with no colour named (`如图`, `as shown`).
    public private(set) lazy var isVagueColour = ColourLexicon.isVague(self)

    /// As a colour value, whether it is only a pattern (`条纹`, `leopard`) with no base colour.
    public private(set) lazy var isPatternOnly = text.contains(.colourPatterns) && !namesColour

    /// As a size value, whether it is a colour or placeholder with nothing size-like beside it.
    public private(set) lazy var isNotASize = SizeLexicon.isNotASize(self)
}

/// Option values and category texts seen by one worker, so each distinct one is scanned and judged once. Shops
/// repeat a few dozen colours, sizes and categories over thousands of listings.
final class FactsCache {
    let book: PhraseBook
    /// The readers of every listing's image addresses and option values, in one stored property: each access to a
    /// class's stored property is checked for exclusive access at run time, and a listing's images and options are
    /// read in one access (`imagesAndOptions(of:)`).
    private var readers: ListingReaders
    private var texts = TextCache<ScannedText>()
    private var hints = TextCache<ProfileHint?>()
    private var categories = TextCache<CategoryText>()

    /// - Parameter optionCapacity: how many option values are kept before the cache of their facts starts over.
    init(book: PhraseBook, optionCapacity: Int = 4096) {
        self.book = book
        readers = ListingReaders(options: TextCache(capacity: optionCapacity))
    }

    /// How many times the cache of option facts has started over: the facts object of a value is the one of every
    /// value equal to it as a `String` as long as this number stays the same.
    var optionGeneration: Int { readers.options.generation }

    /// The image addresses of `listing` (`ListingFacts.imageAddresses`) and the facts of the distinct option values
    /// of each kind of its variants, in first-seen order (`DistinctOptions`), in one access to the cache: a
    /// look-up per value in a class's stored property was checked for exclusive access each time (some 120
    /// instructions of a value's 900), and the images and the options were two accesses a listing.
    func imagesAndOptions(of listing: Listing) -> (
        addresses: [ListingFacts.ImageAddress], size: [OptionValue], colour: [OptionValue], other: [OptionValue]
    ) {
        readers.read(listing, book: book)
    }

    /// The profile hint of category text `text`, worked out by `hint` once per distinct text.
    ///
    /// Looked up, then worked out and kept, in three steps rather than by `TextCache.value(for:_:)` with a closure:
    /// a closure that captured `text` inside the access to `hints` had the text copied (its folded bytes, offsets,
    /// source and hits retained, then released) for each category text of each listing, hint known or not.
    func hint(of text: ScannedText, _ hint: (ScannedText) -> ProfileHint?) -> ProfileHint? {
        if let known = hints.known(text.source) { return known }
        let value = hint(text)
        hints.add(value, for: text.source)
        return value
    }

    /// `text` (a category path, a product type, an attribute value) scanned.
    func scanned(_ text: String) -> ScannedText {
        texts.value(for: text) { ScannedText($0, book: book) }
    }

    /// The category path or product type `text`, scanned (`scanned`), with the hint of its deepest segment
    /// (`CategoryProfiler.deepestHint`, through `hint(of:_:)`): one look-up a listing's category text, where the text
    /// and then its hint were looked up each, and the text put in an array of its own.
    func category(_ text: String) -> CategoryText {
        if let known = categories.known(text) { return known }
        let scanned = scanned(text)
        let category = CategoryText(alone: [scanned], hint: hint(of: scanned, CategoryProfiler.deepestHint))
        categories.add(category, for: text)
        return category
    }
}

/// What a worker reads every listing's image addresses and option values with, kept from one listing to the next.
struct ListingReaders {
    /// The reader of image addresses, which goes on from one listing's gallery to the next.
    var gallery = ImageURL.GalleryReader()
    /// The facts of the option values met so far.
    var options: TextCache<OptionValue>

    /// The image addresses of `listing` and the facts of its distinct option values of each kind, with `book`.
    mutating func read(_ listing: Listing, book: PhraseBook) -> (
        addresses: [ListingFacts.ImageAddress], size: [OptionValue], colour: [OptionValue], other: [OptionValue]
    ) {
        let addresses = ListingFacts.imageAddresses(of: listing, reader: &gallery)
        guard !listing.variants.isEmpty else { return (addresses, [], [], []) }
        let (size, colour, other) = DistinctOptions.read(listing.variants, book: book, options: &options)
        return (addresses, size, colour, other)
    }
}

/// A category path or product type, scanned, and the profile hint of its deepest segment (`FactsCache.category`).
struct CategoryText {
    /// The text, scanned, alone in an array: the category texts of a listing that has only this one, shared by every
    /// such listing.
    let alone: [ScannedText]
    /// The hint of its deepest segment; `nil` when no segment has one.
    let hint: ProfileHint?

    /// The text, scanned.
    var text: ScannedText { alone[0] }
}

/// Values worked out once per distinct text (texts equal as `String`s share one), up to `capacity` texts before it
/// starts over (bounds memory on shops whose values never repeat). A text written exactly as one before is found by
/// its bytes, without hashing its Unicode normalisation: a text of up to 16 bytes by its two words
/// (`ShortTextTable`), else (or when that table had no room for it) by a hash of its bytes (`ByteKeyedTable`); only
/// a text new to both is looked up by `String`.
struct TextCache<Value> {
    private var byText: [String: Value] = [:]
    private var byBytes = ByteKeyedTable<Value>()
    /// The values of short texts met before, by their bytes: emptied only when `byText` is, so each is the value
    /// `byText` holds for the text.
    private var byWords = ShortTextTable<Value>()
    private let capacity: Int
    /// How many times the cache has started over (`byText` emptied).
    private(set) var generation = 0

    init(capacity: Int = 4096) { self.capacity = capacity }

    /// The value of `text`: the one worked out for it (or a text equal to it) before, else `make(text)`.
    mutating func value(for text: String, _ make: (String) -> Value) -> Value {
        if let known = known(text) { return known }
        let value = make(text)
        add(value, for: text)
        return value
    }

    /// The value worked out for `text` (or a text equal to it) before, if any.
    mutating func known(_ text: String) -> Value? {
        let key = ShortTextKey(text)
        if let key, let known = byWords.value(for: key) { return known }
        if let known = byBytes.value(for: text) {
            if let key { byWords.set(known, for: key) }
            return known
        }
        if byBytes.count >= capacity { byBytes.removeAll() }
        if let known = byText[text] {
            byBytes.set(known, for: text)
            if let key { byWords.set(known, for: key) }
            return known
        }
        return nil
    }

    /// Keeps `value` as the value of `text`, which `known` did not find.
    mutating func add(_ value: Value, for text: String) {
        if byText.count >= capacity {
            byText.removeAll(keepingCapacity: true)
            byBytes.removeAll()
            byWords.removeAll()
            generation += 1
        }
        byText[text] = value
        byBytes.set(value, for: text)
        if let key = ShortTextKey(text) { byWords.set(value, for: key) }
    }
}
