/// The tone of a piece of jewellery named as a colour: `gold`, `silver`, `rose gold`, `金色`, `银色`, `玫瑰金`
/// (`ColourFamilies`' gold and silver families, and rose gold of `ColourLexicon.extraNames`). Bare `gold` is no
/// material (`18K`, `gold-plated` and `sterling silver` are), but on a necklace or a ring it is what the buyer checks
/// on delivery: the label rules of `Corpus/labelled-real-listings` count a metal tone as jewellery's colour. So a
/// jewellery description that names a tone the title does not name states a checkable fact (`Fact.Kind.tone`); a
/// tone the title names already (`simple gold hoops` under `Gold Hoop Earrings`, `银色` under `925银项链`), or that
/// the description's own metal gives (`14k gold chain, gold clasp`), adds nothing. Read from the hits of the scan, no
/// text searched again.
enum MetalTone {
    static let gold = "gold"
    static let silver = "silver"
    static let roseGold = "rose gold"
    /// The tones, in the order `StatedFact.Kind.tone` numbers them.
    static let tones = [gold, silver, roseGold]

    /// The values of the gold and silver families' title entries (`ColourFamilies.titleEntries`).
    private static let goldValue = Int32(ColourFamilies.families.firstIndex(of: gold) ?? -2)
    private static let silverValue = Int32(ColourFamilies.families.firstIndex(of: silver) ?? -2)
    /// Rose gold as `ColourLexicon.extraNames` spells it, folded (`rose gold` is an idiom of the colour names, so that
    /// its `gold` is not read as gold).
    private static let roseGoldSpellings: [[UInt8]] = [Array("rose gold".utf8), Array("玫瑰金".utf8)]

    /// Calls `body` with each tone `text` names, not negated (its position in `tones`), and its byte range in the
    /// folded text, in list order.
    static func forEachTone(in text: ScannedText, _ body: (Int, Range<Int>) -> Void) {
        let folded = text.folded
        for hit in text.hits[ListingPhrase.colourNames.rawValue]
        where (hit.value == goldValue || hit.value == silverValue) && !folded.isNegated(at: hit.range.lowerBound) {
            body(hit.value == goldValue ? goldTone : silverTone, hit.range)
        }
        for hit in text.hits[ListingPhrase.colourExtraNames.rawValue] where isRoseGold(folded.bytes[hit.range]) {
            if !folded.isNegated(at: hit.range.lowerBound) { body(roseGoldTone, hit.range) }
        }
    }

    /// The positions of the tones in `tones`.
    private static let goldTone = 0
    private static let silverTone = 1
    private static let roseGoldTone = 2

    /// The tone (its position in `tones`) a metal of the materials list shows (`18k`, `925银`), if it is one of the
    /// tones; `family` is the metal's position in `MaterialFamily.ids`.
    static func tone(ofMaterial family: Int) -> Int? {
        if family == goldFamily { return goldTone }
        return family == silverFamily ? silverTone : nil
    }

    /// The positions of gold and silver in `MaterialFamily.ids` (-1 should the lexicon lack one).
    private static let goldFamily = MaterialFamily.ids.firstIndex(of: gold) ?? -1
    private static let silverFamily = MaterialFamily.ids.firstIndex(of: silver) ?? -1

    /// The tone facts of a jewellery description (`first`, the description, then `rest`, the shop's spec
    /// metafields), each tone once, in text order, numbered by text as `FactExtractor.stated` numbers them: those
    /// the title (`title`, with its sub-title) names neither as a colour nor as a metal of `titleFacts`, and whose
    /// metal the description's facts (`described`) do not name already. The title is read only when the
    /// description names a tone.
    static func stated(
        in first: ScannedText, then rest: ArraySlice<ScannedText>, title: [ScannedText],
        titleFacts: () -> [StatedFact], described: [StatedFact]
    ) -> [StatedFact] {
        var found: [StatedFact] = []
        var named: [Int]?
        func read(_ text: ScannedText, number: Int) {
            forEachTone(in: text) { tone, range in
                if named == nil { named = namedTones(title: title, titleFacts: titleFacts(), described: described) }
                guard !named!.contains(tone) else { return }
                named!.append(tone)
                found.append(StatedFact(kind: .tone(tone), text: number, range: range))
            }
        }
        read(first, number: 0)
        for index in rest.indices { read(rest[index], number: index - rest.startIndex + 1) }
        return found
    }

    /// The tones the title names (as colours or metals) and those the description's metals give.
    private static func namedTones(title: [ScannedText], titleFacts: [StatedFact], described: [StatedFact]) -> [Int] {
        var named: [Int] = []
        for text in title { forEachTone(in: text) { tone, _ in named.append(tone) } }
        for fact in titleFacts + described {
            if case .material(let family) = fact.kind, let shown = tone(ofMaterial: family) { named.append(shown) }
        }
        return named
    }

    private static func isRoseGold(_ bytes: ArraySlice<UInt8>) -> Bool {
        roseGoldSpellings.contains { bytes.starts(with: $0) }
    }
}
