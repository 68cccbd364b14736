/// Facts about the whole export that some findings depend on (`ShopCondition`): whether the export carries images,
/// galleries and descriptions at all, and which descriptions many products share. Settled once every listing has been
/// read, from a few keys per listing (`ShopKeys`), so the listings themselves need not be kept.
///
/// Descriptions are compared by a 64-bit hash of their normalised text — letters, digits and ideographs only, folded
/// — so spacing, punctuation, case and emoji do not make two copies differ. Two different descriptions with the same
/// hash (about one chance in 10^7 for a million-listing shop) would be counted as one.
public struct ShopFacts: Sendable {
    /// How many listings, and how many different products (title stems), carry each description shared by two or
    /// more listings, by description key.
    var shared = SharedDescriptions()
    /// Whether any listing in the run has an image. When none has, the export carries no image column, and
    /// "no image" is said once of the export (`exportsWithoutImages`), not of each listing.
    public var exportHasImages: Bool
    /// Whether any listing in the run has more than one image. When none has, a feed that puts the main image in
    /// a column of its own (Google's `image_link` without `additional_image_link`) was exported without galleries.
    public var exportHasGalleries: Bool
    /// Whether any listing in the run has a description. When none has, a report whose description column is a
    /// legacy field (Amazon's listings report `item-description`) was exported without it.
    public var exportHasDescriptions: Bool
    /// The exports (by the file name their listings' locations carry) that have no description column at all, with
    /// how many listings each holds: one note per export instead of `description.empty` on each of its listings.
    public var exportsWithoutDescriptionColumn: [String: Int] = [:]
    /// The exports (by file name) that may leave descriptions out and in which no listing has one (an Amazon
    /// listings report, Olist), with how many listings each holds: one note per export (`ExportGap.descriptionText`).
    public var exportsWithoutDescriptionText: [String: Int] = [:]
    /// The exports (by file name) in which no listing has an image address, with how many listings each holds: one
    /// note per export instead of `images.missing_main` on each of its listings.
    public var exportsWithoutImages: [String: Int] = [:]
    /// The Google feeds (by file name) in which no item has an additional image, with how many listings each holds:
    /// one note per feed instead of `images.too_few` on each of its listings.
    public var feedsWithoutGalleries: [String: Int] = [:]
    /// The exports (by file name) with no column that can carry options (`ShopCheck.lacksOptionColumn`): what their
    /// listings offer is not known, so no finding compares a promise with it.
    public var exportsWithoutOptionColumn: Set<String> = []

    public init(exportHasImages: Bool = true, exportHasGalleries: Bool = true, exportHasDescriptions: Bool = true) {
        self.exportHasImages = exportHasImages
        self.exportHasGalleries = exportHasGalleries
        self.exportHasDescriptions = exportHasDescriptions
    }

    /// One note per gap of an export, in file order, then gap order: `file: note: [rule] …`, the message in both
    /// languages. Said once for the export in place of the gap's finding on each listing.
    public var exportNotes: [(file: String, gap: ExportGap, message: LocalizedText)] {
        var notes: [(file: String, gap: ExportGap, message: LocalizedText)] = []
        for gap in ExportGap.allCases {
            for (file, listings) in exports(lacking: gap) { notes.append((file, gap, gap.note(listings: listings))) }
        }
        let order = ExportGap.allCases
        return notes.sorted { left, right in
            left.file != right.file
                ? left.file < right.file : order.firstIndex(of: left.gap)! < order.firstIndex(of: right.gap)!
        }
    }

    /// The exports with `gap`, by file name, with how many listings each holds.
    public func exports(lacking gap: ExportGap) -> [String: Int] {
        switch gap {
        case .descriptionColumn: exportsWithoutDescriptionColumn
        case .descriptionText: exportsWithoutDescriptionText
        case .images: exportsWithoutImages
        case .galleries: feedsWithoutGalleries
        }
    }

    /// Descriptions whose normalised form is shorter than this many characters are not counted (empty and
    /// placeholder descriptions have rules of their own).
    public static let minimumDescriptionLength = 10

