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
    /// each other, wood with wood, glass with acrylic glass; any other material only with itself. A leather strap
    /// on a steel buckle, or acrylic nails (the English word is also a fibre) described as 亚克力, is no
    /// contradiction.
    public var kind: String { Self.kinds[id] ?? id }

    private static let kinds: [String: String] = {
        var kinds: [String: String] = [:]
        let soft = [
            "cotton", "polyester", "nylon", "spandex", "wool", "merino", "cashmere", "silk", "linen", "viscose",
            "modal", "acrylic", "genuine_leather", "synthetic_leather", "leather", "down", "feather",
            "polypropylene", "velvet", "chiffon", "denim", "canvas", "flannel", "fleece", "corduroy",
            "blackout_fabric", "human_hair", "jute",
        ]
        for id in soft { kinds[id] = "soft" }
        for id in ["wood", "solid_wood", "engineered_wood"] { kinds[id] = "wood" }
        for id in ["glass", "acrylic_glass"] { kinds[id] = "glazing" }
        return kinds
    }()

    private static let constructions: Set<String> = [
        "velvet", "chiffon", "denim", "canvas", "flannel", "fleece", "corduroy", "blackout_fabric",
    ]
}

/// One material named in a text.
public struct MaterialMention: Sendable, Hashable {
    /// The families the phrase names (`棉麻` names cotton and linen; `海绵` names none and is not reported).
    public let families: [MaterialFamily]
    /// The match in the text.
    public let match: TermMatch
}

/// The materials lexicon: spellings → families, with "false friends" that contain a material word but are not the
/// material (`海绵` sponge, `太空棉` polyester wadding, `冰丝` rayon, `棉服` a padded coat, `upside down`).
public struct MaterialLexicon: Sendable {
    /// Spelling (folded) → family ids; an empty list marks a false friend.
    public private(set) var spellings: [String: [String]]
    private var terms: TermList

    public init(spellings: [String: [String]]) {
        self.spellings = [:]
        terms = TermList([])
        for (spelling, families) in spellings.sorted(by: { $0.key < $1.key }) { insert(spelling, families: families) }
    }

    /// Adds a spelling for `families` (config `lexicons.materials.add` uses the family `other`).
    public mutating func insert(_ spelling: String, families: [String]) {
        let key = TermList.string(FoldedText(spelling.trimmingWhitespace()).folded)
        guard !key.isEmpty else { return }
        spellings[key] = families
        terms.insert(key)
    }

    /// Removes a spelling.
    public mutating func remove(_ spelling: String) {
        let key = TermList.string(FoldedText(spelling.trimmingWhitespace()).folded)
        spellings[key] = nil
        terms.remove(key)
    }

    /// The materials named in `text`, negated ones included (check `match.isNegated`).
    public func mentions(in text: String) -> [MaterialMention] {
        mentions(in: FoldedText(text))
    }

    /// The materials named in already folded text.
    public func mentions(in text: FoldedText) -> [MaterialMention] {
        terms.matches(in: text).compactMap { match in
            guard let ids = spellings[match.term], !ids.isEmpty else { return nil }
            return MaterialMention(families: ids.map(Self.family), match: match)
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
