extension ListingFacts {
    /// One image address of the listing, read once for every image rule.
    struct ImageAddress: Sendable {
        /// The address as the export wrote it.
        let url: String
        /// Where it was read.
        let location: SourceLocation
        /// The address without scheme, query and size suffix (`ImageURL.normalised`): the picture's identity.
        let picture: String
        /// Whether it points at a stand-in picture (`placeholder.png`).
        let isPlaceholder: Bool
        /// What keeps a marketplace from fetching it, if anything.
        let problem: ImageURL.Problem?
    }

    /// Every image address, gallery first, then variant images not in the gallery; blanks and repeats dropped.
    static func imageAddresses(of listing: Listing) -> [ImageAddress] {
        var seen = Set<String>()
        var result: [ImageAddress] = []
        func add(_ url: String, _ location: SourceLocation) {
            guard !url.trimmingWhitespace().isEmpty, seen.insert(url).inserted else { return }
            result.append(
                ImageAddress(
                    url: url, location: location, picture: ImageURL.normalised(url),
                    isPlaceholder: ImageURL.isPlaceholder(url), problem: ImageURL.problem(url)))
        }
        for image in listing.images { add(image.url, image.location) }
        for variant in listing.variants {
            if let url = variant.imageURL { add(url, variant.location) }
        }
        return result
    }

    /// The number of different pictures: addresses compared by picture, placeholders left out.
    static func distinctPictures(_ addresses: [ImageAddress]) -> Int {
        Set(addresses.lazy.filter { !$0.isPlaceholder }.map(\.picture)).count
    }
}
