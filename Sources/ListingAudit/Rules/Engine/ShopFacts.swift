/// Facts about the whole shop that single-listing rules need. Built in one pass over the listings (`Tally`), so a
/// shop streamed in batches needs only these counts in memory, not its listings.
///
/// Descriptions are counted by a 64-bit hash of their normalised text — letters, digits and ideographs only, folded
/// (case, full width), so spacing, punctuation and emoji do not make two copies differ — not the text itself: a
/// million descriptions cost a few dozen megabytes. Two different descriptions with the same hash (about one chance
/// in 10^7 for a million-listing shop) would be counted as one.
public struct ShopFacts: Sendable {
    /// How many listings carry each normalised description, by its hash (see `descriptionKey`).
    var descriptionCounts: [Int: Int]
    /// How many different products (distinct title stems, see `titleStem`) carry each normalised description: a
    /// dress listed once per colour (`Evelyn Pareo - White`, `Evelyn Pareo - Khaki`) is one product.
    var descriptionProducts: [Int: Int]
    /// Whether any listing in the run has an image. When none has, the export carries no image column, and
    /// "no image" says nothing about the listings.
    public var exportHasImages: Bool
    /// Whether any listing in the run has more than one image. When none has, a feed that puts the main image in
    /// a column of its own (Google's `image_link` without `additional_image_link`) was exported without galleries.
    public var exportHasGalleries: Bool
    /// Whether any listing in the run has a description. When none has, a report whose description column is a
    /// legacy field (Amazon's listings report `item-description`) was exported without it.
    public var exportHasDescriptions: Bool

    public init(exportHasImages: Bool = true, exportHasGalleries: Bool = true, exportHasDescriptions: Bool = true) {
        descriptionCounts = [:]
        descriptionProducts = [:]
        self.exportHasImages = exportHasImages
        self.exportHasGalleries = exportHasGalleries
        self.exportHasDescriptions = exportHasDescriptions
    }

    /// Descriptions whose normalised form is shorter than this many characters are not counted (empty and
    /// placeholder descriptions have rules of their own).
    public static let minimumDescriptionLength = 10

    /// Counts what single-listing rules need to know about the shop, one batch of listings at a time.
    public struct Tally: Sendable {
        private var counts: [Int: Int] = [:]
        /// Each (description, title stem) pair seen, to count distinct products per description.
        private var products: Set<DescriptionProduct> = []
        private var hasImages = false
        private var hasGalleries = false
        private var hasDescriptions = false

        public init() {}

        /// Counts `listings`, on every core.
        public mutating func add(_ listings: [Listing]) {
            let chunks = ParallelChunks(count: listings.count)
            let parts = chunks.map { range -> Tally in
                var part = Tally()
                for index in range { part.add(listings[index]) }
                return part
            }
            for part in parts { merge(part) }
        }

        /// Counts one listing.
        public mutating func add(_ listing: Listing) {
            if let key = ShopFacts.descriptionKey(listing.description) {
                counts[key, default: 0] += 1
                let stem = ShopFacts.titleStem(listing.title).hashValue
                products.insert(DescriptionProduct(description: key, stem: stem))
            }
            if !hasImages {
                hasImages = !listing.images.isEmpty || listing.variants.contains { $0.imageURL != nil }
            }
            if !hasGalleries { hasGalleries = listing.imageAddresses.count > 1 }
            if !hasDescriptions { hasDescriptions = !listing.description.trimmingWhitespace().isEmpty }
        }

        private mutating func merge(_ other: Tally) {
            counts.merge(other.counts, uniquingKeysWith: +)
            products.formUnion(other.products)
            hasImages = hasImages || other.hasImages
            hasGalleries = hasGalleries || other.hasGalleries
            hasDescriptions = hasDescriptions || other.hasDescriptions
        }

        /// The facts counted so far.
        public var facts: ShopFacts {
            var facts = ShopFacts(
                exportHasImages: hasImages, exportHasGalleries: hasGalleries, exportHasDescriptions: hasDescriptions)
            facts.descriptionCounts = counts
            var perDescription: [Int: Int] = [:]
            for product in products { perDescription[product.description, default: 0] += 1 }
            facts.descriptionProducts = perDescription
            return facts
        }
    }

    /// A description hash and a title-stem hash.
    private struct DescriptionProduct: Hashable, Sendable {
        let description: Int
        let stem: Int
    }

    /// The facts about `listings`, counted on every core.
    public static func compute(_ listings: [Listing]) -> ShopFacts {
        var tally = Tally()
        tally.add(listings)
        return tally.facts
    }

    /// How many different products share `description` (0 when it is too short to count).
    public func sharedProducts(of description: String) -> Int {
        Self.descriptionKey(description).flatMap { descriptionProducts[$0] } ?? 0
    }

    /// How many listings share `description` (0 when it is too short to count).
    public func sharedCount(of description: String) -> Int {
        Self.descriptionKey(description).flatMap { descriptionCounts[$0] } ?? 0
    }

    /// The hash of `description`'s normalised form (its word characters, folded), computed without building it;
    /// `nil` when that form is shorter than `minimumDescriptionLength`.
    static func descriptionKey(_ description: String) -> Int? {
        var hasher = Hasher()
        var length = 0
        for scalar in description.unicodeScalars where scalar.isWordScalar {
            hasher.combine(FoldedText.fold(scalar).value)
            length += 1
        }
        return length >= minimumDescriptionLength ? hasher.finalize() : nil
    }

    /// What identifies a product across its colour or size listings: the first two words of the title (Latin), or
    /// its first four Chinese characters, folded.
    public static func titleStem(_ title: String) -> String {
        var stem = String.UnicodeScalarView()
        var words = 0
        var chinese = 0
        var inWord = false
        for scalar in title.unicodeScalars.map(FoldedText.fold) {
            if scalar.isCJK {
                chinese += 1
                stem.append(scalar)
                if chinese == 4 { break }
            } else if scalar.isWordScalar {
                if !inWord { words += 1 }
                guard words <= 2 else { break }
                inWord = true
                stem.append(scalar)
            } else if inWord {
                inWord = false
                stem.append(" ")
            }
        }
        return String(stem).trimmingWhitespace()
    }
}
