/// Facts about the whole shop that single-listing rules need.
public struct ShopFacts: Sendable {
    /// How many listings carry each normalised description (key: the normalised text, see `normalise`).
    public var descriptionCounts: [String: Int]
    /// How many different products (distinct title stems, see `titleStem`) carry each normalised description: a
    /// dress listed once per colour (`Evelyn Pareo - White`, `Evelyn Pareo - Khaki`) is one product.
    public var descriptionProducts: [String: Int]
    /// Whether any listing in the run has an image. When none has, the export carries no image column, and
    /// "no image" says nothing about the listings.
    public var exportHasImages: Bool
    /// Whether any listing in the run has more than one image. When none has, a feed that puts the main image in
    /// a column of its own (Google's `image_link` without `additional_image_link`) was exported without galleries.
    public var exportHasGalleries: Bool
    /// Whether any listing in the run has a description. When none has, a report whose description column is a
    /// legacy field (Amazon's listings report `item-description`) was exported without it.
    public var exportHasDescriptions: Bool

    public init(
        descriptionCounts: [String: Int] = [:], descriptionProducts: [String: Int]? = nil,
        exportHasImages: Bool = true, exportHasGalleries: Bool = true, exportHasDescriptions: Bool = true
    ) {
        self.descriptionCounts = descriptionCounts
        self.descriptionProducts = descriptionProducts ?? descriptionCounts
        self.exportHasImages = exportHasImages
        self.exportHasGalleries = exportHasGalleries
        self.exportHasDescriptions = exportHasDescriptions
    }

    /// Counts the descriptions of `listings` on every core. Descriptions whose normalised form is shorter than
    /// `minimumLength` characters are left out (empty and placeholder descriptions have rules of their own).
    public static func compute(_ listings: [Listing], minimumLength: Int = 10) -> ShopFacts {
        let chunks = ParallelChunks(count: listings.count)
        let partial = chunks.map { range -> ([String: Int], [String: Set<String>]) in
            var counts: [String: Int] = [:]
            var stems: [String: Set<String>] = [:]
            for index in range {
                let key = normalise(listings[index].description)
                guard key.unicodeScalars.count >= minimumLength else { continue }
                counts[key, default: 0] += 1
                stems[key, default: []].insert(titleStem(listings[index].title))
            }
            return (counts, stems)
        }
        var counts: [String: Int] = [:]
        var stems: [String: Set<String>] = [:]
        for (partCounts, partStems) in partial {
            counts.merge(partCounts, uniquingKeysWith: +)
            stems.merge(partStems) { $0.union($1) }
        }
        let hasImages = listings.contains { listing in
            !listing.images.isEmpty || listing.variants.contains { $0.imageURL != nil }
        }
        let hasGalleries = listings.contains { $0.imageAddresses.count > 1 }
        let hasDescriptions = listings.contains { !$0.description.trimmingWhitespace().isEmpty }
        return ShopFacts(
            descriptionCounts: counts, descriptionProducts: stems.mapValues(\.count), exportHasImages: hasImages,
            exportHasGalleries: hasGalleries, exportHasDescriptions: hasDescriptions)
    }

    /// How many different products share `description` (0 when it is too short to count).
    public func sharedProducts(of description: String) -> Int {
        descriptionProducts[Self.normalise(description)] ?? 0
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

    /// How many listings share `listing`'s description (0 when it is too short to count).
    public func sharedCount(of description: String) -> Int {
        descriptionCounts[Self.normalise(description)] ?? 0
    }

    /// A description reduced to its letters, digits and ideographs, folded (case, full width), so spacing,
    /// punctuation and emoji do not make two copies look different.
    public static func normalise(_ description: String) -> String {
        var view = String.UnicodeScalarView()
        for scalar in description.unicodeScalars where scalar.isWordScalar {
            view.append(FoldedText.fold(scalar))
        }
        return String(view)
    }
}
