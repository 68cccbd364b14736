import Testing

@testable import ListingAudit

/// The spool record of a batch's checked listings (`CheckedListing.encode`, read back by `ShopCheck.SettledBatch`):
/// whatever the listings hold, the frame must come back as the findings `RuleEngine.settle` makes of them directly,
/// and a frame cut short or damaged must be refused (`SpoolDamage`), never read past its end, never a crash.
@Suite struct SpoolRecordTests {
    private static let engine = RuleEngine()
    private static let shortWords = [
        "", "a", "Colours may vary", "色差", "纯棉短袖T恤，透气吸汗", "x, \"y\"", "=SUM(A1)", "e\u{301}te\u{301}",
    ]
    /// With texts of two- and three-byte lengths.
    private static let words = shortWords + [
        String(repeating: "长", count: 60), String(repeating: "long words ", count: 20),
        String(repeating: "详情见图", count: 1_400),
    ]
    private static let files = ["shop.csv", "shop.csv#Sheet 2", "店铺.csv"]

    /// A seeded batch of `count` checked listings: some without findings, most with several, their messages (fixed
    /// text, quoting words, counts) and evidence (the title, a repeat, long and non-ASCII texts, empty) drawn from
    /// pools, some findings waiting for a shop fact (shared descriptions among them), some in another file.
    private static func listings(
        count: Int, words: [String] = words, using generator: inout SeededGenerator
    ) -> [RuleEngine.CheckedListing] {
        func pick(_ pool: [String]) -> String { pool[generator.below(pool.count)] }
        let rules = engine.ruleIDsAndSeverities.count
        return (0..<count).map { index in
            let title = generator.below(4) == 0 ? pick(words) : "\(pick(words)) \(index)"
            var findings: [RuleEngine.RuleHit] = []
            let ruleCount = generator.below(3) == 0 ? 0 : 1 + generator.below(9)
            for rule in (0..<rules).shuffled(using: &generator).prefix(ruleCount).sorted() {
                let message: FindingMessage
                switch generator.below(4) {
                case 0: message = FindingMessage(LocalizedText(zh: pick(words), en: pick(words)))
                case 1: message = FindingMessage(.hedge, words: [pick(words), pick(words)])
                case 2: message = FindingMessage(.tooFewImages, generator.below(3), 3 + generator.below(300))
                default: message = FindingMessage(.boilerplate, 0)
                }
                let conditions: [ShopCondition?] = [
                    nil, nil, .exportHasImages, .exportHasDescriptions, .exportLacksDescriptions,
                    .sharedDescription(minimum: 2 + generator.below(3)), .exportHasOptionColumn,
                ]
                let evidence = generator.below(3) == 0 ? title : pick(words)
                let location = SourceLocation(
                    file: generator.below(5) == 0 ? pick(files) : files[0], line: 2 + index * 3 + generator.below(200),
                    column: generator.below(3) == 0 ? nil : generator.below(300))
                findings.append(RuleEngine.RuleHit(
                    rule: rule, finding: RuleFinding(
                        message: message, evidence: evidence, location: location,
                        condition: conditions[generator.below(conditions.count)])))
            }
            let described = generator.below(4) != 0
            let keys = ShopKeys(
                description: described ? UInt64(generator.below(4)) : nil, stem: UInt64(generator.below(6)),
                hasImages: generator.below(2) == 0, hasGallery: generator.below(3) == 0, hasDescription: described)
            return RuleEngine.CheckedListing(
                listingID: generator.below(6) == 0 ? "=ID-\(index)" : "商品-\(index)", title: title,
                profile: .apparel, findings: findings[...], keys: keys)
        }
    }

    /// The frame `ShopCheck.keep` spools for `listings`: the file, the first listing's line, the first ordinal, then
    /// what `encode` writes.
    private static func frame(_ listings: [RuleEngine.CheckedListing], firstOrdinal: Int = 0) -> [UInt8] {
        var writer = ByteWriter()
        writer.write(files[0])
        writer.write(2)
        writer.write(firstOrdinal)
        RuleEngine.CheckedListing.encode(listings, into: &writer, file: files[0])
        return writer.bytes
    }

    /// The findings `RuleEngine.settle` makes of `listings` directly, by ordinal.
    private static func settled(
        _ listings: [RuleEngine.CheckedListing], shop: ShopFacts, firstOrdinal: Int = 0
    ) -> [(ordinal: Int, findings: [Finding])] {
        listings.enumerated().compactMap { index, listing in
            let findings = engine.settle(listing, shop: shop)
            return findings.isEmpty ? nil : (firstOrdinal + index, findings)
        }
    }

    private static func facts(_ listings: [RuleEngine.CheckedListing]) -> ShopFacts {
        var tally = ShopFacts.Tally()
        for listing in listings { tally.add(listing.keys) }
        return tally.facts
    }

