/// Facts about the whole shop that single-listing rules need.
public struct ShopFacts: Sendable {
    /// How many listings carry each normalised description (key: the normalised text, see `normalise`).
    public var descriptionCounts: [String: Int]

    public init(descriptionCounts: [String: Int] = [:]) {
        self.descriptionCounts = descriptionCounts
    }

    /// Counts the descriptions of `listings` on every core. Descriptions whose normalised form is shorter than
    /// `minimumLength` characters are left out (empty and placeholder descriptions have rules of their own).
    public static func compute(_ listings: [Listing], minimumLength: Int = 10) -> ShopFacts {
        let chunks = ParallelChunks(count: listings.count)
        let partial = chunks.map { range -> [String: Int] in
            var counts: [String: Int] = [:]
            for index in range {
                let key = normalise(listings[index].description)
                if key.unicodeScalars.count >= minimumLength { counts[key, default: 0] += 1 }
            }
            return counts
        }
        var counts: [String: Int] = [:]
        for part in partial { counts.merge(part, uniquingKeysWith: +) }
        return ShopFacts(descriptionCounts: counts)
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
