/// The image requirements of one platform (config `imagePresets.<platform>`), chosen with the platform's other
/// limits (`PlatformProfile`, config `platform`, `--platform`) unless config `imagePlatform` names another. The byte
/// limit, hard minimum and square main image are judged only when images are probed (`--probe-images`).
public struct ImagePreset: Sendable, Equatable, Codable {
    /// Fewest images a listing should have.
    public var minimumImages: Int
    /// Smallest acceptable image side in pixels.
    public var minimumSide: Int
    /// Below this side (pixels) the platform rejects the image outright.
    public var hardMinimumSide: Int
    /// Largest image file the platform accepts, in bytes.
    public var maximumFileBytes: Int
    /// Whether the platform wants the main image square (1:1).
    public var squareMain: Bool

    public init(
        minimumImages: Int, minimumSide: Int, hardMinimumSide: Int = 100, maximumFileBytes: Int = 10 << 20,
        squareMain: Bool = false
    ) {
        self.minimumImages = minimumImages
        self.minimumSide = minimumSide
        self.hardMinimumSide = hardMinimumSide
        self.maximumFileBytes = maximumFileBytes
        self.squareMain = squareMain
    }

    /// Decodes a preset; `minimumImages` and `minimumSide` are required, the probe limits keep the built-in
    /// defaults when left out.
    public init(from decoder: any Decoder) throws {
        try StrictKeys.check(
            decoder, allowed: ["minimumImages", "minimumSide", "hardMinimumSide", "maximumFileBytes", "squareMain"])
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = ImagePreset(minimumImages: 0, minimumSide: 0)
        minimumImages = try container.decode(Int.self, forKey: .minimumImages)
        minimumSide = try container.decode(Int.self, forKey: .minimumSide)
        hardMinimumSide = try container.decodeIfPresent(Int.self, forKey: .hardMinimumSide)
            ?? defaults.hardMinimumSide
        maximumFileBytes = try container.decodeIfPresent(Int.self, forKey: .maximumFileBytes)
            ?? defaults.maximumFileBytes
        squareMain = try container.decodeIfPresent(Bool.self, forKey: .squareMain) ?? defaults.squareMain
    }

    /// The platforms with a preset, in documentation order.
    public static let platforms = ["taobao", "douyin", "pinduoduo", "amazon", "shopify", "google"]

    /// The built-in presets: Taobao shows 5 square main images, zooms from 800 px and takes files up to 3 MB;
    /// Douyin allows up to 5 square main images of at least 600×600 and up to 1 MB; Pinduoduo wants square
    /// images of at least 480×480 and up to 1 MB; Amazon has 7 slots, zooms from 1000 px and refuses images under
    /// 500 px or over 10 MB; Shopify themes zoom from 800 px and take up to 20 MB; Google Merchant asks for
    /// 500×500 for apparel from 2027, refuses images under 100×100 and takes up to 16 MB.
    public static let defaults: [String: ImagePreset] = [
        "taobao": ImagePreset(minimumImages: 5, minimumSide: 800, maximumFileBytes: 3 << 20, squareMain: true),
        "douyin": ImagePreset(minimumImages: 3, minimumSide: 600, maximumFileBytes: 1 << 20, squareMain: true),
        "pinduoduo": ImagePreset(minimumImages: 3, minimumSide: 480, maximumFileBytes: 1 << 20, squareMain: true),
        "amazon": ImagePreset(minimumImages: 6, minimumSide: 1000, hardMinimumSide: 500),
        "shopify": ImagePreset(minimumImages: 3, minimumSide: 800, maximumFileBytes: 20 << 20),
        "google": ImagePreset(minimumImages: 2, minimumSide: 500, maximumFileBytes: 16 << 20),
    ]

    /// The platform whose preset applies to listings read as `format`, if any.
    public static func platform(of format: ExportFormat) -> String? {
        switch format {
        case .shopify: "shopify"
        case .amazonListingsReport, .amazonFlatFile: "amazon"
        case .googleMerchant: "google"
        case .taobaoAssistant: "taobao"
        case .wooCommerce, .magento, .chineseShop, .olist, .generic, .mapped: nil
        }
    }
}