    private static func same(
        _ read: [(ordinal: Int, findings: [Finding])], _ expected: [(ordinal: Int, findings: [Finding])]
    ) -> Bool {
        read.map(\.ordinal) == expected.map(\.ordinal) && read.map(\.findings) == expected.map(\.findings)
            && zip(read, expected).allSatisfy { pair in
                zip(pair.0.findings, pair.1.findings).allSatisfy {
                    Array($0.evidence.utf8) == Array($1.evidence.utf8) && $0.message.zh == $1.message.zh
                        && $0.message.en == $1.message.en && Array($0.title.utf8) == Array($1.title.utf8)
                }
            }
    }

    @Test(arguments: [31, 32, 33, 34])
    func seededBatchesComeBackAsTheEngineSettlesThem(seed: UInt64) throws {
        var generator = SeededGenerator(seed: seed)
        let listings = Self.listings(count: 150, using: &generator)
        let shop = Self.facts(listings)
        let firstOrdinal = generator.below(100_000)
        let batch = try ShopCheck.SettledBatch(
            frame: Self.frame(listings, firstOrdinal: firstOrdinal), rules: Self.engine.ruleIDsAndSeverities,
            shop: shop)
        let expected = Self.settled(listings, shop: shop, firstOrdinal: firstOrdinal)
        #expect(expected.reduce(0) { $0 + $1.findings.count } > 300)
        let settledShared = expected.flatMap(\.findings).filter { $0.message.template == .boilerplate }
        #expect(settledShared.contains { $0.message.first > 0 }, "a description shared by several products")
        #expect(Self.same(batch.listings, expected))
        // Every format writes the batch's own path as it writes the findings one by one.
        for format in FindingsFormat.allCases {
            for language in [Language.zh, .en] {
                let writer = FindingsWriter(format: format, language: language)
                let plain = writer.render(expected.flatMap(\.findings))
                #expect(writer.render(batch).map { Array($0.text) } == plain.map { Array($0.text) })
            }
        }
    }

    @Test func emptyBatchesAndListingsWithoutFindingsWriteNothing() throws {
        let none = RuleEngine.CheckedListing(
            listingID: "a", title: "t", profile: .apparel, findings: [],
            keys: ShopKeys(description: nil, stem: 0, hasImages: false, hasGallery: false, hasDescription: false))
        for listings in [[], [none], [none, none, none]] {
            var writer = ByteWriter()
            RuleEngine.CheckedListing.encode(listings, into: &writer, file: Self.files[0])
            #expect(writer.bytes.isEmpty)
            let batch = try ShopCheck.SettledBatch(
                frame: Self.frame(listings), rules: Self.engine.ruleIDsAndSeverities, shop: ShopFacts())
            #expect(batch.findings.isEmpty && batch.listings.isEmpty)
            #expect(FindingsWriter(format: .csv, language: .zh).render(batch).isEmpty)
        }
    }

    /// Evidence that is the listing's title is one byte: no length and no bytes of its own.
    @Test func evidenceThatIsTheTitleIsOneByte() throws {
        func listing(evidence: String) -> RuleEngine.CheckedListing {
            let finding = RuleFinding(
                message: FindingMessage(.tooFewImages, 1, 3), evidence: evidence,
                location: SourceLocation(file: Self.files[0], line: 7, column: 3))
            return RuleEngine.CheckedListing(
                listingID: "L-1", title: "纯棉短袖T恤 Linen", profile: .apparel,
                findings: [RuleEngine.RuleHit(rule: 0, finding: finding)],
                keys: ShopKeys(description: nil, stem: 1, hasImages: true, hasGallery: false, hasDescription: false))
        }
        // A copy of the title made from its bytes: the same bytes in another storage.
        let title = String(decoding: Array("纯棉短袖T恤 Linen".utf8), as: UTF8.self)
        let asTitle = Self.frame([listing(evidence: title)])
        let other = Self.frame([listing(evidence: "纯棉短袖T恤 Linex")])
        #expect(other.count - asTitle.count == title.utf8.count + 1)
        let batch = try ShopCheck.SettledBatch(
            frame: asTitle, rules: Self.engine.ruleIDsAndSeverities, shop: ShopFacts())
        #expect(batch.listings.first?.findings.first?.evidence == title)
        #expect(batch.findings.first?.evidence == batch.findings.first?.title)
    }

