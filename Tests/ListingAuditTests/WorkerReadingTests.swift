import Testing

@testable import ListingAudit

/// A listing's facts and findings do not depend on what the worker checked before it, nor on where the listing
/// stands in its batch: what a worker keeps from one listing to the next (its `FactsCache`) changes only how fast a
/// listing is read. The guard for any reading that reuses a worker's storage or borrows the batch's listings.
@Suite struct WorkerReadingTests {
    private static let location = SourceLocation(file: "shop.csv", line: 2)
    private static let latinWords = [
        "Linen", "shirt", "oak", "Side", "Table", "mug", "ceramic", "100%", "cotton", "60", "cm", "waterproof",
        "Jacket", "best", "quality", "hand-made", "ＬＥＤ", "lamp", "size", "M", "colour", "navy", "blue",
    ]
    private static let chineseWords = [
        "亚麻", "衬衫", "橡木", "边几", "陶瓷", "杯子", "纯棉", "60厘米", "防水", "外套", "高品质", "手工",
        "台灯", "尺码", "颜色", "藏青", "，", "。", "（", "）",
    ]

    /// A listing drawn from small word lists in Latin and Chinese script: repeats across listings, one in nine
    /// descriptions and one in 13 titles past every stack room (`FoldedText.stackRoom`), options of each kind with
    /// repeats, images and variant images, a category and a sub-title now and then.
    private static func seededListing(_ number: Int, _ generator: inout SeededGenerator) -> Listing {
        func words(_ count: Int) -> String {
            let pool = generator.below(3) == 0 ? chineseWords : latinWords
            return (0..<count).map { _ in pool[generator.below(pool.count)] }.joined(separator: " ")
        }
        let title = words(generator.below(13) == 0 ? 600 : 1 + generator.below(9))
        let description = words(generator.below(9) == 0 ? 2_000 : generator.below(40))
        let colours = ["Black", "black", "Navy Blue", "黑色", "藏青色", "Café", "Cafe\u{301}"]
        let sizes = ["S", "M", "L", "XL", "均码", "60 cm"]
        let variants = (0..<generator.below(6)).map { index in
            Variant(
                sku: "SKU-\(number)-\(index)",
                options: [
                    VariantOption(name: "Color", value: colours[generator.below(colours.count)], kind: .colour),
                    VariantOption(name: "Size", value: sizes[generator.below(sizes.count)], kind: .size),
                ],
                imageURL: generator.below(3) == 0 ? "https://cdn.example.com/v\(generator.below(4)).jpg" : nil,
                location: location)
        }
        let images = (0..<generator.below(5)).map { _ in
            ListingImage(url: "https://cdn.example.com/p\(generator.below(6)).jpg", location: location)
        }
        var attributes: [Attribute] = []
        for (name, odds) in [("subtitle", 4), ("material", 5)] where generator.below(odds) == 0 {
            attributes.append(Attribute(name: name, value: words(3), location: location))
        }
        return Listing(
            id: "L\(number)", title: title, description: description,
            categoryPath: ["", "Home > Furniture > Tables", "女装/衬衫", "Kitchen > Mugs"][generator.below(4)],
            variants: variants, images: images, attributes: attributes, format: .generic, location: location)
    }

    private static func seededListings(_ count: Int, seed: UInt64) -> [Listing] {
        var generator = SeededGenerator(seed: seed)
        return (0..<count).map { seededListing($0, &generator) }
    }

    @Test func batchesInAnyOrderGiveEachListingTheFindingsOfACheckOnItsOwn() {
        let listings = Self.seededListings(240, seed: 42)
        let engine = RuleEngine()
        let shop = ShopFacts.compute(listings)
        // Each listing checked on its own, by a worker that has read nothing before (`check(_:)` makes its cache).
        let alone = listings.map { engine.settle(engine.check($0), shop: shop) }
        #expect(alone.contains { !$0.isEmpty })
        var generator = SeededGenerator(seed: 43)
        var shuffled = Array(listings.indices)
        shuffled.shuffle(using: &generator)
        for order in [Array(listings.indices), Array(listings.indices.reversed()), shuffled] {
            var start = 0
            while start < order.count {
                let part = Array(order[start..<min(start + 1 + generator.below(60), order.count)])
                let checked = engine.checkSerially(part.map { listings[$0] })
                for (offset, index) in part.enumerated() {
                    #expect(checked[offset].listingID == listings[index].id)
                    #expect(engine.settle(checked[offset], shop: shop) == alone[index], "listing \(index)")
                }
                start += part.count
            }
        }
        // On every core, each worker with its own cache.
        #expect(engine.check(listings).map { engine.settle($0, shop: shop) } == alone)
    }

