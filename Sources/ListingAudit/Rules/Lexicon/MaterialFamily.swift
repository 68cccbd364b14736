/// A material the lexicon knows: its id, its spellings (zh and en) and, for specific kinds, the general kind it
/// belongs to (`genuine_leather` and `synthetic_leather` are kinds of `leather`).
public struct MaterialFamily: Sendable, Hashable {
    /// Stable id, e.g. `cotton`.
    public let id: String
    /// The general family this one is a kind of, if any.
    public let parent: String?

    /// Whether this is a fabric construction (`canvas`, `denim`, `velvet`, `fleece`) rather than a fibre: a canvas
    /// cap may well be cotton, so a construction is consistent with any fibre.
    public var isConstruction: Bool { Self.constructions.contains(id) }

    /// Whether a mention of `other` is consistent with a claim of this material (same, parent or child, or either
    /// is a fabric construction).
    public func isCompatible(with other: MaterialFamily) -> Bool {
        id == other.id || parent == other.id || other.parent == id || isConstruction || other.isConstruction
    }

    /// What kind of material this is, for comparing claims: fibres, fabrics and leathers (`soft`) are compared with
    /// each other, wood with wood, glass with acrylic glass and crystal; any other material only with itself. A
    /// leather strap on a steel buckle, or acrylic nails (the English word is also a fibre) described as 亚克力, is
    /// no contradiction.
    public var kind: String { Self.kinds[id] ?? id }

    private static let kinds: [String: String] = {
        var kinds: [String: String] = [:]
        let soft = [
            "cotton", "polyester", "nylon", "spandex", "wool", "merino", "cashmere", "silk", "linen", "viscose",
            "modal", "acrylic", "genuine_leather", "synthetic_leather", "leather", "down", "feather",
            "polypropylene", "velvet", "chiffon", "denim", "canvas", "flannel", "fleece", "corduroy",
            "blackout_fabric", "human_hair", "jute", "satin", "twill", "poplin", "microfibre",
        ]
        for id in soft { kinds[id] = "soft" }
        for id in ["wood", "solid_wood", "engineered_wood"] { kinds[id] = "wood" }
        for id in ["glass", "acrylic_glass", "crystal"] { kinds[id] = "glazing" }
        return kinds
    }()

    private static let constructions: Set<String> = [
        "velvet", "chiffon", "denim", "canvas", "flannel", "fleece", "corduroy", "blackout_fabric", "satin",
        "twill", "poplin",
    ]
}

extension MaterialFamily {
    /// Every family id the lexicon knows (`other` for materials a config adds), in a fixed order: list values
    /// name families by their position here.
    static let ids: [String] = Array(Set(StandardTerms.materials.values.joined()).union(["other"])).sorted()
    private static let positions = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })

    /// `families` packed into a list value: up to three family positions, one byte each (1-based); 0 names none
    /// (a false friend such as `海绵`).
    static func setIndex(of families: [String]) -> Int32 {
        var value: Int32 = 0
        for (slot, id) in families.prefix(3).enumerated() {
            guard let position = positions[id] else { continue }
            value |= Int32(position + 1) << (8 * slot)
        }
        return value
    }

    /// The families packed in a list value (see `setIndex(of:)`).
    static func families(in value: Int32) -> [MaterialFamily] {
        var families: [MaterialFamily] = []
        var rest = value
        while rest != 0 {
            let position = Int(rest & 0xFF) - 1
            if position >= 0, position < ids.count { families.append(family(ids[position])) }
            rest >>= 8
        }
        return families
    }

    /// Calls `body` with the position in `ids` (below 255) and the id of each family packed in a list value (see
    /// `setIndex(of:)`), building no family.
    static func forEachID(in value: Int32, _ body: (Int, String) -> Void) {
        var rest = value
        while rest != 0 {
            let position = Int(rest & 0xFF) - 1
            if position >= 0, position < ids.count { body(position, ids[position]) }
            rest >>= 8
        }
    }

    /// The family for `id`, with its parent.
    public static func family(_ id: String) -> MaterialFamily {
        MaterialFamily(id: id, parent: parents[id])
    }

    private static let parents: [String: String] = [
        "genuine_leather": "leather", "synthetic_leather": "leather", "merino": "wool", "stainless_steel": "metal",
        "aluminium": "metal", "copper": "metal", "brass": "metal", "iron": "metal",
        "titanium": "metal", "solid_wood": "wood", "engineered_wood": "wood", "down": "feather",
    ]
}
