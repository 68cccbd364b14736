/// The configurable word lists of the listing rules: built-in, adjusted by a config's `lexicons` key. They are
/// compiled with the fixed lists into one `PhraseBook` (see `ListingPhrase`).
public struct Lexicon: Sendable, Equatable {
    /// Subjective / hype wording (`高品质`, `百搭`, `premium quality`).
    public var hype: [String]
    /// Hedges (`以实物为准`, `存在色差`, `approx.`, `colours may vary`).
    public var hedges: [String]
    /// Placeholder descriptions (`详情见图`, `see photos`).
    public var placeholders: [String]
    /// Promotion in titles (`包邮`, `free shipping`).
    public var promotional: [String]
    /// Electronics spec words (`Type-C`, `蓝牙`, `compatible with`).
    public var specs: [String]
    /// Words that mark a measurement topic (`尺寸`, `length`), for weak hedges.
    public var measureWords: [String]
    /// Material spellings (`纯棉`, `聚酯纤维`, `304不锈钢`, `cotton`, `PU leather`) and the families each names; no
    /// family marks a false friend (`海绵` is no cotton).
    public var materials: [(spelling: String, families: [String])]

    /// The names a config uses for the lists, in documentation order.
    public static let listNames = ["hype", "hedges", "placeholders", "promotional", "specs", "materials"]

    /// The built-in lexicon.
    public static let standard = Lexicon(
        hype: StandardTerms.hype, hedges: StandardTerms.hedges, placeholders: StandardTerms.placeholders,
        promotional: StandardTerms.promotional, specs: StandardTerms.specs, measureWords: StandardTerms.measureWords,
        materials: StandardTerms.materials.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })

    /// This lexicon with `adjustments` applied (list name → terms to add and remove). Terms are compared folded.
    public func adjusted(by adjustments: [String: LexiconAdjustment]) -> Lexicon {
        var result = self
        for (name, adjustment) in adjustments.sorted(by: { $0.key < $1.key }) {
            switch name {
            case "hype": Self.apply(adjustment, to: &result.hype)
            case "hedges": Self.apply(adjustment, to: &result.hedges)
            case "placeholders": Self.apply(adjustment, to: &result.placeholders)
            case "promotional": Self.apply(adjustment, to: &result.promotional)
            case "specs": Self.apply(adjustment, to: &result.specs)
            case "materials":
                let removed = Set(adjustment.remove.map(UTF8Scalars.folded))
                result.materials.removeAll { removed.contains(UTF8Scalars.folded($0.spelling)) }
                result.materials += adjustment.add.map { ($0, ["other"]) }
            default: break
            }
        }
        return result
    }

    /// Whether `term` (folded) is in `list`.
    public static func contains(_ term: String, in list: [String]) -> Bool {
        let key = UTF8Scalars.folded(term.trimmingWhitespace())
        return list.contains { UTF8Scalars.folded($0.trimmingWhitespace()) == key }
    }

    private static func apply(_ adjustment: LexiconAdjustment, to list: inout [String]) {
        let removed = Set(adjustment.remove.map { UTF8Scalars.folded($0.trimmingWhitespace()) })
        list.removeAll { removed.contains(UTF8Scalars.folded($0.trimmingWhitespace())) }
        list += adjustment.add
    }

    public static func == (lhs: Lexicon, rhs: Lexicon) -> Bool {
        lhs.hype == rhs.hype && lhs.hedges == rhs.hedges && lhs.placeholders == rhs.placeholders
            && lhs.promotional == rhs.promotional && lhs.specs == rhs.specs && lhs.measureWords == rhs.measureWords
            && lhs.materials.elementsEqual(rhs.materials) { $0.spelling == $1.spelling && $0.families == $1.families }
    }
}

/// Terms to add to and remove from one lexicon list (config `lexicons.<list>`). Terms may be Chinese or English.
public struct LexiconAdjustment: Sendable, Equatable, Codable {
    public var add: [String]
    public var remove: [String]

    public init(add: [String] = [], remove: [String] = []) {
        self.add = add
        self.remove = remove
    }

    /// Decodes `add` and `remove`, both optional; another key is an error that names it.
    public init(from decoder: any Decoder) throws {
        try StrictKeys.check(decoder, allowed: ["add", "remove"])
        let container = try decoder.container(keyedBy: CodingKeys.self)
        add = try container.decodeIfPresent([String].self, forKey: .add) ?? []
        remove = try container.decodeIfPresent([String].self, forKey: .remove) ?? []
    }

    /// Whether it changes nothing.
    public var isEmpty: Bool { add.isEmpty && remove.isEmpty }
}