    /// A rule's last message is remembered by where it is in the batch (not a copy): a message equal to it is
    /// written as its number whichever finding of which listing wrote it first, a different one in between is
    /// written in full once, and a message equal to an earlier one comes back as that one's number. Each message's
    /// words are in the frame once, and every finding reads back as the engine settles it.
    @Test func repeatedMessagesAreWrittenOnceWhereverTheirFirstFindingIs() throws {
        let (first, second) = ("sleeve length about 60", "腰围约七十")
        let keys = ShopKeys(description: nil, stem: 1, hasImages: true, hasGallery: false, hasDescription: false)
        func hit(_ rule: Int, _ word: String, line: Int) -> RuleEngine.RuleHit {
            RuleEngine.RuleHit(rule: rule, finding: RuleFinding(
                message: FindingMessage(.hedge, words: [word]), evidence: word,
                location: SourceLocation(file: Self.files[0], line: line)))
        }
        // Rule 2's message at finding 0 or 1 of its listing, alternating, with rule 1's between; a listing without
        // findings shifts the ordinals.
        let pattern = [first, first, second, first, second, second, first]
        var listings: [RuleEngine.CheckedListing] = []
        for (index, word) in pattern.enumerated() {
            let findings = index.isMultiple(of: 2)
                ? [hit(2, word, line: index + 2)] : [hit(1, second, line: index + 2), hit(2, word, line: index + 2)]
            listings.append(RuleEngine.CheckedListing(
                listingID: "L-\(index)", title: "T \(index)", profile: .apparel, findings: findings[...], keys: keys))
            if index == 3 {
                listings.append(RuleEngine.CheckedListing(
                    listingID: "none", title: "none", profile: .apparel, findings: [], keys: keys))
            }
        }
        let frame = Self.frame(listings)
        func occurrences(of word: String) -> Int {
            let bytes = Array(word.utf8)
            return (0...(frame.count - bytes.count)).count { frame[$0..<($0 + bytes.count)].elementsEqual(bytes) }
        }
        // Each word once as a message's word and once as evidence (interned).
        #expect(occurrences(of: first) == 2)
        #expect(occurrences(of: second) == 2)
        let batch = try ShopCheck.SettledBatch(frame: frame, rules: Self.engine.ruleIDsAndSeverities, shop: ShopFacts())
        let expected = Self.settled(listings, shop: ShopFacts())
        #expect(Self.same(batch.listings, expected))
        #expect(batch.listings.flatMap(\.findings).map(\.message.en) == expected.flatMap(\.findings).map(\.message.en))
    }

    /// Every cut of a frame either is refused or, cut where a listing ends, reads as the listings before the cut:
    /// never past the end, never another finding.
    @Test func everyCutOfAFrameIsRefusedOrReadsAsTheListingsBeforeIt() throws {
        var generator = SeededGenerator(seed: 35)
        let listings = Self.listings(count: 12, words: Self.shortWords, using: &generator)
        let shop = Self.facts(listings)
        let frame = Self.frame(listings)
        let expected = Self.settled(listings, shop: shop)
        var refused = 0
        for cut in 0..<frame.count {
            do {
                let batch = try ShopCheck.SettledBatch(
                    frame: Array(frame[..<cut]), rules: Self.engine.ruleIDsAndSeverities, shop: shop)
                let read = batch.listings
                #expect(Self.same(read, Array(expected.prefix(read.count))), "cut at \(cut)")
            } catch {
                refused += 1
            }
        }
        #expect(refused > frame.count * 9 / 10)
    }

    /// Damaged bytes anywhere in a frame: refused or read, never a crash; and the damage a spool could hold at its
    /// worst (lengths and counts far beyond the frame, numbers of more than ten groups, negative numbers, numbers
    /// that name no rule, message or text) refused.
    @Test func damagedFramesAreRefusedNeverACrash() {
        var generator = SeededGenerator(seed: 36)
        let listings = Self.listings(count: 10, words: Self.shortWords, using: &generator)
        let shop = Self.facts(listings)
        let frame = Self.frame(listings)
        let rules = Self.engine.ruleIDsAndSeverities
        var refused = 0
        for _ in 0..<3_000 {
            var damaged = frame
            for _ in 0..<(1 + generator.below(3)) {
                damaged[generator.below(damaged.count)] = UInt8(truncatingIfNeeded: generator.next())
            }
            if (try? ShopCheck.SettledBatch(frame: damaged, rules: rules, shop: shop)) == nil { refused += 1 }
        }
        #expect(refused > 0)
        var header = ByteWriter()
        header.write(Self.files[0])
        header.write(2)
        header.write(0)
        let hostile: [[UInt8]] = [
            [0xFF, 0xFF, 0xFF, 0xFF, 0x07],  // a file name of 2 GB
            header.bytes + [0x00, 0x09, 0x41, 0x42, 0x43, 0x44, 0x45],  // a listing id longer than the frame
            header.bytes + [UInt8](repeating: 0x80, count: 12) + [0x01],  // an ordinal of twelve groups
            header.bytes + [0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01],  // a negative ordinal
            header.bytes + [0x00, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0xFF, 0x7F],  // findings beyond the bytes left
            header.bytes + [0x00, 0x00, 0x00, 0x00, 0x01, 0x7F, 0x00, 0x01, 0x01, 0x00, 0x02, 0x00],  // no rule 127
            header.bytes + [0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x05, 0x01, 0x00, 0x02, 0x00],  // no message 4
            header.bytes + [0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x09, 0x00, 0xF0, 0, 0, 0],  // no condition 9
            header.bytes + [0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0xFE, 0, 0, 0, 0],  // no template 254
        ]
        for bytes in hostile {
            #expect(throws: SpoolDamage.self) { try ShopCheck.SettledBatch(frame: bytes, rules: rules, shop: shop) }
        }
    }

