/// The tone of a piece of jewellery named as a colour: `gold`, `silver`, `rose gold`, `金色`, `银色`, `玫瑰金`
/// (`ColourFamilies`' gold and silver families, and rose gold of `ColourLexicon.extraNames`). Bare `gold` is no
/// material (`18K`, `gold-plated` and `sterling silver` are), but on a necklace or a ring it is what the buyer checks
/// on delivery: the label rules of `Corpus/labelled-real-listings` count a metal tone as jewellery's colour. So a
/// jewellery description that names a tone the title does not name states a checkable fact (`Fact.Kind.tone`); a
/// tone the title names already (`simple gold hoops` under `Gold Hoop Earrings`, `银色` under `925银项链`), or that
/// the description's own metal gives (`14k gold chain, gold clasp`), adds nothing. Read from the hits of the scan, no text
/// searched again.
enum MetalTone {
    static let gold = "gold"
    static let silver = "silver"
    static let roseGold = "rose gold"

    /// The values of the gold and silver families' title entries (`ColourFamilies.titleEntries`).
    private static let goldValue = Int32(ColourFamilies.families.firstIndex(of: gold) ?? -2)
    private static let silverValue = Int32(ColourFamilies.families.firstIndex(of: silver) ?? -2)
    /// Rose gold as `ColourLexicon.extraNames` spells it, folded (`rose gold` is an idiom of the colour names, so that
    /// its `gold` is not read as gold).
    private static let roseGoldSpellings: [[UInt8]] = [Array("rose gold".utf8), Array("玫瑰金".utf8)]

    /// Calls `body` with each tone `text` names, not negated, and its byte range in the folded text, in list order.
    static func forEachTone(in text: ScannedText, _ body: (String, Range<Int>) -> Void) {
        let folded = text.folded
        for hit in text.hits[ListingPhrase.colourNames.rawValue]
        where (hit.value == goldValue || hit.value == silverValue) && !folded.isNegated(at: hit.range.lowerBound) {
            body(hit.value == goldValue ? gold : silver, hit.range)
        }
        for hit in text.hits[ListingPhrase.colourExtraNames.rawValue] where isRoseGold(folded.bytes[hit.range]) {
            if !folded.isNegated(at: hit.range.lowerBound) { body(roseGold, hit.range) }
        }
    }

    /// The tone a metal of the materials list shows (`18k`, `925银`), if it is one of the tones.
    static func tone(ofMaterial family: String) -> String? {
        family == gold || family == silver ? family : nil
    }

    /// The tone facts of a jewellery description (`texts`: the description and the shop's spec metafields), each tone
    /// once, in text order: those the title (`title`, with its sub-title) names neither as a colour nor as a metal of
    /// `titleFacts`, and whose metal the description's facts (`described`) do not name already. The title is read
    /// only when the description names a tone.
    static func facts(
        in texts: [ScannedText], title: [ScannedText], titleFacts: () -> [Fact], described: [Fact]
    ) -> [Fact] {
        var found: [Fact] = []
        var named: [String]?
        for text in texts {
            forEachTone(in: text) { tone, range in
                if named == nil { named = namedTones(title: title, titleFacts: titleFacts(), described: described) }
                guard !named!.contains(tone) else { return }
                named!.append(tone)
                found.append(Fact(kind: .tone(tone), at: range, in: text.folded))
            }
        }
        return found
    }

    /// The tones the title names (as colours or metals) and those the description's metals give.
    private static func namedTones(title: [ScannedText], titleFacts: [Fact], described: [Fact]) -> [String] {
        var named: [String] = []
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
