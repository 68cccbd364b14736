import Testing

@testable import ListingAudit

/// Option cells read by the reader and then by the facts (`ListingFacts.options`), through one worker's cache as
/// `check` reads them: each kind's values are the distinct values of the variants as read
/// (`Listing.optionValues`, compared as `String`s, in first-seen order), each with the facts of that value read
/// alone. The cells are random: `|`-separated, with spaces and empty parts, duplicates differing in case, width or
/// Unicode form, Chinese and English colours, sizes of several systems, values shorter and longer than the cache's
/// short keys (16 bytes), listings of several rows.
@Suite struct OptionReadingTests {
    private static let colours = [
        "Black", "black", "BLACK", "Ｂｌａｃｋ", "黑色", "黑", "Navy Blue", "navy blue", "酒红色", "如图", "as shown",
        "Café", "Cafe\u{301}", "Navy Blue / Grey", "Navy Blue / Greys", "Heather Charcoal Grey", "Light Heather Grey",
        "随机", "条纹", "Leopard", "Olive", "White",
    ]
    private static let sizes = [
        "S", "M", "XL", "xl", "ＸＬ", "3XL", "均码", "160/84A", "170/92A", "EU 38", "0-3M", "One Size", "12 inches",
        "XXL", "L码", "S/M", "2T", "Free Size (fits 160-175cm)",
    ]

    /// A cell of up to `most` values drawn from `pool`, joined by `|` with spaces and empty parts here and there.
    private static func cell(_ pool: [String], most: Int, _ generator: inout SeededGenerator) -> String {
        (0..<generator.below(most + 1)).map { _ -> String in
            switch generator.below(10) {
            case 0: ""
            case 1: " " + pool[generator.below(pool.count)] + " "
            default: pool[generator.below(pool.count)]
            }
        }.joined(separator: "|")
    }

    /// Whether `option`'s facts are those of `value` read alone.
    private static func sameFacts(_ option: OptionValue, _ value: String) -> Bool {
        let alone = OptionValue(value, book: ListingPhrase.standardBook)
        return option.source == value && option.isBlank == alone.isBlank && option.namesColour == alone.namesColour
            && option.colourFamilies == alone.colourFamilies && option.isLetterSize == alone.isLetterSize
            && option.isAgeSize == alone.isAgeSize && option.hasMeasurement == alone.hasMeasurement
            && option.isVagueColour == alone.isVagueColour && option.isPatternOnly == alone.isPatternOnly
            && option.isNotASize == alone.isNotASize
    }

    @Test func randomCellsReadByTheReaderAreEachKindsDistinctValuesWithTheirOwnFacts() throws {
        var generator = SeededGenerator(seed: 3703)
        var lines = ["listing_id,title,description,colours,sizes"]
        var id = 0
        for _ in 0..<600 {
            // One listing in four is written over two or three rows (its variants merged).
            if generator.below(4) != 0 { id += 1 }
            let colours = Self.cell(Self.colours, most: 7, &generator)
            let sizes = Self.cell(Self.sizes, most: 6, &generator)
            lines.append("L\(id),Tee \(id),Soft cotton.,\"\(colours)\",\"\(sizes)\"")
        }
        let path = try AdapterFixtures.temporaryFile(lines.joined(separator: "\n") + "\n")
        let listings = try ListingLoader.load(path: path).listings
        #expect(listings.count > 400)
        #expect(listings.contains { $0.variants.count > 1 })
        // A cache as large as `check`'s, and one that starts over within most listings.
        for capacity in [4096, 5] {
            let cache = FactsCache(book: ListingPhrase.standardBook, optionCapacity: capacity)
            for listing in listings {
                let facts = ListingFacts(listing, settings: RuleSettings(), cache: cache)
                for kind in [OptionKind.size, .colour, .other] {
                    let read = facts.options(kind)
                    let expected = listing.optionValues(kind)
                    #expect(read.map(\.source) == expected, "\(listing.id) \(kind), capacity \(capacity)")
                    guard read.count == expected.count else { continue }
                    for (option, value) in zip(read, expected) {
                        #expect(Self.sameFacts(option, value), "\(listing.id): \(value), capacity \(capacity)")
                    }
                }
            }
        }
    }

    @Test func aCellOfAHundredThousandValuesIsReadWhole() throws {
        // 100,000 sizes of 2,000 distinct ones (short and long, some equal as `String`s with other bytes) in one
        // cell: read past the values searched one by one, through a cache that starts over.
        let values = (0..<100_000).map { index -> String in
            let number = index * 7919 % 2000
            return number % 5 == 0 ? "Cafe\u{301} \(number)" : number % 3 == 0 ? "Size \(number) (long)" : "S\(number)"
        }
        let cell = values.joined(separator: "|")
        let path = try AdapterFixtures.temporaryFile("listing_id,title,sizes\nL1,Tee,\"\(cell)\"\n")
        let listing = try #require(ListingLoader.load(path: path).listings.first)
        let cache = FactsCache(book: ListingPhrase.standardBook, optionCapacity: 1500)
        let facts = ListingFacts(listing, settings: RuleSettings(), cache: cache)
        let read = facts.options(.size).map(\.source)
        #expect(read.count == 2000)
        #expect(read == listing.optionValues(.size))
        #expect(cache.optionGeneration > 0)
    }
}
