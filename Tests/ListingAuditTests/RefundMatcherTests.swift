import Testing
@testable import ListingAudit

@Suite struct RefundMatcherTests {
    private let location = SourceLocation(file: "listings.csv", line: 2)

    private var listings: [Listing] {
        [
            Listing(
                id: "L1", title: "【新款】Women’s  Maxi-Dress！",
                variants: [
                    Variant(sku: "MD-BLK-S", location: location), Variant(sku: "MD-BLK-M", location: location),
                ],
                format: .generic, location: location),
            Listing(
                id: "HK-RUN-42-BLK", title: "Trail Running Shoe", format: .amazonListingsReport, location: location),
            Listing(id: "L3", title: "ＣＥＲＡＭＩＣ　Mug 350ml", format: .generic, location: location),
        ]
    }

    private func refund(_ id: String, listing: String? = nil, sku: String? = nil, title: String? = nil) -> Refund {
        Refund(id: id, listingID: listing, sku: sku, productTitle: title, location: location)
    }

    @Test func matchesByIdThenSkuThenNormalisedTitle() {
        let matcher = RefundMatcher(listings: listings)
        #expect(matcher.match(refund("r1", listing: "L1")) == (0, .listingID))
        #expect(matcher.match(refund("r2", listing: "gone", sku: "MD-BLK-M")) == (0, .sku))
        #expect(matcher.match(refund("r3", sku: "HK-RUN-42-BLK")) == (1, .sku))
        #expect(matcher.match(refund("r4", title: "【新款】women's maxi dress!")) == (0, .title))
        #expect(matcher.match(refund("r5", title: "ceramic mug 350ML")) == (2, .title))
        #expect(matcher.match(refund("r6", listing: "nope", sku: "nope", title: "nope")) == (nil, .unmatched))
        #expect((0..<matcher.count).map(matcher.listingID(at:)) == ["L1", "HK-RUN-42-BLK", "L3"])
    }

    @Test func titleKeysFoldWidthCasePunctuationAndSpace() {
        #expect(TitleKey.of("ＡＢＣ　１２３") == "abc 123")
        #expect(TitleKey.of("  Hello,   World!! ") == "hello world")
        #expect(TitleKey.of("纯棉T恤（白色）") == TitleKey.of("纯棉t恤 白色"))
        #expect(TitleKey.of("!!!") == "")
    }

    @Test func coverageCountsMethodsAndKeepsFiveUnmatchedExamples() {
        let matcher = RefundMatcher(listings: listings)
        var refunds = [
            refund("a", listing: "L1"), refund("b", sku: "MD-BLK-S"), refund("c", title: "Trail running shoe"),
        ]
        for index in 0..<7 { refunds.append(refund("x\(index)", listing: "missing-\(index)")) }
        let (matches, coverage) = matcher.matchAll(refunds)
        #expect(matches.count == 10)
        #expect(coverage.counts[.listingID] == 1)
        #expect(coverage.counts[.sku] == 1)
        #expect(coverage.counts[.title] == 1)
        #expect(coverage.unmatched == 7)
        #expect(coverage.matched == 3)
        #expect(coverage.unmatchedExamples.count == 5)
        #expect(coverage.unmatchedExamples[0].refundID == "x0")
        #expect(coverage.unmatchedExamples[0].named == "listing_id=missing-0")
        var merged = MatchCoverage()
        merged.merge(coverage)
        merged.merge(coverage)
        #expect(merged.total == 20)
        #expect(merged.unmatchedExamples.count == 5)
    }

    @Test func loadedRefundsMatchLoadedListingsEndToEnd() throws {
        let path = TestPaths.corpus.appendingPathComponent("formats/refunds/shopify-returns.csv").path
        let loaded = try RefundLoader.load(path: path)
        let shirt = Listing(
            id: "linen-blend-shirt", title: "Linen Blend Shirt",
            variants: [Variant(sku: "LBS-SAGE-M", location: location), Variant(sku: "LBS-SAGE-L", location: location)],
            format: .shopify, location: location)
        let (_, coverage) = RefundMatcher(listings: [shirt]).matchAll(loaded.refunds)
        #expect(coverage.counts[.sku] == 3)
        #expect(coverage.unmatched == 1)
        #expect(coverage.unmatchedExamples.first?.named == "sku=CPO-WHT, title=Ceramic Pour-Over Set")
    }
}

