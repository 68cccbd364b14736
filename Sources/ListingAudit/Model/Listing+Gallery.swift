/// The positions of a long gallery's addresses, so that adding an image costs the same however many came before: a
/// hostile export with tens of thousands of addresses in one cell would otherwise compare each with all earlier
/// ones.
struct GalleryIndex: Sendable {
    /// The position in `images` of each address indexed.
    fileprivate var positions: [String: Int] = [:]
    /// How many of `images`, from the start, are indexed.
    fileprivate var indexed = 0

    /// Indexes the images not yet indexed, keeping the first position of a repeated address.
    fileprivate mutating func take(_ images: [ListingImage]) {
        while indexed < images.count {
            let url = images[indexed].url
            if positions[url] == nil { positions[url] = indexed }
            indexed += 1
        }
    }
}

extension Listing {
    /// A gallery up to this long is searched, not indexed.
    static let galleryIndexThreshold = 32

    /// Adds an image unless one with the same URL is already in the gallery; a variant link fills in a missing one.
    mutating func addImage(_ image: consuming ListingImage) {
        if let existing = galleryPosition(of: image.url) {
            if images[existing].variantSKU == nil { images[existing].variantSKU = image.variantSKU }
            if images[existing].altText == nil { images[existing].altText = image.altText }
            return
        }
        images.append(image)
    }

    /// The position in `images` of the image whose URL is `url`, if any (the first, should there be several): a
    /// linear search in a short gallery, an index past `galleryIndexThreshold` images. The index takes in the images
    /// appended since it was last used. Images are only ever appended, or reordered as a whole (an adapter's
    /// `complete`), so an address the index does not hold is not in the gallery; a position it gives is checked, and
    /// the index made again if the gallery was reordered.
    mutating func galleryPosition(of url: String) -> Int? {
        guard images.count > Self.galleryIndexThreshold else { return images.firstIndex { $0.url == url } }
        var index = galleryIndex ?? GalleryIndex()
        galleryIndex = nil
        defer { galleryIndex = index }
        if index.indexed > images.count { index = GalleryIndex() }
        index.take(images)
        if let position = index.positions[url], images[position].url != url {
            index = GalleryIndex()
            index.take(images)
        }
        return index.positions[url]
    }
}
