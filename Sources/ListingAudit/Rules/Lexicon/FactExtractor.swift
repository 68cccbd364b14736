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

/// Extracts the facts that make a text informative from its scan. Materials count once per family and only when not
/// negated (`不含聚酯纤维` is not a polyester fact); a spec counts once per entry.
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
            facts += MeasurementScanner.measurements(in: text.folded).map {
                Fact(kind: .measurement($0.dimension), text: $0.text)
            }
        }
        var families = Set<String>()
        for text in texts {
            for match in text.affirmed(.materials) {
                for family in MaterialFamily.families(in: match.value) where families.insert(family.id).inserted {
                    facts.append(Fact(kind: .material(family.id), text: match.text))
                }
            }
        }
        var specs = Set<Int32>()
        for text in texts {
            for match in text.matches(.specs) where specs.insert(match.value).inserted {
                facts.append(Fact(kind: .spec, text: match.text))
            }
        }
        return facts
    }
}
