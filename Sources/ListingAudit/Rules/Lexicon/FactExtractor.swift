/// One informative fact in a text: a measurement, a material or an electronics spec.
public struct Fact: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// A number with a unit.
        case measurement(UnitDimension)
        /// A material family id (`cotton`).
        case material(String)
        /// An interface, standard or compatibility statement (`Type-C`, `蓝牙5.0`, `compatible with`).
        case spec
    }

    public let kind: Kind
    /// The text as written.
    public let text: String
}

/// Extracts the facts that make a description informative. Materials count once per family and only when not
/// negated (`不含聚酯纤维` is not a polyester fact).
public enum FactExtractor {
    /// The facts in `text`, measurements first.
    public static func facts(in text: String, lexicon: Lexicon = .standard) -> [Fact] {
        facts(in: FoldedText(text), lexicon: lexicon)
    }

    /// The facts in already folded text.
    public static func facts(in text: FoldedText, lexicon: Lexicon = .standard) -> [Fact] {
        var facts = MeasurementScanner.measurements(in: text).map {
            Fact(kind: .measurement($0.dimension), text: $0.text)
        }
        var families = Set<String>()
        for mention in lexicon.materials.mentions(in: text) where !mention.match.isNegated {
            for family in mention.families where families.insert(family.id).inserted {
                facts.append(Fact(kind: .material(family.id), text: mention.match.text))
            }
        }
        var specs = Set<String>()
        for match in lexicon.specs.matches(in: text) where specs.insert(match.term).inserted {
            facts.append(Fact(kind: .spec, text: match.text))
        }
        return facts
    }
}
