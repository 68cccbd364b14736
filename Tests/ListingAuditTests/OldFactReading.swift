@testable import ListingAudit

/// The facts of a listing's texts as they were read before the facts were found as positions (`StatedFact`): every
/// fact quoted (`Fact`) as it is found, the tones by their names, the counts taken over the quoted facts. Kept here,
/// unchanged in what it does, as the reference `StatedFactsTests` holds the extraction and its counts to.
enum OldFactReading {
    /// The facts of `first` and then `rest` read as one, measurements first, then materials, specs and the once-only
    /// facts.
    static func facts(in first: ScannedText, then rest: [ScannedText]) -> [Fact] {
        let texts = [first] + rest
        var facts: [Fact] = []
        for text in texts {
            let materials = text.hits[ListingPhrase.materials.rawValue]
            MeasurementScanner.scan(text.folded.bytes) { range, dimension in
                if dimension != .share || !materials.contains(where: { $0.range.overlaps(range) }) {
                    facts.append(Fact(kind: .measurement(dimension), at: range, in: text.folded))
                }
                return true
            }
        }
        var families: Set<String> = []
        for text in texts {
            let materials = text.hits[ListingPhrase.materials.rawValue]
            for hit in materials where !text.folded.isNegated(at: hit.range.lowerBound) {
                MaterialFamily.forEachID(in: hit.value) { _, id in
                    guard families.insert(id).inserted else { return }
                    facts.append(Fact(kind: .material(id), at: hit.range, in: text.folded))
                }
            }
        }
        var specs: [Int32] = []
        for text in texts {
            for hit in text.hits[ListingPhrase.specs.rawValue] where !specs.contains(hit.value) {
                specs.append(hit.value)
                facts.append(Fact(kind: .spec, at: hit.range, in: text.folded))
            }
        }
        var composition, care, origin, construction, contents: Fact?
        let onceOnly = ListingPhrase.compositionLabels.rawValue..<ListingPhrase.construction.rawValue + 1
        for text in texts {
            for hit in text.hits[onceOnly] {
                let fact = { (kind: Fact.Kind) in Fact(kind: kind, at: hit.range, in: text.folded) }
                let affirmed = !text.folded.isNegated(at: hit.range.lowerBound)
                switch ListingPhrase(rawValue: Int(hit.list)) {
                case .compositionLabels:
                    if families.isEmpty, composition == nil, introducesList(hit, in: text) {
                        composition = fact(.composition)
                    }
                case .careInstructions: if care == nil, affirmed { care = fact(.care) }
                case .origins: if origin == nil, affirmed { origin = fact(.origin) }
                case .construction: if construction == nil, affirmed { construction = fact(.construction) }
                case .boxContents:
                    if contents == nil, introducesList(hit, in: text, orCount: true) { contents = fact(.contents) }
                default: break
                }
            }
        }
        return facts + [composition, care, origin, construction, contents].compactMap { $0 }
    }

    /// Whether the label `hit` introduces a list: a colon, a heading alone on its line, or (`orCount`) a count.
    private static func introducesList(_ hit: PhraseHit, in text: ScannedText, orCount: Bool = false) -> Bool {
        let bytes = text.folded.bytes
        var after = hit.range.upperBound
        while after < bytes.count, bytes[after] == 0x20 { after += 1 }
        guard after < bytes.count else { return false }
        var before = hit.range.lowerBound
        while before > 0, bytes[before - 1] == 0x20 { before -= 1 }
        let startsLine = before == 0 || bytes[before - 1] == 0x0A || bytes[before - 1] == 0x0D
        let heading = (bytes[after] == 0x0A || bytes[after] == 0x0D) && startsLine
        return bytes[after] == 0x3A || heading || orCount && bytes[after] &- 0x30 < 10
    }

    /// A jewellery description's tone facts (`texts`: the description, then the spec metafields): each tone once,
    /// unless the title (with its sub-title) names it or a metal of the title's or the description's facts gives it.
    static func tones(in texts: [ScannedText], title: [ScannedText], titleFacts: [Fact], described: [Fact]) -> [Fact] {
        var named: [String] = []
        for text in title { forEachTone(in: text) { tone, _ in named.append(tone) } }
        for fact in titleFacts + described {
            if case .material(let family) = fact.kind, family == "gold" || family == "silver" { named.append(family) }
        }
        var found: [Fact] = []
        for text in texts {
            forEachTone(in: text) { tone, range in
                guard !named.contains(tone) else { return }
                named.append(tone)
                found.append(Fact(kind: .tone(tone), at: range, in: text.folded))
            }
        }
        return found
    }

    /// Each tone `text` names, not negated, by name: gold and silver of the colour names, then rose gold.
    private static func forEachTone(in text: ScannedText, _ body: (String, Range<Int>) -> Void) {
        let families = ColourFamilies.families
        let (gold, silver) = (families.firstIndex(of: "gold"), families.firstIndex(of: "silver"))
        let folded = text.folded
        for hit in text.hits[ListingPhrase.colourNames.rawValue] where !folded.isNegated(at: hit.range.lowerBound) {
            if Int(hit.value) == gold { body("gold", hit.range) }
            if Int(hit.value) == silver { body("silver", hit.range) }
        }
        let extraNames = text.hits[ListingPhrase.colourExtraNames.rawValue]
        for hit in extraNames where !folded.isNegated(at: hit.range.lowerBound) {
            let bytes = folded.bytes[hit.range]
            if bytes.starts(with: Array("rose gold".utf8)) || bytes.starts(with: Array("玫瑰金".utf8)) {
                body("rose gold", hit.range)
            }
        }
    }

    /// How many facts the title and the description state read as one text, counted over the quoted facts.
    static func mergedCount(title: [Fact], description: [Fact]) -> Int {
        guard !title.isEmpty else { return description.count }
        var repeated = 0
        let titleSpecs = title.filter { $0.kind == .spec }.map { TextFold.key($0.text) }
        for fact in description {
            switch fact.kind {
            case .measurement, .tone: continue
            case .spec: if titleSpecs.contains(TextFold.key(fact.text)) { repeated += 1 }
            case .material, .composition, .care, .construction, .contents, .origin:
                if title.contains(where: { $0.kind == fact.kind }) { repeated += 1 }
            }
        }
        return title.count + description.count - repeated
    }
}
