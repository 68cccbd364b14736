/// The facts a product profile needs before a buyer can judge the item, and how to find them in a listing's
/// title, description and attributes.
enum ProfileFact: String, CaseIterable, Sendable {
    /// Material or composition (textiles).
    case material
    /// Interface, power, capacity or compatibility (electronics).
    case specs
    /// Net weight or volume (food).
    case netContent
    /// The weight or volume of a serving, or its number of pieces (prepared food: a meal, a side dish, a dessert).
    case portion

    /// What a finding calls the missing fact.
    var label: LocalizedText {
        switch self {
        case .material: LocalizedText(zh: "材质/成分", en: "material / composition")
        case .specs: LocalizedText(zh: "规格参数（接口、功率、容量、兼容型号）", en: "specs (interface, power, capacity, compatibility)")
        case .netContent: LocalizedText(zh: "净含量（克/毫升）", en: "net content (g / ml)")
        case .portion: LocalizedText(zh: "份量（每份克数/毫升数或件数）", en: "portion (g / ml per serving, or pieces)")
        }
    }

    /// Attribute names that carry the fact: a portion is read where the net content is (a net weight is the weight
    /// of what is served).
    var attributeNames: [String] {
        switch self {
        case .material: ["材质", "面料", "成分", "材料", "material", "fabric", "composition"]
        case .specs: ["接口", "功率", "电池", "容量", "兼容", "型号", "connectivity", "power", "battery", "wattage"]
        case .netContent, .portion: ["净含量", "重量", "规格", "net weight", "net content", "weight", "volume", "size"]
        }
    }

    /// The list of the listing book that holds `attributeNames`.
    private var attributeList: ListingPhrase {
        switch self {
        case .material: .materialAttributes
        case .specs: .specAttributes
        case .netContent, .portion: .netContentAttributes
        }
    }

    /// The fact a listing of `profile` needs, if any: food its net content, prepared food (`preparedFood`:
    /// `ListingFacts.isPreparedFood`) its portion. Dimensions (furniture, bags, rugs, curtains, containers) are
    /// `size.missing_dimensions`'s job.
    static func required(for profile: ProductProfile, preparedFood: Bool = false) -> ProfileFact? {
        switch profile {
        case .apparel, .homeTextiles: .material
        case .electronics: .specs
        case .food: preparedFood ? .portion : .netContent
        case .shoes, .accessories, .bags, .jewellery, .furniture, .homeGoods, .beauty, .toys, .general: nil
        }
    }

    /// Whether the title and description (read as one) or an attribute supply this fact. Electronics specs are also
    /// present when the listing states `minimumDescriptionFacts` facts of any kind (a ring light's size and reach).
    func isPresent(in facts: ListingFacts) -> Bool {
        if facts.titleOrDescriptionStates(satisfies) { return true }
        if self == .specs, facts.titleAndDescriptionFactCount >= facts.settings.minimumDescriptionFacts { return true }
        return zip(facts.listing.attributes, facts.attributeNames).contains { attribute, name in
            guard name.contains(attributeList) else { return false }
            let value = attribute.value.trimmingWhitespace()
            if self == .material || self == .specs { return !value.isEmpty }
            return value.unicodeScalars.contains { $0.properties.numericType != nil }
        }
    }

    private func satisfies(_ kind: StatedFact.Kind) -> Bool {
        switch (self, kind) {
        case (.material, .material): true
        case (.specs, .spec): true
        case (.specs, .measurement(let dimension)): dimension.isElectrical
        case (.netContent, .measurement(let dimension)): dimension == .weight || dimension == .volume
        case (.portion, .measurement(let dimension)):
            dimension == .weight || dimension == .volume || dimension == .quantity
        default: false
        }
    }
}
