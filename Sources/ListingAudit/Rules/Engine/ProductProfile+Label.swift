extension ProductProfile {
    /// The kind of product as a shop owner names it, in both languages (the raw value stays the id).
    public var label: LocalizedText {
        switch self {
        case .apparel: LocalizedText(zh: "服装", en: "Clothing")
        case .shoes: LocalizedText(zh: "鞋", en: "Shoes")
        case .accessories: LocalizedText(zh: "配饰", en: "Accessories")
        case .bags: LocalizedText(zh: "箱包", en: "Bags")
        case .jewellery: LocalizedText(zh: "首饰", en: "Jewellery")
        case .homeTextiles: LocalizedText(zh: "家纺", en: "Home textiles")
        case .furniture: LocalizedText(zh: "家具", en: "Furniture")
        case .homeGoods: LocalizedText(zh: "家居用品", en: "Home goods")
        case .electronics: LocalizedText(zh: "电子产品", en: "Electronics")
        case .beauty: LocalizedText(zh: "美妆", en: "Beauty")
        case .food: LocalizedText(zh: "食品", en: "Food")
        case .toys: LocalizedText(zh: "玩具", en: "Toys")
        case .general: LocalizedText(zh: "其他", en: "General")
        }
    }
}
