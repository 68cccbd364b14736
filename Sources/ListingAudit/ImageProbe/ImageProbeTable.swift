/// Every image address of a run probed once: the probes by address as the export wrote it, and what the run cost.
public struct ImageProbeTable: Sendable {
    /// The probes, by address.
    public private(set) var probes: [String: ImageProbe] = [:]
    /// HTTP requests made (a retry or a revalidation counts).
    public var requests = 0
    /// Probes taken from the cache without a request.
    public var cached = 0
    /// Problems that did not stop the run (a cache that could not be written).
    public var warnings: [LocalizedText] = []
    /// The products using each file as their main image, by the file's `ImageProbe.contentKey`: one entry per
    /// product (title stem), in reading order. Filled by `ImageProbeStage` from every export's listings.
    var mainImageUses: [String: [MainImageUse]] = [:]

    /// A product whose main image is a probed file.
    struct MainImageUse: Sendable {
        /// `ShopFacts.titleStem` of the listing's title: colour and size listings of one product share it.
        let stem: String
        let title: String
        let address: String
    }

    public init(probes: [ImageProbe] = []) {
        for probe in probes { self.probes[probe.address] = probe }
    }

    /// The probe of `address`, if it was probed.
    public subscript(address: String) -> ImageProbe? {
        get { probes[address] }
        set { probes[address] = newValue }
    }

    /// Probes whose image could not be fetched or read.
    public var brokenCount: Int { probes.values.filter(\.isBroken).count }

    /// Probes the time budget left out.
    public var notProbedCount: Int { probes.values.filter { $0.outcome == .notProbed }.count }

    /// Records that the listing titled `title` has the image at `address` as its main image (once per product).
    mutating func recordMainImage(address: String, title: String) {
        guard let key = probes[address]?.contentKey else { return }
        let stem = ShopFacts.titleStem(title)
        guard mainImageUses[key]?.contains(where: { $0.stem == stem }) != true else { return }
        mainImageUses[key, default: []].append(MainImageUse(stem: stem, title: title, address: address))
    }

    /// The listing's images with their probes filled in, and its main image's uses by other products.
    func annotating(_ listing: Listing) -> Listing {
        var listing = listing
        for index in listing.images.indices { listing.images[index].probe = probes[listing.images[index].url] }
        if let key = listing.images.first?.probe?.contentKey, let uses = mainImageUses[key], uses.count > 1 {
            let stem = ShopFacts.titleStem(listing.title)
            let others = uses.filter { $0.stem != stem }
            if let other = others.first {
                listing.images[0].sameFileElsewhere = SharedImageFile(
                    products: others.count, title: other.title, address: other.address)
            }
        }
        return listing
    }
}

/// Other products whose main image is the same file as a listing's main image (same size and first 4 KB, under
/// the same address or another): how many, and one of them.
public struct SharedImageFile: Hashable, Sendable, Codable {
    /// How many other products (title stems) use the file as their main image.
    public var products: Int
    /// One of those products' titles, and the address it uses.
    public var title: String
    public var address: String

    public init(products: Int, title: String, address: String) {
        self.products = products
        self.title = title
        self.address = address
    }
}
