/// One product image as the export describes it.
public struct ListingImage: Hashable, Sendable, Codable {
    /// The image URL (or file name, for exports that carry local picture names).
    public var url: String
    /// 1-based position in the listing's gallery, when the export gives one.
    public var position: Int?
    /// The SKU of the variant this image belongs to, when the export links images to variants.
    public var variantSKU: String?
    /// Alternative text, when present.
    public var altText: String?
    /// Pixel width, when the export records it.
    public var width: Int?
    /// Pixel height, when the export records it.
    public var height: Int?
    /// Where the image was read.
    public var location: SourceLocation
    /// What `--probe-images` found at the address (`nil` when images were not probed).
    public var probe: ImageProbe?
    /// For a main image, when probing found other products whose main image is the same file (`nil` otherwise).
    public var sameFileElsewhere: SharedImageFile?

    public init(
        url: String, position: Int? = nil, variantSKU: String? = nil, altText: String? = nil,
        width: Int? = nil, height: Int? = nil, location: SourceLocation
    ) {
        self.url = url
        self.position = position
        self.variantSKU = variantSKU
        self.altText = altText
        self.width = width
        self.height = height
        self.location = location
    }

    /// An image with only its address, position and location, which it takes (`__owned`): appending one so made
    /// moves it into the gallery, where one made by the public initialiser, with its optional texts, was copied (280
    /// bytes, each reference retained) and the original released (`Listing.addImage(url:…)`).
    init(taking url: __owned String, position: Int, location: __owned SourceLocation) {
        self.url = url
        self.position = position
        self.location = location
    }
}
