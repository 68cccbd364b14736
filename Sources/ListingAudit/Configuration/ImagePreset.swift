/// The image minimums of one platform (config `imagePresets.<platform>`).
public struct ImagePreset: Sendable, Equatable, Codable {
    /// Fewest images a listing should have.
    public var minimumImages: Int
    /// Smallest acceptable image side in pixels.
    public var minimumSide: Int

    public init(minimumImages: Int, minimumSide: Int) {
        self.minimumImages = minimumImages
        self.minimumSide = minimumSide
    }

    public init(from decoder: any Decoder) throws {
        try StrictKeys.check(decoder, allowed: ["minimumImages", "minimumSide"])
        let container = try decoder.container(keyedBy: CodingKeys.self)
        minimumImages = try container.decode(Int.self, forKey: .minimumImages)
        minimumSide = try container.decode(Int.self, forKey: .minimumSide)
    }

    /// The platforms with a preset, in documentation order.
    public static let platforms = ["taobao", "douyin", "amazon", "shopify", "google"]

    /// The built-in presets: Taobao shows 5 main images and zooms from 800 px; Douyin allows up to 5 main images
    /// of at least 600×600; Amazon has 7 slots and zooms from 1000 px; Shopify themes look right from 800 px;
    /// Google Merchant asks for 500×500 for apparel from 2027.
    public static let defaults: [String: ImagePreset] = [
        "taobao": ImagePreset(minimumImages: 5, minimumSide: 800),
        "douyin": ImagePreset(minimumImages: 3, minimumSide: 600),
        "amazon": ImagePreset(minimumImages: 6, minimumSide: 1000),
        "shopify": ImagePreset(minimumImages: 3, minimumSide: 800),
        "google": ImagePreset(minimumImages: 2, minimumSide: 500),
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
