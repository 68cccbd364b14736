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
        /// A jewellery piece's metal tone named as a colour (`gold`, `银色`, `rose gold`) that its title does not
        /// name (`MetalTone`): `gold`, `silver` or `rose gold`. No material: a `Gold Necklace` is still asked what
        /// it is made of.
        case tone(String)
    }

    public let kind: Kind
    /// The text the fact was found in, as written.
    private let source: String
    /// The fact's UTF-8 byte offsets in `source`.
    private let sourceRange: Range<Int>

    /// The text as written: quoted from the scanned text on demand (most facts are counted, never printed).
    public var text: String {
        let utf8 = source.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: sourceRange.lowerBound)
        return String(Substring(utf8[start..<utf8.index(start, offsetBy: sourceRange.count)]))
    }

    /// A fact of `kind` written as `text`.
    init(kind: Kind, text: String) {
        self.init(kind: kind, source: text, sourceRange: 0..<text.utf8.count)
    }

    /// A fact of `kind` at the folded byte range `range` of `text`, quoted only when asked (`text`).
    init(kind: Kind, at range: Range<Int>, in text: FoldedText) {
        self.init(kind: kind, source: text.source, sourceRange: text.sourceRange(range))
    }

    private init(kind: Kind, source: String, sourceRange: Range<Int>) {
        self.kind = kind
        self.source = source
        self.sourceRange = sourceRange
    }

    /// Whether it is a measurement, of any dimension.
    var isMeasurement: Bool {
        if case .measurement = kind { return true }
        return false
    }

    /// Whether it is a material, of any family.
    var isMaterial: Bool {
        if case .material = kind { return true }
        return false
    }

    /// Whether it is a metal tone (`MetalTone`).
    var isTone: Bool {
        if case .tone = kind { return true }
        return false
    }

    /// Facts are equal when of the same kind and written the same.
    public static func == (lhs: Fact, rhs: Fact) -> Bool { lhs.kind == rhs.kind && lhs.text == rhs.text }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(text)
    }
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
        guard let first = texts.first else { return [] }
        return facts(in: first, then: texts.dropFirst())
    }

    /// The facts of `first` and then `rest` read as one (a title and its sub-title, a description and the spec
    /// metafields), as `facts(in:)` finds them: a listing's texts are read where it holds them, with no array of
    /// them made (nearly always `rest` is empty).
    static func facts(in first: ScannedText, then rest: ArraySlice<ScannedText>) -> [Fact] {
        StatedFact.facts(stated(in: first, then: rest), in: first, then: rest)
    }

    /// The facts of `first` and then `rest` read as one, as `facts(in:then:)` finds them, in the same order, each
    /// with the text it is in (0 for `first`, then `rest` in order) and its folded range, nothing quoted.
    static func stated(in first: ScannedText, then rest: ArraySlice<ScannedText>) -> [StatedFact] {
        // Calls `body` with each text in order, each read where it is held, and its number.
        func forEachText(_ body: (ScannedText, Int) -> Void) {
            body(first, 0)
            for index in rest.indices { body(rest[index], index - rest.startIndex + 1) }
        }
        // The first text's material hits, taken out once for the two passes that read them (nearly always the first
        // text is the only one).
        let firstMaterials = first.hits[ListingPhrase.materials.rawValue]
        func materials(of text: ScannedText, _ number: Int) -> ArraySlice<PhraseHit> {
            number == 0 ? firstMaterials : text.hits[ListingPhrase.materials.rawValue]
        }
        var facts = Facts()
        forEachText { text, number in
            let materials = materials(of: text, number)
            MeasurementScanner.scan(text.folded.bytes) { range, dimension in
                if dimension != .share || !materials.contains(where: { $0.range.overlaps(range) }) {
                    facts.append(StatedFact(kind: .measurement(dimension), text: number, range: range))
                }
                return true
            }
        }
        // The families counted so far, by position (no array made, no id compared).
        var families = FamilyPositions()
        forEachText { text, number in
            for hit in materials(of: text, number) where !text.folded.isNegated(at: hit.range.lowerBound) {
                MaterialFamily.forEachID(in: hit.value) { position, _ in
                    guard families.insert(position) else { return }
                    facts.append(StatedFact(kind: .material(position), text: number, range: hit.range))
                }
            }
        }
        // A text names a few specs: a linear search beats hashing them.
        var specs = SpecValues()
        forEachText { text, number in
            for hit in text.hits[ListingPhrase.specs.rawValue] where specs.insert(hit.value) {
                facts.append(StatedFact(kind: .spec, text: number, range: hit.range))
            }
        }
        // Each of these counts once, the first of its list in text order: one pass over the hits of the five lists
        // (next to each other in the book) finds them all.
        var composition, care, origin, construction, contents: StatedFact?
        forEachText { text, number in
            for hit in text.hits[onceOnlyLists] {
                func fact(_ kind: StatedFact.Kind) -> StatedFact {
                    StatedFact(kind: kind, text: number, range: hit.range)
                }
                switch ListingPhrase(rawValue: Int(hit.list)) {
                case .compositionLabels:
                    if families.isEmpty, composition == nil, introducesList(hit, in: text) {
                        composition = fact(.composition)
                    }
                case .careInstructions: if care == nil, isAffirmed(hit, in: text) { care = fact(.care) }
                case .origins: if origin == nil, isAffirmed(hit, in: text) { origin = fact(.origin) }
                case .construction:
                    if construction == nil, isAffirmed(hit, in: text) { construction = fact(.construction) }
                case .boxContents:
                    if contents == nil, introducesList(hit, in: text, orCount: true) { contents = fact(.contents) }
                default: break
                }
            }
        }
        if let composition { facts.append(composition) }
        if let care { facts.append(care) }
        if let origin { facts.append(origin) }
        if let construction { facts.append(construction) }
        if let contents { facts.append(contents) }
        return facts.list
    }

    /// The facts found so far: no storage until the first, then room for a usual text's few at once.
    private struct Facts {
        var list: [StatedFact] = []

        mutating func append(_ fact: StatedFact) {
            if list.isEmpty { list.reserveCapacity(8) }
            list.append(fact)
        }
    }

    /// The spec values found so far (`PhraseHit.value` of the specs list): the first eight held in place, with no
    /// heap storage, the rest in an array (a text naming more specs than that is rare; each is still found once).
    private struct SpecValues {
        private var held = InlineArray<8, Int32>(repeating: 0)
        private var heldCount = 0
        private var more: [Int32] = []

        /// Adds `value`; whether it was not in yet.
        mutating func insert(_ value: Int32) -> Bool {
            for index in 0..<heldCount where held[index] == value { return false }
            if heldCount < 8 {
                held[heldCount] = value
                heldCount += 1
                return true
            }
            guard !more.contains(value) else { return false }
            more.append(value)
            return true
        }
    }

    /// Material family positions (`MaterialFamily.ids`, below 256), a bit each.
    private struct FamilyPositions {
        private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

        /// Whether no position is in.
        var isEmpty: Bool { words.0 | words.1 | words.2 | words.3 == 0 }

        /// Adds `position`; whether it was not in yet.
        mutating func insert(_ position: Int) -> Bool {
            let bit: UInt64 = 1 << UInt64(position & 63)
            func insert(into word: inout UInt64) -> Bool {
                defer { word |= bit }
                return word & bit == 0
            }
            switch position >> 6 {
            case 0: return insert(into: &words.0)
            case 1: return insert(into: &words.1)
            case 2: return insert(into: &words.2)
            default: return insert(into: &words.3)
            }
        }
    }

    /// The lists of the facts that count once (an ingredient list, care, what is in the box, origin, construction),
    /// next to each other in the book.
    private static let onceOnlyLists =
        ListingPhrase.compositionLabels.rawValue..<ListingPhrase.construction.rawValue + 1

    /// Whether `hit` is not negated in `text`.
    private static func isAffirmed(_ hit: PhraseHit, in text: ScannedText) -> Bool {
        !text.folded.isNegated(at: hit.range.lowerBound)
    }

    /// Whether the label `hit` introduces a list in `text`: followed by a colon, or a heading alone on its line with
    /// text after it, or (`orCount`) by a number that counts what follows (`Includes 5 mini kits`, `内含3支`).
    private static func introducesList(_ hit: PhraseHit, in text: ScannedText, orCount: Bool = false) -> Bool {
        let bytes = text.folded.bytes
        var after = hit.range.upperBound
        while after < bytes.count, bytes[after] == 0x20 { after += 1 }
        guard after < bytes.count else { return false }
        let colon = bytes[after] == 0x3A
        let heading = (bytes[after] == 0x0A || bytes[after] == 0x0D) && startsLine(bytes, at: hit.range.lowerBound)
        let count = orCount && bytes[after] &- 0x30 < 10
        return colon || heading || count
    }

    /// Whether only spaces come between the start of a line (or of the text) and byte `index`.
    private static func startsLine(_ bytes: [UInt8], at index: Int) -> Bool {
        var before = index
        while before > 0, bytes[before - 1] == 0x20 { before -= 1 }
        return before == 0 || bytes[before - 1] == 0x0A || bytes[before - 1] == 0x0D
    }
}
