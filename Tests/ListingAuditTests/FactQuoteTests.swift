import Testing
@testable import ListingAudit

/// A fact keeps where it was found and quotes its text only when asked: the quote must be the one the scan's own
/// quoting (`FoldedText.quote`, through `Measurement` and `TextMatch`) gives, however folding changed the bytes
/// (full-width digits and letters, upper case, hyphens between letters, accents, emoji).
@Suite struct FactQuoteTests {
    /// Pieces of listing text: measurements, materials (negated too), specs, care, origins, construction, labelled
    /// lists, and text that folding shortens or lengthens.
    private static let pieces = [
        "衣长７０ｃｍ", "120x60cm", "5000mAh", "约 １.５ 公斤", "a 22-inch wig", "100% essential oils", "100% Cotton",
        "纯棉", "COTTON", "Polyester", "不含涤纶", "no polyester", "Type-C 接口", "蓝牙5.0", "USB-C", "Machine wash cold",
        "手洗", "Made in the USA", "产地：广东", "detachable liner", "In the box: lamp, cable", "Includes 5 mini kits",
        "Ingredients: water", "配料：水", "😀", "Ｔ-Shirt", "ÉLÉGANT", "très doux", "Solid Oak", "S925银", "，", ". ",
        "\n", " ", "２０Ｗ", "Ｓｉｌｋ", "羊毛", "Genuine Leather", "防水面料", "zip closure",
    ]

    @Test func factsQuoteAsTheScanQuotes() {
        var generator = SeededGenerator(seed: 14)
        for _ in 0..<400 {
            let text = (0..<(1 + generator.below(8))).map { _ in Self.pieces[generator.below(Self.pieces.count)] }
                .joined()
            let scanned = ScannedText(text, book: ListingPhrase.standardBook)
            let facts = FactExtractor.facts(in: [scanned])
            let materials = scanned.hits[ListingPhrase.materials.rawValue]
            let measurements = MeasurementScanner.measurements(in: scanned.folded).filter { measurement in
                measurement.dimension != .share || !materials.contains { $0.range.overlaps(measurement.range) }
            }
            #expect(facts.filter(\.isMeasurement).map(\.text) == measurements.map(\.text), "\(text)")
            let materialQuotes = scanned.affirmed(.materials).map(\.text)
            for fact in facts where fact.isMaterial {
                #expect(materialQuotes.contains(fact.text), "\(fact.text) in \(text)")
            }
            var specValues: [Int32] = []
            let specQuotes = scanned.matches(.specs).filter { match in
                guard !specValues.contains(match.value) else { return false }
                specValues.append(match.value)
                return true
            }.map(\.text)
            #expect(facts.filter { $0.kind == .spec }.map(\.text) == specQuotes, "\(text)")
            let stated: [(ListingPhrase, Fact.Kind)] = [
                (.careInstructions, .care), (.origins, .origin), (.construction, .construction),
            ]
            for (list, kind) in stated {
                #expect(facts.first { $0.kind == kind }?.text == scanned.affirmed(list).first?.text, "\(text)")
            }
            for (list, kind) in [(ListingPhrase.compositionLabels, Fact.Kind.composition), (.boxContents, .contents)] {
                if let fact = facts.first(where: { $0.kind == kind }) {
                    #expect(scanned.matches(list).map(\.text).contains(fact.text), "\(text)")
                }
            }
        }
    }

    /// A fact made from its text and one quoted from a scan are equal, and hash alike, when kind and text agree.
    @Test func factsAreEqualByKindAndText() throws {
        let found = try #require(FactExtractor.facts(in: "衣长７０ｃｍ").first)
        #expect(found == Fact(kind: .measurement(.length), text: "７０ｃｍ"))
        #expect(Set([found, Fact(kind: .measurement(.length), text: "７０ｃｍ")]).count == 1)
        #expect(found != Fact(kind: .measurement(.weight), text: "７０ｃｍ"))
    }
}
