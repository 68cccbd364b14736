extension ListingFacts {
    /// One image address of the listing, read once for every image rule.
    struct ImageAddress: Sendable {
        /// The address as the export wrote it.
        let url: String
        /// Where it was read.
        let location: SourceLocation
        /// The picture it shows: the address without scheme, query and size suffix.
        let picture: ImagePicture
        /// Whether it points at a stand-in picture (`placeholder.png`).
        let isPlaceholder: Bool
        /// What keeps a marketplace from fetching it, if anything.
        let problem: ImageURL.Problem?
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
                ImageAddress(
                    url: url, location: location, picture: picture, isPlaceholder: isPlaceholder, problem: problem))
        }
        for image in listing.images { add(image.url, image.location) }
        for variant in listing.variants {
            if let url = variant.imageURL { add(url, variant.location) }
        }
        return result
    }

    /// The number of different pictures: addresses compared by picture, placeholders left out.
    static func distinctPictures(_ addresses: [ImageAddress]) -> Int {
        var count = 0
        if addresses.count <= 32 {
            for (index, address) in addresses.enumerated() where !address.isPlaceholder {
                let isRepeat = addresses[..<index].contains { !$0.isPlaceholder && $0.picture == address.picture }
                if !isRepeat { count += 1 }
            }
            return count
        }
        var seen = Set<ImagePicture>()
        for address in addresses where !address.isPlaceholder && seen.insert(address.picture).inserted { count += 1 }
        return count
    }

    /// The indices of the elements equal to an earlier one: a linear search in a short gallery, hashing in a long one
    /// (so a listing with thousands of images costs no more than its length).
    static func repeatedIndices<Element: Hashable>(_ elements: [Element]) -> [Int] {
        if elements.count <= 32 {
            return elements.indices.filter { index in elements[..<index].contains(elements[index]) }
        }
        var seen = Set<Element>()
        return elements.indices.filter { !seen.insert(elements[$0]).inserted }
    }
}
