/// What one selling platform allows in a listing, as data: the title's length limit and how it is counted, the
/// characters it bans in titles, and how many main images it takes. Chosen from the export format (config
/// `platform: "auto"`), or named by config `platform` or `--platform`. Image sizes and counts are the platform's
/// `ImagePreset`.
public struct PlatformProfile: Sendable, Equatable {
    /// The platform name (`taobao`, `douyin`, `pinduoduo`, `amazon`, `shopify`, `google`).
    public let name: String
    /// The longest title the platform accepts (`nil`: no platform limit; `thresholds.maximumTitleWidth` applies).
    public let maximumTitleLength: Int?
    /// Whether the platform counts a Chinese character as two (Taobao and Douyin: 60 = 30 汉字) rather than one.
    public let chineseCountsDouble: Bool
    /// Characters the platform refuses in titles.
    public let bannedTitleCharacters: [Unicode.Scalar]
    /// Most main (gallery) images the platform takes (`nil`: no limit worth checking).
    public let maximumMainImages: Int?
    /// Whether the platform requires a colour of jewellery as of clothing (Google Merchant: `color` is required for
    /// every product of `Apparel & Accessories`, jewellery included), so `colour.missing` asks jewellery for one
    /// (a metal named, `sterling silver`, `18K`, gives its tone).
    public let jewelleryNeedsColour: Bool

    public init(
        name: String, maximumTitleLength: Int? = nil, chineseCountsDouble: Bool = false,
        bannedTitleCharacters: String = "", maximumMainImages: Int? = nil, jewelleryNeedsColour: Bool = false
    ) {
        self.name = name
        self.maximumTitleLength = maximumTitleLength
        self.chineseCountsDouble = chineseCountsDouble
        self.bannedTitleCharacters = Array(bannedTitleCharacters.unicodeScalars)
        self.maximumMainImages = maximumMainImages
        self.jewelleryNeedsColour = jewelleryNeedsColour
    }

    /// The built-in profiles, in documentation order (the same names as `ImagePreset.platforms`). Sources:
    /// Taobao and Douyin title 60 counting 汉字 as 2 and at most 5 main images (Douyin product API `name` and `pic`;
    /// Taobao 主图 5 slots); Amazon title at most 200 characters with `! $ ? _ { } ^ ¬ ¦` banned (Seller Central
    /// help 201100890); Google Merchant `title` at most 150 characters, and `color` required for every product of
    /// `Apparel & Accessories` (166), jewellery (188) included (Merchant Center help 6324487: free listings
    /// everywhere, Shopping ads in Brazil, France, Germany, Japan, the UK and the US). Pinduoduo and Shopify have no
    /// title or main-image limit recorded here.
    public static let all: [PlatformProfile] = [
        PlatformProfile(name: "taobao", maximumTitleLength: 60, chineseCountsDouble: true, maximumMainImages: 5),
        PlatformProfile(name: "douyin", maximumTitleLength: 60, chineseCountsDouble: true, maximumMainImages: 5),
        PlatformProfile(name: "pinduoduo"),
        PlatformProfile(name: "amazon", maximumTitleLength: 200, bannedTitleCharacters: "!$?_{}^¬¦"),
        PlatformProfile(name: "shopify"),
        PlatformProfile(name: "google", maximumTitleLength: 150, jewelleryNeedsColour: true),
    ]

    /// The platform names, in documentation order.
    public static var names: [String] { all.map(\.name) }

    /// The profile named `name`, if any.
    public static func named(_ name: String) -> PlatformProfile? {
        all.first { $0.name == name }
    }

    /// The platform listings read as `format` are published on, if the format says.
    public static func platform(of format: ExportFormat) -> String? {
        ImagePreset.platform(of: format)
    }

    /// The platform's name as buyers know it, in both languages.
    public static func displayName(_ name: String) -> LocalizedText {
        switch name {
        case "taobao": LocalizedText(zh: "淘宝", en: "Taobao")
        case "douyin": LocalizedText(zh: "抖店", en: "Douyin")
        case "pinduoduo": LocalizedText(zh: "拼多多", en: "Pinduoduo")
        case "amazon": LocalizedText(zh: "亚马逊", en: "Amazon")
        case "google": LocalizedText(zh: " Google ", en: "Google")
        case "shopify": LocalizedText(zh: " Shopify ", en: "Shopify")
        default: LocalizedText(zh: name, en: name)
        }
    }

    /// What config `platform` and `--platform` accept: `auto` (from each listing's export format), `none` (no
    /// platform: the thresholds apply) or a platform name.
    public static var choices: [String] { ["auto", "none"] + names }
}