@Suite struct RefundMatcherPositionTests {
    private let location = SourceLocation(file: "listings.csv", line: 2)

    private func listing(_ id: String, _ title: String, skus: [String] = []) -> Listing {
        Listing(
            id: id, title: title, variants: skus.map { Variant(sku: $0, location: location) }, format: .generic,
            location: location)
    }

    @Test func positionsAreTheAddOrderAndTheFirstListingWins() {
        var tables = RefundMatcher.Tables()
        tables.add([listing("A", "Linen Shirt", skus: ["S1", " S2 "]), listing("B", "Mug")])
        // A later listing with A's id: its new SKU and title map to the first listing with that id.
        tables.add([listing("A", "Tea Pot", skus: ["S3"]), listing("C", "linen  shirt!", skus: ["S1", "B"])])
        let matcher = tables.matcher
        #expect(matcher.count == 4)
        func match(_ id: String? = nil, sku: String? = nil, title: String? = nil) -> (Int?, MatchMethod) {
            matcher.match(Refund(id: "r", listingID: id, sku: sku, productTitle: title, location: location))
        }
        #expect(match("A") == (0, .listingID))
        #expect(match("C") == (3, .listingID))
        #expect(match(" B\u{3000}") == (1, .listingID), "trimmed id fallback")
        #expect(match(sku: "S2") == (0, .sku))
        #expect(match(sku: "S3") == (0, .sku), "owner is the first listing with the id")
        #expect(match(sku: "S1") == (0, .sku), "first SKU wins")
        #expect(match(sku: "B") == (3, .sku), "a SKU table entry before the id fallback")
        #expect(match(sku: "C") == (3, .sku), "a SKU equal to a listing id matches by SKU")
        #expect(match(title: "LINEN SHIRT") == (0, .title), "first title wins")
        #expect(match(title: "tea-pot") == (0, .title))
        #expect(match("zzz", sku: "zzz", title: "zzz") == (nil, .unmatched))
        #expect((0..<4).map(matcher.listingID(at:)) == ["A", "B", "A", "C"])
    }

    @Test func addingKeysDirectlyBuildsTheSameMatcherAsAddingListings() {
        let listings = [listing("A", "Linen Shirt", skus: ["S1"]), listing("B", "【新款】Mug", skus: ["S2", ""])]
        var direct = RefundMatcher.Tables()
        for listing in listings {
            direct.add(id: listing.id, skus: listing.variants.compactMap(\.sku), title: listing.title)
        }
        let probes = [
            Refund(id: "1", sku: "S2", location: location), Refund(id: "2", productTitle: "新款 mug", location: location),
            Refund(id: "3", listingID: "A", location: location), Refund(id: "4", sku: "", location: location),
        ]
        let built = RefundMatcher(listings: listings)
        #expect(probes.map { direct.matcher.match($0).position } == probes.map { built.match($0).position })
        #expect(probes.map { built.match($0).position } == [1, 1, 0, nil])
    }

    /// The key is the title in the one folding, words kept and everything else collapsed to single spaces.
    @Test func titleKeysAreTheFoldedWordsOfTheTitle() {
        for title in ["ＡＢＣ　１２３", "【新款】Women’s  Maxi-Dress！", "纯棉T恤（白色）", "Ærøskøbing ÉTÉ", "İstanbul", "!!!", "",
                      "한국어 제목", "Straße", "ﬁne", "🙂 smile", "顏色 尺碼"] {
            var expected = String.UnicodeScalarView()
            var pendingSpace = false
            for original in title.unicodeScalars {
                let scalar = Unicode.Scalar(TextFold.fold(original.value))!
                let separator = !(scalar.properties.isAlphabetic || scalar.properties.numericType != nil)
                if separator {
                    pendingSpace = !expected.isEmpty
                    continue
                }
                if pendingSpace {
                    expected.append(" ")
                    pendingSpace = false
                }
                expected.append(scalar)
            }
            #expect(TitleKey.of(title) == String(expected), "\(title)")
        }
        #expect(TitleKey.of("顏色 尺碼") == TitleKey.of("颜色 尺码"))
        #expect(TitleKey.of("Ærøskøbing ÉTÉ") == "ærøskøbing été")
    }

