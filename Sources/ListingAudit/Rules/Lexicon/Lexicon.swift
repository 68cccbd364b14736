/// Every word list the rules use, built-in and adjusted by configuration. Shared by all rule families.
public struct Lexicon: Sendable {
    /// Subjective / hype wording (`高品质`, `百搭`, `premium quality`).
    public var hype: TermList
    /// Hedges (`以实物为准`, `存在色差`, `approx.`, `colours may vary`), with their false friends (`约会`).
    public var hedges: TermList
    /// Placeholder descriptions (`详情见图`, `see photos`).
    public var placeholders: TermList
    /// Promotion in titles (`包邮`, `free shipping`).
    public var promotional: TermList
    /// Electronics spec words (`Type-C`, `蓝牙`, `compatible with`).
    public var specs: TermList
    /// Words that mark a measurement topic (`尺寸`, `length`), for weak hedges.
    public var measureWords: TermList
    /// Materials (`纯棉`, `聚酯纤维`, `304不锈钢`, `cotton`, `PU leather`).
    public var materials: MaterialLexicon

    /// The names a config uses for the lists, in documentation order.
    public static let listNames = ["hype", "hedges", "placeholders", "promotional", "specs", "materials"]

    /// The built-in lexicon.
    public static let standard = Lexicon(
        hype: TermList(StandardTerms.hype),
        hedges: TermList(StandardTerms.hedges + StandardTerms.hedgeFalseFriends),
        placeholders: TermList(StandardTerms.placeholders),
        promotional: TermList(StandardTerms.promotional),
        specs: TermList(StandardTerms.specs),
        measureWords: TermList(StandardTerms.measureWords),
        materials: MaterialLexicon(spellings: StandardTerms.materials))

    /// The hedges in `text` that are real hedges (false friends and negated hedges such as `无色差` dropped).
    public func hedgeMatches(in text: FoldedText) -> [TermMatch] {
        hedges.matches(in: text).filter { !$0.isNegated && !Self.hedgeFalseFriends.contains($0.term) }
    }

    /// Whether `term` is a weak hedge (`约`, `左右`, `about`) that hedges only a number.
    public func isWeakHedge(_ term: String) -> Bool { StandardTerms.weakHedges.contains(term) }

    /// This lexicon with `adjustments` applied (list name → terms to add and remove).
    public func adjusted(by adjustments: [String: LexiconAdjustment]) -> Lexicon {
        var result = self
        for (name, adjustment) in adjustments {
            switch name {
            case "hype": result.hype.apply(adjustment)
            case "hedges": result.hedges.apply(adjustment)
            case "placeholders": result.placeholders.apply(adjustment)
            case "promotional": result.promotional.apply(adjustment)
            case "specs": result.specs.apply(adjustment)
            case "materials":
                for term in adjustment.add { result.materials.insert(term, families: ["other"]) }
                for term in adjustment.remove { result.materials.remove(term) }
            default: break
            }
        }
        return result
    }

    private static let hedgeFalseFriends = Set(StandardTerms.hedgeFalseFriends.map {
        TermList.string(FoldedText($0).folded)
    })
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

extension TermList {
    mutating func apply(_ adjustment: LexiconAdjustment) {
        for term in adjustment.add { insert(term) }
        for term in adjustment.remove { remove(term) }
    }
}
