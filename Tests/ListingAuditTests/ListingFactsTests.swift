import Testing

@testable import ListingAudit

/// Each listing's texts are folded and scanned once, into facts every rule reads.
@Suite struct ListingFactsTests {
    private func listing(_ description: String, title: String = "Tee") -> Listing {
        Listing(
            id: "A1", title: title, description: description, format: .generic,
            location: SourceLocation(file: "x.csv", line: 2))
    }

    @Test func foldingLowersWidensAndQuotesTheTextAsWritten() {
        let text = FoldedText("ＳＩＺＥ Approx. 60 CM")
        #expect(String(decoding: text.bytes, as: UTF8.self) == "size approx. 60 cm")
        #expect(text.quote(0..<4) == "ＳＩＺＥ")
        #expect(text.quote(15..<18) == " CM")
        let chinese = FoldedText("顏色　尺碼")
        #expect(String(decoding: chinese.bytes, as: UTF8.self) == "颜色 尺码")
        #expect(chinese.quote(chinese.bytes.count - 6..<chinese.bytes.count) == "尺碼")
    }

    @Test func engineFindingsAreExactlyEachRulesOwnFindingsInRuleOrder() {
        let listings = ["", "详情见图", "Very nice dress, comfy.", "尺寸以实物为准，图片仅供参考。",
                        "High quality and stylish. Made of cotton."].map { listing($0) }
        let engine = RuleEngine()
        let shop = ShopFacts.compute(listings)
        for item in listings {
            let viaEngine = engine.settle(engine.check(item), shop: shop).map { "\($0.ruleID) \($0.evidence)" }
            let profile = ListingFacts(item).profile
            let byHand = RuleRegistry.all.filter { $0.description.applies(to: profile) }
                .flatMap { $0.init().findings(for: item, shop: shop) }.map { "\($0.ruleID) \($0.evidence)" }
            #expect(viaEngine == byHand, "\(item.description)")
        }
    }

    @Test func sharedWorkIsDoneOnceForTheListing() {
        let facts = ListingFacts(listing("Premium quality, 100% cotton, chest 56 cm."))
        #expect(facts.descriptionFacts.map(\.text) == ["56 cm", "100% cotton"])
        #expect(facts.vagueDescriptionFacts == nil)
        #expect(facts.descriptionState == .written)
        let empty = ListingFacts(listing("详情见图"))
        #expect(empty.descriptionState == .placeholdersOnly(["详情见图"]))
    }

    /// The title's and the description's facts read as one text: every measurement counts, a material family, a spec
    /// (compared folded) and a once-only fact (care) that both state count once.
    @Test func factsBothTheTitleAndTheDescriptionStateCountOnce() {
        let facts = ListingFacts(
            listing(
                "100% cotton, TYPE-C, machine wash cold, chest 56 cm.", title: "Cotton Tee 70cm Type-C machine wash"))
        #expect(facts.titleFacts.map(\.kind) == [.measurement(.length), .material("cotton"), .spec, .care])
        #expect(facts.descriptionFacts.map(\.kind) == [.measurement(.length), .material("cotton"), .spec, .care])
        #expect(facts.titleAndDescriptionFactCount == 5)
        let linen = ListingFacts(listing("Pure linen, hand wash.", title: "Cotton Tee 70cm Type-C"))
        #expect(linen.titleAndDescriptionFactCount == 5)
        #expect(ListingFacts(listing("100% cotton, chest 56 cm.", title: "")).titleAndDescriptionFactCount == 2)
    }

    /// A jewellery description's metal tone is a fact when the title names it neither as a colour nor as a metal and
    /// the description's own metal does not give it; never for other products, negated, or in a keyword dump.
    @Test func jewelleryMetalTonesTheTitleDoesNotNameAreFacts() {
        func tones(_ title: String, _ description: String) -> [String] {
            ListingFacts(listing(description, title: title)).descriptionFacts.filter(\.isTone).map(\.text)
        }
        #expect(tones("Star charm bracelet", "Rose gold chain with a small silver star.") == ["silver", "Rose gold"])
        #expect(tones("星星手链", "银色细链，玫瑰金星星。") == ["银色", "玫瑰金"])
        #expect(tones("Gold Star Bracelet", "Dainty gold chain.").isEmpty)
        #expect(tones("18K Star Bracelet", "Dainty gold chain.").isEmpty)
        #expect(tones("925银项链", "银色细链。").isEmpty)
        #expect(tones("Star bracelet", "14k gold chain, gold clasp.").isEmpty)
        #expect(tones("Star bracelet", "Not gold: a steel chain.").isEmpty)
        #expect(tones("Phone case", "A gold phone case.").isEmpty)
        #expect(tones("Star bracelet", "gold star bracelet women, gold star, bracelet women").isEmpty)
        #expect(ListingFacts(listing("Rose gold chain.", title: "Star bracelet")).profile == .jewellery)
    }