    @Test func byteKeyTablesNumberKeysInInsertionOrder() {
        var table = ByteKeyTable()
        let keys = (0..<5_000).map { "key-\($0 % 3_000)-中" } + ["", "a"]
        var indices: [Int] = []
        for key in keys {
            var key = key
            indices.append(key.withUTF8 { table.insert($0).index })
        }
        #expect(table.count == 3_002)
        #expect(indices[3_000] == 0 && indices[4_999] == 1_999 && indices[5_000] == 3_000)
        var probe = "key-2999-中"
        #expect(probe.withUTF8 { table.index(of: $0) } == 2_999)
        probe = "key-3000-中"
        #expect(probe.withUTF8 { table.index(of: $0) } == nil)
        #expect(table.withKey(at: 3_001) { String(decoding: $0, as: UTF8.self) } == "a")
    }

    /// The probe hash reads every byte: keys that differ only in the bytes after their last whole eight-byte word,
    /// or only by trailing zero bytes, hash apart (but for a chance collision of 32-bit hashes), and the low bits
    /// that pick a slot spread over the table.
    @Test func byteKeyHashesSeeEveryByte() {
        let short = (0..<4_096).map { Array("LST\($0)".utf8) }
        let long = (0..<4_096).map { Array("LISTING-2026-\($0)".utf8) }
        let keys = short + long + [[0x61], [0x61, 0], [0x61, 0, 0]]
        let hashes = keys.map { $0.withUnsafeBufferPointer(ByteKeyTable.hash) }
        #expect(Set(hashes).count >= keys.count - 2)
        // 4,096 keys over 8,192 slots fill about 3,220 when spread at random.
        #expect(Set(hashes.prefix(4_096).map { $0 & 8_191 }).count > 3_000)
    }

    /// Emptied, a table holds no key and numbers the next ones from 0 again.
    @Test func anEmptiedByteKeyTableStartsOver() {
        var table = ByteKeyTable()
        for number in 0..<100 {
            var key = "key-\(number)"
            key.withUTF8 { _ = table.insert($0) }
        }
        table.removeAll()
        #expect(table.count == 0)
        var key = "key-7"
        #expect(key.withUTF8 { table.index(of: $0) } == nil)
        #expect(key.withUTF8 { table.insert($0) } == (index: 0, inserted: true))
        #expect(key.withUTF8 { table.index(of: $0) } == 0)
    }

    @Test func batchLookupsFindWhatSingleLookupsFind() {
        var table = ByteKeyTable(capacity: 4)
        for index in 0..<20_000 {
            var key = "LST\(index * 7)"
            key.withUTF8 { _ = table.insert($0, value: Int32(index)) }
        }
        let probes = (0..<5_000).map { "LST\($0 * 3)" } + ["", "LST", "lst21", "LST0", "LST139993", "LST140000"]
        withKeys(probes) { keys in
            let batch = table.values(of: keys)
            #expect(batch == keys.map { table.index(of: $0).map(table.value(at:)) })
            #expect(batch.compactMap { $0 }.count == (0..<5_000).filter { $0 * 3 % 7 == 0 }.count + 2)
            // The stages, which `values(of:)` runs only in tables larger than this one, find the same.
            #expect(table.stagedValues(of: keys) == batch)
        }
    }

    /// Calls `body` with the UTF-8 of `texts`, each a buffer into one array of bytes (as a chunk's cells are).
    private func withKeys(_ texts: [String], _ body: ([UnsafeBufferPointer<UInt8>]) -> Void) {
        var bytes: [UInt8] = []
        var ranges: [Range<Int>] = []
        for text in texts {
            let start = bytes.count
            bytes.append(contentsOf: text.utf8)
            ranges.append(start..<bytes.count)
        }
        bytes.withUnsafeBufferPointer { all in body(ranges.map { UnsafeBufferPointer(rebasing: all[$0]) }) }
    }

