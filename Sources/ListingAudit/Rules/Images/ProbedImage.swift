/// A listing image whose address was probed, for the rules that judge the images themselves.
struct ProbedImage {
    let image: ListingImage
    let probe: ImageProbe
    /// Whether it is the listing's main image (the first of the gallery).
    let isMain: Bool

    /// The probed images of `listing`, in gallery order; empty when images were not probed (`ListingFacts`
    /// keeps them for the rules). Each image is read where the gallery holds it and copied only when it was
    /// probed: most runs probe nothing.
    static func all(in listing: Listing) -> [ProbedImage] {
        var probed: [ProbedImage] = []
        for index in listing.images.indices {
            guard let probe = listing.images[index].probe else { continue }
            probed.append(ProbedImage(image: listing.images[index], probe: probe, isMain: index == 0))
        }
        return probed
    }

    /// The header, when the bytes were read as an image.
    var header: ImageHeader? { probe.outcome == .fetched ? probe.header : nil }

    /// `1200x800`, for evidence.
    var sizeText: String { header.map { "\($0.width)x\($0.height)" } ?? "" }

    /// A byte count in binary megabytes to one decimal (`1.5 MB`, `3 MB`), or in kilobytes below one megabyte.
    static func megabytes(_ bytes: Int) -> String {
        guard bytes >= 1 << 20 else { return "\(max(1, bytes >> 10)) KB" }
        // Tenths of a megabyte, without multiplying (a hostile Content-Range total may be near Int.max).
        let tenths = bytes / ((1 << 20) / 10)
        return tenths % 10 == 0 ? "\(tenths / 10) MB" : "\(tenths / 10).\(tenths % 10) MB"
    }
}