    /// How many listings share the description with key `key` (0 when it is too short to count, 1 when unshared).
    public func sharedCount(ofKey key: UInt64?) -> Int {
        guard let key else { return 0 }
        return shared[key]?.listings ?? 1
    }

    /// How many different products share the description with key `key` (0 when too short, 1 when unshared).
    public func sharedProducts(ofKey key: UInt64?) -> Int {
        guard let key else { return 0 }
        return shared[key]?.products ?? 1
    }

    /// How many listings share `description`.
    public func sharedCount(of description: String) -> Int { sharedCount(ofKey: ShopKeys.descriptionKey(description)) }

    /// How many different products share `description`.
    public func sharedProducts(of description: String) -> Int {
        sharedProducts(ofKey: ShopKeys.descriptionKey(description))
    }

    /// Whether `condition` holds for a listing with `keys` read from `file`; the count of products sharing its
    /// description for `sharedDescription`.
    func holds(_ condition: ShopCondition, for keys: ShopKeys, file: String) -> (holds: Bool, products: Int) {
        switch condition {
        case .exportHasDescriptionColumn: (exportsWithoutDescriptionColumn[file] == nil, 0)
        case .exportHasOptionColumn: (!exportsWithoutOptionColumn.contains(file), 0)
        case .exportHasImages: (exportHasImages && exportsWithoutImages[file] == nil, 0)
        case .exportHasGalleries: (exportHasGalleries && feedsWithoutGalleries[file] == nil, 0)
        case .exportHasDescriptions: (exportHasDescriptions && exportsWithoutDescriptionText[file] == nil, 0)
        case .exportLacksDescriptions: (!exportHasDescriptions, 0)
        case .sharedDescription(let minimum):
            { products in (products >= minimum, products) }(sharedProducts(ofKey: keys.description))
        }
    }

    /// The facts about `listings`.
    public static func compute(_ listings: [Listing]) -> ShopFacts {
        var tally = Tally()
        for listing in listings { tally.add(ShopKeys(ListingFacts(listing))) }
        return tally.facts
    }

    /// What identifies a product across its colour or size listings: the first two words of the title (Latin), or
    /// its first four Chinese characters, folded.
    public static func titleStem(_ title: String) -> String { ShopKeys.titleStem(FoldedText(title)) }
}

/// What one listing contributes to `ShopFacts`.
struct ShopKeys: Sendable {
    /// The hash of the normalised description; `nil` when it is shorter than `ShopFacts.minimumDescriptionLength`.
    let description: UInt64?
    /// The key of the title stem (`stemKey`).
    let stem: UInt64
    let hasImages: Bool
    let hasGallery: Bool
    let hasDescription: Bool

    init(description: UInt64?, stem: UInt64, hasImages: Bool, hasGallery: Bool, hasDescription: Bool) {
        self.description = description
        self.stem = stem
        self.hasImages = hasImages
        self.hasGallery = hasGallery
        self.hasDescription = hasDescription
    }

    /// Each field is read where the facts hold it: a local copy of the listing retained and released every one of
    /// its references once per listing.
    init(_ facts: ListingFacts) {
        description = facts.descriptionKey
        stem = description == nil ? 0 : facts.titleStemKey
        hasImages = !facts.listing.images.isEmpty || facts.listing.variants.contains { $0.imageURL != nil }
        hasGallery = facts.imageAddresses.count > 1
        hasDescription = !facts.listing.description.isBlank
    }

    /// The key of a description whose meaningful scalars (`MeaningfulScalars`, from `descriptionKeyBasis`) are
    /// `scalars` (see `ShopFacts`).
    static func descriptionKey(_ scalars: MeaningfulScalars) -> UInt64? {
        scalars.count >= ShopFacts.minimumDescriptionLength ? scalars.hash : nil
    }

    /// FNV-1a's offset basis, where a description key's hash starts.
    static let descriptionKeyBasis: UInt64 = 0xCBF2_9CE4_8422_2325

    /// The key of `description`.
    static func descriptionKey(_ description: String) -> UInt64? {
        var scalars = MeaningfulScalars(hashFrom: descriptionKeyBasis)
        _ = FoldedText(description, meaningful: &scalars)
        return descriptionKey(scalars)
    }
}
