/// One informative fact in a text: a measurement, a material, an electronics spec, an ingredient list, care
/// instructions, construction, what is in the box or where it is made.
public struct Fact: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// A number with a unit.
        case measurement(UnitDimension)
        /// A material family id (`cotton`).
        case material(String)
        /// An interface, standard or compatibility statement (`Type-C`, `蓝牙5.0`, `compatible with`).
        case spec
        /// A labelled ingredient or composition list (`Ingredients: water, …`, `配料：…`).
        case composition
        /// Care instructions (`machine wash cold`, `手洗`).
        case care
        /// What is in the box (`Package includes:`, `包装清单`).
        case contents
        /// Where it is made (`Made in the USA`, `产地`).
        case origin
        /// How it is built (`detachable liner`, `防水面料`, `zip closure`).
        case construction
    }

    public let kind: Kind
    /// The text as written.
    public let text: String
}

/// Extracts the facts that make a text informative from its scan. Materials count once per family and only when not
/// negated (`不含聚酯纤维` is not a polyester fact); a spec counts once per entry. A share of an ingredient
/// (`100% essential oils`) is a measurement unless it is a material's (`100% cotton` is the material fact). An
/// ingredient list counts once, when labelled (`Ingredients:`, or an `Ingredients` heading on its own line) and no
/// material already gives the composition. Care instructions, construction, an origin and a labelled
/// in-the-box list (`Package includes:`) count once each.
public enum FactExtractor {
    /// The facts in `text`, measurements first.
    public static func facts(in text: String, book: PhraseBook = ListingPhrase.standardBook) -> [Fact] {
        facts(in: [ScannedText(text, book: book)])
    }

    /// The facts of `texts` read as one (a title and its description): measurements first, then materials, then
    /// specs, each in text order.
    public static func facts(in texts: [ScannedText]) -> [Fact] {
        var facts: [Fact] = []
        for text in texts {
            let materials = text.hits[ListingPhrase.materials.rawValue]
            for measurement in MeasurementScanner.measurements(in: text.folded) {
                let isMaterials = materials.contains { $0.range.overlaps(measurement.range) }
                if measurement.dimension == .share, isMaterials { continue }
                facts.append(Fact(kind: .measurement(measurement.dimension), text: measurement.text))
            }
        }
        // A text names a few families and specs: a linear search beats hashing them.
        var families: [String] = []
        for text in texts {
            let materials = text.hits[ListingPhrase.materials.rawValue]
            for hit in materials where !text.folded.isNegated(at: hit.range.lowerBound) {
                for family in MaterialFamily.families(in: hit.value) where !families.contains(family.id) {
                    families.append(family.id)
                    facts.append(Fact(kind: .material(family.id), text: text.folded.quote(hit.range)))
                }
            }
        }
        var specs: [Int32] = []
        for text in texts {
            for hit in text.hits[ListingPhrase.specs.rawValue] where !specs.contains(hit.value) {
                specs.append(hit.value)
                facts.append(Fact(kind: .spec, text: text.folded.quote(hit.range)))
            }
        }
        if families.isEmpty, let label = texts.lazy.compactMap({ labelledList(in: $0, .compositionLabels) }).first {
            facts.append(Fact(kind: .composition, text: label))
        }
        for (list, kind) in statedOnce {
            if let match = texts.lazy.compactMap({ $0.firstAffirmed(list) }).first {
                facts.append(Fact(kind: kind, text: match.text))
            }
        }
        if let label = texts.lazy.compactMap({ labelledList(in: $0, .boxContents, orCount: true) }).first {
            facts.append(Fact(kind: .contents, text: label))
        }
        return facts
    }

    /// The lists whose first affirmed phrase is a fact of its own, and the kind of that fact.
    private static let statedOnce: [(ListingPhrase, Fact.Kind)] = [
        (.careInstructions, .care), (.origins, .origin), (.construction, .construction),
    ]

    /// The first label of `list` in `text` that introduces a list: followed by a colon, or a heading alone on its
    /// line with text after it, or (`orCount`) by a number that counts what follows (`Includes 5 mini kits`,
    /// `内含3支`); as written.
    private static func labelledList(in text: ScannedText, _ list: ListingPhrase, orCount: Bool = false) -> String? {
        let bytes = text.folded.bytes
        for hit in text.hits[list.rawValue] {
            var after = hit.range.upperBound
            while after < bytes.count, bytes[after] == 0x20 { after += 1 }
            guard after < bytes.count else { continue }
            let colon = bytes[after] == 0x3A
            let heading = (bytes[after] == 0x0A || bytes[after] == 0x0D) && startsLine(bytes, at: hit.range.lowerBound)
            let count = orCount && bytes[after] &- 0x30 < 10
            if colon || heading || count { return text.folded.quote(hit.range) }
        }
        return nil
    }

    /// Whether only spaces come between the start of a line (or of the text) and byte `index`.
    private static func startsLine(_ bytes: [UInt8], at index: Int) -> Bool {
        var before = index
        while before > 0, bytes[before - 1] == 0x20 { before -= 1 }
        return before == 0 || bytes[before - 1] == 0x0A || bytes[before - 1] == 0x0D
    }
}
