/// A fact as `FactExtractor` finds it: its kind and where it is (which of the texts read, the folded byte range),
/// nothing quoted and no text held. A few bytes, copied and freed with no reference counted: the rules that count
/// facts or ask for a kind read these, and a `Fact` (which quotes its text) is made only where a fact is printed or
/// compared by its text (`fact(in:then:)`).
struct StatedFact: Sendable, Equatable {
    /// `Fact.Kind` with the material family and the metal tone as positions, not strings.
    enum Kind: Sendable, Equatable {
        case measurement(UnitDimension)
        /// A material family, by its position in `MaterialFamily.ids`.
        case material(Int)
        case spec, composition, care, contents, origin, construction
        /// A metal tone, by its position in `MetalTone.tones`.
        case tone(Int)

        /// The kind as a `Fact` states it.
        var factKind: Fact.Kind {
            switch self {
            case .measurement(let dimension): .measurement(dimension)
            case .material(let position): .material(MaterialFamily.ids[position])
            case .spec: .spec
            case .composition: .composition
            case .care: .care
            case .contents: .contents
            case .origin: .origin
            case .construction: .construction
            case .tone(let position): .tone(MetalTone.tones[position])
            }
        }

        /// Whether it is a material, of any family.
        var isMaterial: Bool {
            if case .material = self { return true }
            return false
        }

        /// Whether a fact of this kind makes a description informative: every kind but a fabric weight
        /// (`180 g/m²` says how heavy the cloth is, not what it is made of or what size it is).
        var isInformative: Bool { self != .measurement(.textile) }
    }

    let kind: Kind
    /// Which text of those read it is in: 0 the first (the description, the title), then the others in order.
    let text: Int
    /// Its byte offsets in that text's folded bytes.
    let range: Range<Int>

    /// The fact, quoted from `first` (text 0) or the text of `rest` it is in.
    func fact(in first: ScannedText, then rest: ArraySlice<ScannedText>) -> Fact {
        let folded = text == 0 ? first.folded : rest[rest.startIndex + text - 1].folded
        return Fact(kind: kind.factKind, at: range, in: folded)
    }

    /// The facts of `stated`, quoted from `first` and `rest` (the texts they were found in, in the same order).
    static func facts(_ stated: [StatedFact], in first: ScannedText, then rest: ArraySlice<ScannedText>) -> [Fact] {
        stated.map { $0.fact(in: first, then: rest) }
    }
}
