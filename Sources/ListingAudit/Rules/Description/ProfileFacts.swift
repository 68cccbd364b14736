/// The facts a product profile needs before a buyer can judge the item, and how to find them in a listing's
/// title, description and attributes.
enum ProfileFact: String, CaseIterable, Sendable {
    /// Material or composition (textiles).
    case material
    /// Interface, power, capacity or compatibility (electronics).
    case specs
    /// Net weight or volume (food).
    case netContent

    /// What a finding calls the missing fact.
    var label: LocalizedText {
        switch self {
        case .material: LocalizedText(zh: "材质/成分", en: "material / composition")
        case .specs: LocalizedText(zh: "规格参数（接口、功率、容量、兼容型号）", en: "specs (interface, power, capacity, compatibility)")
        case .netContent: LocalizedText(zh: "净含量（克/毫升）", en: "net content (g / ml)")
        }
    }

    /// Attribute names that carry each fact.
    static let attributeNames: [ProfileFact: TermList] = [
        .material: TermList(["材质", "面料", "成分", "材料", "material", "fabric", "composition"]),
        .specs: TermList(["接口", "功率", "电池", "容量", "兼容", "型号", "connectivity", "power", "battery", "wattage"]),
        .netContent: TermList(["净含量", "重量", "规格", "net weight", "net content", "weight", "volume", "size"]),
    ]

    /// The facts a listing of `profile` needs. Dimensions (furniture, bags, rugs, curtains, containers) are
    /// `size.missing_dimensions`'s job.
    static func required(for profile: ProductProfile) -> [ProfileFact] {
        switch profile {
        case .apparel, .homeTextiles: [.material]
        case .electronics: [.specs]
        case .food: [.netContent]
        case .shoes, .accessories, .bags, .jewellery, .furniture, .homeGoods, .beauty, .toys, .general: []
        }
    }

    /// Whether `facts` (from the title and description) or an attribute supplies this fact. Electronics specs are
    /// also present when the listing states `minimumFacts` facts of any kind (a ring light's size and reach).
    func isPresent(in facts: [Fact], attributes: [Attribute], minimumFacts: Int) -> Bool {
        if facts.contains(where: satisfies) { return true }
        if self == .specs, facts.count >= minimumFacts { return true }
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
        default: false
        }
    }
}