    /// What the facts hand out, as plain values.
    private struct Reading: Equatable {
        let title: [UInt8]
        let titleHits: [PhraseHit]
        let description: [UInt8]
        let descriptionHits: [PhraseHit]
        let quotedDescriptionHits: [String]
        let profile: ProductProfile
        let options: [[String]]
        let images: [String]
        let descriptionFacts: [String]

        init(_ facts: ListingFacts) {
            title = facts.title.folded.bytes
            titleHits = ListingPhrase.allCases.flatMap { Array(facts.title.hits[$0.rawValue]) }
            description = facts.description.folded.bytes
            let hits = ListingPhrase.allCases.flatMap { Array(facts.description.hits[$0.rawValue]) }
            descriptionHits = hits
            quotedDescriptionHits = hits.map { facts.description.folded.quote($0.range) }
            profile = facts.profile
            options = [OptionKind.size, .colour, .other].map { facts.options($0).map(\.source) }
            images = facts.imageAddresses.map(\.url)
            descriptionFacts = facts.descriptionFacts.map(\.text)
        }
    }

    @Test func factsReadByOneWorkerEqualAFreshReadingAndStayAsTheyWere() {
        let listings = Self.seededListings(300, seed: 44)
        let cache = FactsCache(book: ListingPhrase.standardBook)
        var kept: [(facts: ListingFacts, reading: Reading)] = []
        for (index, listing) in listings.enumerated() {
            let facts = ListingFacts(listing, settings: RuleSettings(), cache: cache)
            let reading = Reading(facts)
            #expect(reading == Reading(ListingFacts(listing)), "listing \(index)")
            // Every third listing's facts held while the worker reads the rest.
            if index % 3 == 0 { kept.append((facts, reading)) }
        }
        for (facts, reading) in kept { #expect(Reading(facts) == reading, "\(facts.listing.id)") }
    }

    /// A text, its hits and lists as plain values in arrays of their own (not sharing the arrays read).
    private struct Copied: Equatable {
        let bytes: [UInt8]
        let hits: [PhraseHit]
        let quotes: [String]
        let colours: [String]
        let images: [String]

        init(_ text: ScannedText, colours: [OptionValue], images: [ListingFacts.ImageAddress]) {
            bytes = text.folded.bytes.map { $0 }
            hits = ListingPhrase.allCases.flatMap { text.hits[$0.rawValue].map { $0 } }
            quotes = hits.map { text.folded.quote($0.range) }
            self.colours = colours.map(\.source)
            self.images = images.map(\.url)
        }
    }

    /// Texts and lists a caller keeps from a listing's facts, the facts let go, stay as they were while the worker
    /// reads on: the guard for a worker that writes a listing's texts and lists into the arrays of the listing
    /// before it (the fortieth round's `FactsRoom`, tried and not kept: `docs/benchmark.md`).
    @Test func textsAndListsKeptPastTheirFactsStayAsTheyWere() {
        let cache = FactsCache(book: ListingPhrase.standardBook)
        typealias Kept = (
            texts: [ScannedText], colours: [OptionValue], images: [ListingFacts.ImageAddress], copied: [Copied]
        )
        var kept: [Kept] = []
        for (index, listing) in Self.seededListings(300, seed: 46).enumerated() {
            let facts = ListingFacts(listing, settings: RuleSettings(), cache: cache)
            // Every fourth listing's texts and lists kept, its facts let go.
            guard index % 4 == 0 else { continue }
            let (colours, images) = (facts.options(.colour), facts.imageAddresses)
            let texts = [facts.title, facts.description]
            kept.append((texts, colours, images, texts.map { Copied($0, colours: colours, images: images) }))
        }
        for (texts, colours, images, copied) in kept {
            #expect(texts.map { Copied($0, colours: colours, images: images) } == copied)
        }
    }
}
