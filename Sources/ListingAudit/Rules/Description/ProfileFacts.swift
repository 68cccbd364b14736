/// The facts a product profile needs before a buyer can judge the item, and how to find them in a listing's
/// title, description and attributes.
enum ProfileFact: String, CaseIterable, Sendable {
    /// Material or composition (textiles).
    case material
    /// Interface, power, capacity or compatibility (electronics).
    case specs
    /// Net weight or volume (food).
    case netContent
    /// Measurements with a length unit (furniture, bags, rugs, curtains, containers).
    case dimensions

    /// What a finding calls the missing fact.
    var label: LocalizedText {
        switch self {
        case .material: LocalizedText(zh: "材质/成分", en: "material / composition")
        case .specs: LocalizedText(zh: "规格参数（接口、功率、容量、兼容型号）", en: "specs (interface, power, capacity, compatibility)")
        case .netContent: LocalizedText(zh: "净含量（克/毫升）", en: "net content (g / ml)")
        case .dimensions: LocalizedText(zh: "尺寸（带单位）", en: "dimensions with units")
        }
    }

    /// Title, category or type words that make a home textile or home good need its dimensions.
    static let sizedGoods = TermList([
        "地毯", "地垫", "脚垫", "窗帘", "纱帘", "桌布", "床单", "被套", "收纳", "储物", "保鲜盒", "置物", "整理箱", "篮",
        "rug", "rugs", "carpet", "doormat", "mat", "curtain", "curtains", "drape", "drapes", "tablecloth",
        "container", "containers", "storage", "box", "basket", "bin", "jar", "organizer", "organiser",
    ])
    /// Attribute names that carry each fact.
    static let attributeNames: [ProfileFact: TermList] = [
        .material: TermList(["材质", "面料", "成分", "材料", "material", "fabric", "composition"]),
        .specs: TermList(["接口", "功率", "电池", "容量", "兼容", "型号", "connectivity", "power", "battery", "wattage"]),
        .netContent: TermList(["净含量", "重量", "规格", "net weight", "net content", "weight", "volume", "size"]),
        .dimensions: TermList(["尺寸", "规格", "长", "宽", "高", "dimensions", "size", "length", "width", "height"]),
    ]

    /// The facts a listing of `profile` needs.
    static func required(for profile: ProductProfile, listing: Listing) -> [ProfileFact] {
        switch profile {
        case .apparel: return [.material]
        case .homeTextiles: return isSizedGood(listing) ? [.material, .dimensions] : [.material]
        case .electronics: return [.specs]
        case .food: return [.netContent]
        case .furniture, .bags: return [.dimensions]
        case .homeGoods: return isSizedGood(listing) ? [.dimensions] : []
        case .shoes, .accessories, .jewellery, .beauty, .toys, .general: return []
        }
    }

    /// Whether `facts` (from the title and description) or an attribute supplies this fact.
    func isPresent(in facts: [Fact], attributes: [Attribute]) -> Bool {
        if facts.contains(where: satisfies) { return true }
        guard let names = Self.attributeNames[self] else { return false }
        return attributes.contains { attribute in
            guard !names.matches(in: attribute.name).isEmpty else { return false }
            let value = attribute.value.trimmingWhitespace()
            if self == .material || self == .specs { return !value.isEmpty }
            return value.unicodeScalars.contains { $0.properties.numericType != nil }
        }
    }

    private func satisfies(_ fact: Fact) -> Bool {
        switch (self, fact.kind) {
        case (.material, .material): true
        case (.specs, .spec): true
        case (.specs, .measurement(let dimension)): UnitDimension.electrical.contains(dimension)
        case (.netContent, .measurement(let dimension)): dimension == .weight || dimension == .volume
        case (.dimensions, .measurement(let dimension)): dimension == .length
        default: false
        }
    }

    private static func isSizedGood(_ listing: Listing) -> Bool {
        let text = [listing.title, listing.categoryPath, listing.productType].joined(separator: " ")
        return !sizedGoods.matches(in: text).isEmpty
    }
}
