extension ListingFacts {
    /// One image address of the listing, read once for every image rule.
    struct ImageAddress: Sendable {
        /// Where it was read.
        let location: SourceLocation
        /// The picture it shows: the address without scheme, query and size suffix.
        let picture: ImagePicture
        /// Whether it points at a stand-in picture (`placeholder.png`).
        let isPlaceholder: Bool
        /// What keeps a marketplace from fetching it, if anything.
        let problem: ImageURL.Problem?

        /// The address as the export wrote it (held once, by its picture).
        var url: String { picture.url }
    }

    /// Every image address, gallery first, then variant images not in the gallery; blanks and repeats dropped.
    static func imageAddresses(of listing: Listing) -> [ImageAddress] {
        var result: [ImageAddress] = []
        result.reserveCapacity(listing.images.count)
        // A gallery holds a handful of pictures: a linear search beats hashing every address, and only an address
        // its picture does not already tell apart (`hasOtherAddress`) is compared as a string.
        var seen: Set<String>?
        func isNew(_ url: String, _ picture: ImagePicture) -> Bool {
            if seen == nil, result.count > 32 { seen = Set(result.map(\.url)) }
            if seen != nil { return seen!.insert(url).inserted }
            return !result.contains { !$0.picture.hasOtherAddress(than: picture) && $0.url == url }
        }
        func add(_ url: String, _ location: SourceLocation) {
            guard !url.isBlank else { return }
            let (picture, isPlaceholder, problem) = ImageURL.read(url)
            guard isNew(url, picture) else { return }
            result.append(
                ImageAddress(location: location, picture: picture, isPlaceholder: isPlaceholder, problem: problem))
        }
        for image in listing.images { add(image.url, image.location) }
        for variant in listing.variants {
            if let url = variant.imageURL { add(url, variant.location) }
        }
        return result
    }

    /// The number of different pictures: addresses compared by picture, placeholders left out.
    static func distinctPictures(_ addresses: [ImageAddress]) -> Int {
        addresses.count { !$0.isPlaceholder } - repeatedPictures(addresses, placeholders: false).count
    }

    /// The indices of the addresses whose picture an earlier address shows, placeholders compared too or left out
    /// on both sides: a linear search in a short gallery, hashing in a long one (so a listing with thousands of
    /// images costs no more than its length). The pictures are compared where the addresses hold them, with no
    /// list of them and no copy of an address made.
    static func repeatedPictures(_ addresses: [ImageAddress], placeholders: Bool = true) -> [Int] {
        func isCompared(_ index: Int) -> Bool { placeholders || !addresses[index].isPlaceholder }
        if addresses.count <= 32 {
            return addresses.indices.filter { index in
                isCompared(index)
                    && (0..<index).contains { isCompared($0) && addresses[$0].picture == addresses[index].picture }
            }
        }
        var seen = Set<ImagePicture>()
        return addresses.indices.filter { isCompared($0) && !seen.insert(addresses[$0].picture).inserted }
    }
}