    /// The numbers every record is made of, at the edges of their byte counts, and the bytes a reader refuses.
    @Test func numbersRoundTripAtTheirEdgesAndReadsStopAtTheEnd() throws {
        let numbers = [0, 1, 127, 128, 16_383, 16_384, 2_097_151, 2_097_152, Int(Int32.max), Int.max, -1, Int.min]
        var writer = ByteWriter()
        for number in numbers { writer.write(number) }
        writer.write(UInt64(0x0102_0304_0506_0708))
        writer.write("纯棉")
        var reader = ByteReader(writer.bytes[...])
        for number in numbers { #expect(try reader.readInt() == number) }
        #expect(try reader.readUInt64() == 0x0102_0304_0506_0708)
        #expect(try reader.readString() == "纯棉")
        #expect(reader.isAtEnd)
        #expect(throws: SpoolDamage.self) { try reader.readByte() }
        var short = ByteReader([1, 2, 3][...])
        #expect(throws: SpoolDamage.self) { try short.readUInt64() }
        var long = ByteReader([0x05, 0x41][...])
        #expect(throws: SpoolDamage.self) { try long.readTextRange() }
        var unnamed = ByteReader([0x03][...])
        #expect(throws: SpoolDamage.self) {
            let mark = try unnamed.readInt()
            return try unnamed.interned(mark: mark, base: 1)
        }
    }
}

@Suite struct SpoolCutTests {
    /// A spool whose bytes end inside a frame (in memory, or in its file after spilling) hands back every whole
    /// frame and says it is not whole.
    @Test func aSpoolEndingInsideAFrameSaysSo() {
        for limit in [1 << 20, 4_096] {
            let spool = ByteSpool(memoryLimit: limit)
            var marks: [Int] = []
            for number in 0..<120 {
                var header = ByteWriter()
                header.write("frame \(number)")
                marks.append(spool.mark)
                spool.append(frame: header.bytes, [UInt8](repeating: 7, count: number * 13 % 300))
            }
            var read = 0
            #expect(spool.forEachFrame { _ in read += 1 })
            #expect(read == 120)
            spool.truncate(to: marks[100] + 3)
            read = 0
            #expect(!spool.forEachFrame { _ in read += 1 }, "limit \(limit)")
            #expect(read == 100)
        }
    }
}

@Suite struct ByteWriterRoomTests {
    /// The bytes of `write(_: Int)` as the format defines them, made without the writer.
    private static func groups(_ value: Int) -> [UInt8] {
        var rest = UInt64(bitPattern: Int64(value))
        var bytes: [UInt8] = []
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        return bytes + [UInt8(rest)]
    }

    /// Writes written into room made ahead, from no room and from room of a few bytes, so that every kind of write
    /// meets the end of the room (a number of one to ten bytes, texts of no byte to hundreds, eight-byte values):
    /// the same bytes as the format spelled out byte by byte, handed over whole.
    @Test(arguments: [0, 1, 9, 10, 11, 300])
    func writesAcrossTheEndOfTheRoomAreTheFormatsBytes(capacity: Int) {
        var generator = SeededGenerator(seed: UInt64(41 + capacity))
        var writer = ByteWriter(capacity: capacity)
        var expected: [UInt8] = []
        for _ in 0..<2_000 {
            switch generator.below(4) {
            case 0:
                let value = Int(truncatingIfNeeded: generator.next() >> UInt64(generator.below(64)))
                writer.write(value)
                expected += Self.groups(value)
            case 1:
                let text = String(repeating: generator.below(2) == 0 ? "a" : "长", count: generator.below(120))
                writer.write(text)
                expected += Self.groups(text.utf8.count) + Array(text.utf8)
            case 2:
                let value = generator.next()
                writer.write(value)
                expected += (0..<8).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
            default:
                let byte = UInt8(truncatingIfNeeded: generator.next())
                writer.write(byte)
                expected.append(byte)
            }
            #expect(writer.count == expected.count)
        }
        #expect(writer.bytes == expected)
        #expect(writer.takeBytes() == expected)
        #expect(writer.count == 0 && writer.bytes.isEmpty)
    }
}