    /// A table larger than `ByteKeyTable.stagedSlots` is looked up stage by stage, a smaller one key by key: both
    /// answer what single lookups answer.
    @Test func batchLookupsOnBothSidesOfTheStagedSizeFindWhatSingleLookupsFind() {
        for count in [10, 30_000] {
            var table = ByteKeyTable()
            for index in 0..<count {
                var key = "id-\(index * 5)"
                key.withUTF8 { _ = table.insert($0, value: Int32(index)) }
            }
            withKeys((0..<2_000).map { "id-\($0 * 2)" }) { keys in
                let single = keys.map { table.index(of: $0).map(table.value(at:)) }
                #expect(table.values(of: keys) == single)
                #expect(table.stagedValues(of: keys) == single)
                let found = (0..<2_000).filter { $0 * 2 % 5 == 0 && $0 * 2 / 5 < count }.count
                #expect(single.compactMap { $0 }.count == found)
            }
        }
    }

    /// A batch insert numbers keys, keeps values and answers indices as inserting each key in turn does: keys that
    /// repeat earlier batches' and each other within the batch, empty keys, batches that make the table grow.
    @Test func batchInsertsNumberKeysAsSingleInsertsDo() {
        var generator = SeededGenerator(seed: 34)
        var batched = ByteKeyTable(capacity: 4)
        var single = ByteKeyTable(capacity: 4)
        for round in 0..<12 {
            let keys = (0..<(1 + generator.below(3_000))).map { _ in
                generator.below(9) == 0 ? "" : "key-\(generator.below(6_000))-\(round % 2 == 0 ? "中" : "x")"
            }
            var bytes: [UInt8] = []
            var ends: [Int] = []
            for key in keys {
                bytes += key.utf8
                ends.append(bytes.count)
            }
            let values = keys.indices.map { Int32(round * 10_000 + $0) }
            let indices = batched.insert(keys: bytes, ends: ends, values: values)
            let expected = zip(keys, values).map { key, value in
                var key = key
                return key.withUTF8 { single.insert($0, value: value).index }
            }
            #expect(indices == expected)
        }
        #expect(batched.count == single.count && batched.count > 6_000)
        #expect((0..<single.count).allSatisfy { batched.value(at: $0) == single.value(at: $0) })
        #expect((0..<single.count).allSatisfy { index in
            batched.withKey(at: index) { Array($0) } == single.withKey(at: index) { Array($0) }
        })
    }

    /// `Tables.add` adds a batch's ids, SKUs and title keys a table at a time; the matcher must be the one adding
    /// each listing's keys in turn builds: ids, SKUs (blank and padded among them) and titles repeating within and
    /// across batches, over enough listings that the tables grow while a batch is added.
    @Test func batchedTablesMatchAsListingByListingTables() {
        var generator = SeededGenerator(seed: 35)
        let skus = ["", " ", "S1", " S2 ", "S3\u{3000}", "A7", "sku-\(generator.below(50))"]
        var batched = RefundMatcher.Tables()
        var single = RefundMatcher.Tables()
        for _ in 0..<6 {
            let listings = (0..<(1 + generator.below(900))).map { _ in
                listing(
                    "A\(generator.below(2_000))", "Linen  Shirt \(generator.below(700))",
                    skus: (0..<generator.below(3)).map { _ in
                        generator.below(2) == 0 ? skus[generator.below(skus.count)] : "K\(generator.below(3_000))"
                    })
            }
            batched.add(listings)
            for listing in listings {
                single.add(id: listing.id, skus: listing.variants.compactMap(\.sku), title: listing.title)
            }
        }
        let (built, expected) = (batched.matcher, single.matcher)
        #expect(built.count == expected.count && built.count > 1_000)
        #expect((0..<built.count).allSatisfy { built.listingID(at: $0) == expected.listingID(at: $0) })
        let probes = (0..<3_000).map { number in
            Refund(
                id: "r", listingID: number % 3 == 0 ? "A\(number)" : nil, sku: number % 3 == 1 ? "K\(number)" : nil,
                productTitle: number % 3 == 2 ? "linen shirt \(number % 800)" : nil, location: location)
        } + skus.map { Refund(id: "r", sku: $0, location: location) }
        let matches = probes.map { built.match($0) }
        #expect(zip(matches, probes.map { expected.match($0) }).allSatisfy { $0.0 == $0.1 })
        #expect(Set(matches.map(\.method)).count == 4)
    }
}
