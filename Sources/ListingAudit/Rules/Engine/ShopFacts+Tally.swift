extension ShopFacts {
    /// Counts the shop facts one listing at a time: two hashes per listing with a description. Up to `runLength`
    /// pairs are kept in memory; beyond that each full run is sorted and written to a temporary file
    /// (`DescriptionPairRuns`), so a shop of any size is counted in bounded memory. `facts` merges the sorted runs.
    public struct Tally: Sendable {
        private var pairs: [DescriptionPair] = []
        private var runs: [DescriptionPairRuns.Run] = []
        private var file: DescriptionPairRuns?
        private let runLength: Int
        /// Whether some listing counted so far has a picture.
        private(set) var hasImages = false
        /// Whether some listing counted so far has more than one picture.
        private(set) var hasGalleries = false
        /// Whether some listing counted so far has a description.
        private(set) var hasDescriptions = false
        private var withoutDescriptionColumn: [String: Int] = [:]
        private var withoutGalleries: [String: Int] = [:]
        private var withoutDescriptionText: [String: Int] = [:]
        private var withoutImages: [String: Int] = [:]
        private var withoutOptionColumn: Set<String> = []

        /// - Parameter runLength: pairs kept in memory before a sorted run goes to disk (16 bytes each).
        public init(runLength: Int = 1 << 18) {
            self.runLength = max(1, runLength)
        }

        /// Counts one listing's keys.
        mutating func add(_ keys: ShopKeys) {
            if let description = keys.description {
                pairs.append(DescriptionPair(description: description, stem: keys.stem))
                if pairs.count >= runLength { spill() }
            }
            hasImages = hasImages || keys.hasImages
            hasGalleries = hasGalleries || keys.hasGallery
            hasDescriptions = hasDescriptions || keys.hasDescription
        }

        /// Records that the export whose listings carry the file name `file` has no description column, and holds
        /// `listings` listings.
        mutating func exportLacksDescriptionColumn(file: String, listings: Int) {
            withoutDescriptionColumn[file, default: 0] += listings
        }

        /// Records that the export whose listings carry the file name `file` has no column that can carry options.
        mutating func exportLacksOptionColumn(file: String) {
            withoutOptionColumn.insert(file)
        }

        /// Records that the export whose listings carry the file name `file`, which may leave descriptions out, has
        /// none, and holds `listings` listings.
        mutating func exportLacksDescriptionText(file: String, listings: Int) {
            withoutDescriptionText[file, default: 0] += listings
        }

        /// Records that no listing of the export whose listings carry the file name `file` has an image, and that
        /// it holds `listings` listings.
        mutating func exportLacksImages(file: String, listings: Int) {
            withoutImages[file, default: 0] += listings
        }

        /// Records that the Google feed whose listings carry the file name `file` has no additional image in any
        /// item, and holds `listings` listings.
        mutating func feedLacksGalleries(file: String, listings: Int) {
            withoutGalleries[file, default: 0] += listings
        }

        /// Adds what `other` counted.
        mutating func merge(_ other: Tally) {
            runs += other.runs
            if pairs.isEmpty {
                pairs = other.pairs
            } else {
                pairs += other.pairs
            }
            if pairs.count >= runLength { spill() }
            hasImages = hasImages || other.hasImages
            hasGalleries = hasGalleries || other.hasGalleries
            hasDescriptions = hasDescriptions || other.hasDescriptions
            withoutDescriptionColumn.merge(other.withoutDescriptionColumn, uniquingKeysWith: +)
            withoutGalleries.merge(other.withoutGalleries, uniquingKeysWith: +)
            withoutDescriptionText.merge(other.withoutDescriptionText, uniquingKeysWith: +)
            withoutImages.merge(other.withoutImages, uniquingKeysWith: +)
            withoutOptionColumn.formUnion(other.withoutOptionColumn)
        }

        /// The facts counted so far.
        public var facts: ShopFacts {
            var facts = ShopFacts(
                exportHasImages: hasImages, exportHasGalleries: hasGalleries, exportHasDescriptions: hasDescriptions)
            facts.exportsWithoutDescriptionColumn = withoutDescriptionColumn
            facts.feedsWithoutGalleries = withoutGalleries
            facts.exportsWithoutDescriptionText = withoutDescriptionText
            facts.exportsWithoutImages = withoutImages
            facts.exportsWithoutOptionColumn = withoutOptionColumn
            var group: (description: UInt64, listings: Int, products: Int, stem: UInt64)?
            DescriptionPairRuns.merge(runs, pairs.sorted()) { pair in
                if let current = group, current.description == pair.description {
                    group = (
                        current.description, current.listings + 1,
                        current.products + (pair.stem == current.stem ? 0 : 1), pair.stem)
                    return
                }
                if let current = group, current.listings > 1 {
                    facts.shared.append(current.description, listings: current.listings, products: current.products)
                }
                group = (pair.description, 1, 1, pair.stem)
            }
            if let current = group, current.listings > 1 {
                facts.shared.append(current.description, listings: current.listings, products: current.products)
            }
            return facts
        }

        /// Sorts the pairs in memory and writes them out as one run (kept in memory if no file can be written).
        private mutating func spill() {
            if file == nil { file = DescriptionPairRuns() }
            guard let file else { return }
            pairs.sort()
            guard let run = file.append(pairs) else { return }
            runs.append(run)
            pairs.removeAll(keepingCapacity: true)
        }
    }
}

/// A listing's description key and title stem key, ordered by description, then stem.
struct DescriptionPair: Comparable, Sendable {
    var description: UInt64
    var stem: UInt64

    static func < (left: Self, right: Self) -> Bool {
        left.description != right.description ? left.description < right.description : left.stem < right.stem
    }
}
