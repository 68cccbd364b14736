#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One product image as the export describes it.
public struct ListingImage: Hashable, Sendable, Codable {
    /// The UTF-8 bytes of the image URL (or file name, for exports that carry local picture names) as the export
    /// wrote it. The addresses read from one gallery cell are slices of one copy of that cell, so a gallery costs one
    /// allocation, not a `String` per address; the image rules read these bytes (`ImageURL.read`).
    public var address: ArraySlice<UInt8>
    /// The image URL as text, made from `address` on each use: for a finding's evidence, a report or the image
    /// probe.
    public var url: String {
        get { String(decoding: address, as: UTF8.self) }
        set { address = ArraySlice(newValue.utf8) }
    }
    /// 1-based position in the listing's gallery, when the export gives one.
    public var position: Int?
    /// Where the image was read.
    public var location: SourceLocation
    /// The properties few images have (`Details`), held apart so that an image of a gallery cell (its address,
    /// position and location alone) is a third of the size to build, move and destroy; `nil` while all are `nil`.
    private var details: DetailsBox?

    /// The SKU of the variant this image belongs to, when the export links images to variants.
    public var variantSKU: String? {
        get { details?.value.variantSKU }
        set { change { $0.variantSKU = newValue } }
    }
    /// Alternative text, when present.
    public var altText: String? {
        get { details?.value.altText }
        set { change { $0.altText = newValue } }
    }
    /// Pixel width, when the export records it.
    public var width: Int? {
        get { details?.value.width }
        set { change { $0.width = newValue } }
    }
    /// Pixel height, when the export records it.
    public var height: Int? {
        get { details?.value.height }
        set { change { $0.height = newValue } }
    }
    /// What `--probe-images` found at the address (`nil` when images were not probed).
    public var probe: ImageProbe? {
        get { details?.value.probe }
        set { change { $0.probe = newValue } }
    }
    /// Whether `--probe-images` found something at the address (`probe != nil`). An image with no details (every
    /// image of a gallery cell before any probe) answers with no `ImageProbe?` read out of them and destroyed.
    public var isProbed: Bool {
        guard let details else { return false }
        return details.value.probe != nil
    }
    /// For a main image, when probing found other products whose main image is the same file (`nil` otherwise).
    public var sameFileElsewhere: SharedImageFile? {
        get { details?.value.sameFileElsewhere }
        set { change { $0.sameFileElsewhere = newValue } }
    }

    /// The properties of an image other than its address, position and location.
    private struct Details: Hashable, Sendable {
        var variantSKU: String?
        var altText: String?
        var width: Int?
        var height: Int?
        var probe: ImageProbe?
        var sameFileElsewhere: SharedImageFile?

        /// Whether every property is `nil`.
        var isEmpty: Bool { self == Details() }
    }

    /// `Details` held by reference; never changed once made (a change makes a new box).
    private final class DetailsBox: Sendable {
        let value: Details
        init(_ value: Details) { self.value = value }
    }

    /// The image's details: all `nil` when none is set.
    private var allDetails: Details { details?.value ?? Details() }

    /// Applies `update` to the details, kept in a new box (or none, when all are `nil` after it).
    private mutating func change(_ update: (inout Details) -> Void) {
        var value = allDetails
        update(&value)
        details = value.isEmpty ? nil : DetailsBox(value)
    }

    /// Images are equal when their addresses, positions, locations and details are.
    public static func == (left: ListingImage, right: ListingImage) -> Bool {
        left.address == right.address && left.position == right.position && left.location == right.location
            && (left.details === right.details || left.allDetails == right.allDetails)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(address)
        hasher.combine(position)
        hasher.combine(location)
        hasher.combine(allDetails)
    }

    private enum CodingKeys: String, CodingKey {
        case url, position, variantSKU, altText, width, height, location, probe, sameFileElsewhere
    }

    public init(
        url: String, position: Int? = nil, variantSKU: String? = nil, altText: String? = nil,
        width: Int? = nil, height: Int? = nil, location: SourceLocation
    ) {
        self.address = ArraySlice(url.utf8)
        self.position = position
        self.location = location
        let details = Details(variantSKU: variantSKU, altText: altText, width: width, height: height)
        self.details = details.isEmpty ? nil : DetailsBox(details)
    }

    /// An image with only its address, position and location, which it takes (`__owned`): appending one so made
    /// moves it into the gallery, where one made by the public initialiser, with its optional texts, was copied (96
    /// bytes, each reference retained) and the original released (`Listing.addImage(address:…)`).
    init(taking address: __owned ArraySlice<UInt8>, position: Int?, location: __owned SourceLocation) {
        self.address = address
        self.position = position
        self.location = location
    }

    /// Decodes an image encoded with its address as the text `url`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        address = ArraySlice(try container.decode(String.self, forKey: .url).utf8)
        position = try container.decodeIfPresent(Int.self, forKey: .position)
        location = try container.decode(SourceLocation.self, forKey: .location)
        let details = Details(
            variantSKU: try container.decodeIfPresent(String.self, forKey: .variantSKU),
            altText: try container.decodeIfPresent(String.self, forKey: .altText),
            width: try container.decodeIfPresent(Int.self, forKey: .width),
            height: try container.decodeIfPresent(Int.self, forKey: .height),
            probe: try container.decodeIfPresent(ImageProbe.self, forKey: .probe),
            sameFileElsewhere: try container.decodeIfPresent(SharedImageFile.self, forKey: .sameFileElsewhere))
        self.details = details.isEmpty ? nil : DetailsBox(details)
    }

    /// Encodes the image with its address as the text `url`, the other properties as they are.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(url, forKey: .url)
        try container.encodeIfPresent(position, forKey: .position)
        try container.encodeIfPresent(variantSKU, forKey: .variantSKU)
        try container.encodeIfPresent(altText, forKey: .altText)
        try container.encodeIfPresent(width, forKey: .width)
        try container.encodeIfPresent(height, forKey: .height)
        try container.encode(location, forKey: .location)
        try container.encodeIfPresent(probe, forKey: .probe)
        try container.encodeIfPresent(sameFileElsewhere, forKey: .sameFileElsewhere)
    }

    /// Whether the addresses `left` and `right` are the same text: equal bytes, or, only when either is not ASCII,
    /// equal `String`s, which compare by canonical equivalence (`é` composed or decomposed, a Kelvin sign and `K`).
    /// Two ASCII texts are equal exactly when their bytes are.
    /// The bytes compare with `memcmp` and the ASCII test reads eight bytes at a time (`UTF8Validation.isASCII`):
    /// a gallery searched for each new address compares it with addresses that share a long prefix.
    static func isSameAddress(_ left: ArraySlice<UInt8>, _ right: ArraySlice<UInt8>) -> Bool {
        left.withUnsafeBufferPointer { left in
            right.withUnsafeBufferPointer { right in
                if left.count == right.count,
                    left.isEmpty || memcmp(left.baseAddress!, right.baseAddress!, left.count) == 0
                {
                    return true
                }
                if UTF8Validation.isASCII(left), UTF8Validation.isASCII(right) { return false }
                return String(decoding: left, as: UTF8.self) == String(decoding: right, as: UTF8.self)
            }
        }
    }
}
