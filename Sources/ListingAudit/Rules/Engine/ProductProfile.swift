/// The kind of product a listing sells, decided from its category path, product type, Google category and title.
/// Rules declare the profiles they apply to, so a phone case is never asked for a size chart.
public enum ProductProfile: String, Sendable, Codable, CaseIterable {
    case apparel
    case shoes
    /// Hats, gloves, belts, scarves: sized or coloured wearables that are not garments.
    case accessories
    case bags
    case jewellery
    /// Bedding, towels, curtains, rugs: dimensions and material matter.
    case homeTextiles = "home_textiles"
    case furniture
    case homeGoods = "home_goods"
    case electronics
    case beauty
    case food
    case toys
    /// Anything not recognised.
    case general
}

extension ProductProfile {
    /// The profile's name for people, as messages and reports show it.
    public var label: LocalizedText {
        switch self {
        case .apparel: LocalizedText(zh: "服装", en: "apparel")
        case .shoes: LocalizedText(zh: "鞋靴", en: "shoes")
        case .accessories: LocalizedText(zh: "服饰配件", en: "accessories")
        case .bags: LocalizedText(zh: "箱包", en: "bags")
        case .jewellery: LocalizedText(zh: "珠宝首饰", en: "jewellery")
        case .homeTextiles: LocalizedText(zh: "家纺", en: "home textiles")
        case .furniture: LocalizedText(zh: "家具", en: "furniture")
        case .homeGoods: LocalizedText(zh: "家居用品", en: "home goods")
        case .electronics: LocalizedText(zh: "数码电器", en: "electronics")
        case .beauty: LocalizedText(zh: "美妆个护", en: "beauty")
        case .food: LocalizedText(zh: "食品", en: "food")
        case .toys: LocalizedText(zh: "玩具", en: "toys")
        case .general: LocalizedText(zh: "通用", en: "general")
        }
    }
}