    /// The content's length takes the placeholders' scalars from the whole description's tally: held to the
    /// straightforward count of every scalar outside every placeholder hit (and the state to what that count says),
    /// on random descriptions of placeholders that hold others (`暂无描述`: `暂无`, `无`, `描述`), full-width ones
    /// that fold shorter (`ＮＡ`), `×` (a letter only folded), accents, emoji and Chinese characters that count 2.
    @Test func contentLengthIsEveryMeaningfulScalarOutsideThePlaceholders() {
        let pieces = [
            "无", "暂无描述", "详情见图", "如图所示", "描述", "商品描述", "see photos", "As Shown", "N/A", "na", "ＮＡ",
            "test", "Test-ing", "description", "lorem ipsum", " ", "，", "。", "×", "Ａ", "é", "e\u{301}", "😀", "棉",
            "100% cotton", "T-Shirt", "3XL", "\n",
        ]
        var generator = SeededGenerator(seed: 20_261_204)
        var withPlaceholders = 0
        for _ in 0..<3000 {
            let text = (0..<generator.below(16)).map { _ in pieces[generator.below(pieces.count)] }.joined()
            let facts = ListingFacts(listing(text))
            let folded = facts.description.folded
            var inPlaceholder = [Bool](repeating: false, count: folded.count)
            let hits = facts.description.hits[ListingPhrase.placeholders.rawValue]
            for hit in hits { for offset in hit.range { inPlaceholder[offset] = true } }
            var expected = 0
            folded.forEachScalarAsWritten { written, _, start in
                guard !inPlaceholder[start], TextFold.isMeaningful(written) else { return }
                expected += TextFold.isCJK(written) ? 2 : 1
            }
            #expect(facts.descriptionContent.weightedLength == expected, "\(text)")
            // The placeholders are quoted only for a description of nothing else.
            let quotes = hits.map { folded.quote($0.range) }
            let state: ListingFacts.DescriptionState =
                expected > 0 ? .written : quotes.isEmpty ? .empty : .placeholdersOnly(quotes)
            #expect(facts.filler != nil || facts.descriptionState == state, "\(text)")
            if !hits.isEmpty { withPlaceholders += 1 }
        }
        #expect(withPlaceholders > 2000)
    }

    @Test func optionFactsAreEachKindsDistinctValuesInFirstSeenOrder() {
        // Values repeat within and across variants, `Cafe` + U+0301 equals `Café` as a `String`, and the many sizes
        // take some listings past the few values searched one by one to those kept in a set.
        let pool =
            ["Black", "black", "Navy Blue", "Café", "Cafe\u{301}", "黑色", "XL", "M"] + (1...60).map { "S\($0)" }
        let kinds: [OptionKind] = [.size, .colour, .other]
        var generator = SeededGenerator(seed: 14)
        for round in 0..<60 {
            let item = randomListing(variants: 50, options: 6, pool: pool, kinds: kinds, &generator)
            let facts = ListingFacts(item)
            for kind in kinds {
                #expect(facts.options(kind).map(\.source) == item.optionValues(kind), "round \(round), \(kind)")
            }
        }
    }

    @Test func optionFactsStayDistinctWhenTheCacheStartsOverWhileTheyAreRead() {
        // One cache of three values for every listing: it starts over within most listings, so a value written
        // differently from an equal one before (`Cafe` + U+0301, `Café`) gets facts of its own and is told as a
        // `String`. Few values per listing: the search one by one, not the set.
        let pool = ["Café", "Cafe\u{301}", "黑色", "Black", "Navy", "Å", "A\u{30A}", "Ω", "\u{2126}", "M"]
        let kinds: [OptionKind] = [.size, .colour]
        var generator = SeededGenerator(seed: 15)
        let cache = FactsCache(book: ListingPhrase.standardBook, optionCapacity: 3)
        var startedOver = 0
        for round in 0..<300 {
            let item = randomListing(variants: 4, options: 4, pool: pool, kinds: kinds, &generator)
            let generation = cache.optionGeneration
            let facts = ListingFacts(item, settings: RuleSettings(), cache: cache)
            for kind in kinds {
                #expect(facts.options(kind).map(\.source) == item.optionValues(kind), "round \(round), \(kind)")
            }
            if cache.optionGeneration != generation { startedOver += 1 }
        }
        #expect(startedOver > 100)
    }

    /// A listing of up to `variants` variants of up to `options` options each, their values drawn from `pool` and
    /// their kinds from `kinds`.
    private func randomListing(
        variants: Int, options: Int, pool: [String], kinds: [OptionKind], _ generator: inout SeededGenerator
    ) -> Listing {
        var item = listing("")
        item.variants = (0...generator.below(variants)).map { _ in
            let chosen = (0...generator.below(options)).map { _ in
                VariantOption(
                    name: "o", value: pool[generator.below(pool.count)], kind: kinds[generator.below(kinds.count)])
            }
            return Variant(options: chosen, location: SourceLocation(file: "x.csv", line: 2))
        }
        return item
    }

    @Test func sameBytesIsByteEquality() {
        let texts = [
            "", "a", "A", "Café", "Cafe\u{301}", "黑色", "黑", "0123456789abcdef", "0123456789abcdeg", "S1",
        ]
        for a in texts {
            for b in texts {
                #expect(a.hasSameBytes(as: b) == Array(a.utf8).elementsEqual(b.utf8), "\(a) \(b)")
            }
        }
    }
}
