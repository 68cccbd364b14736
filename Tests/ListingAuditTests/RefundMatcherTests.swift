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
        #expect(matcher.match(refund("r1", listing: "L1")) == ("L1", .listingID))
        #expect(matcher.match(refund("r2", listing: "gone", sku: "MD-BLK-M")) == ("L1", .sku))
        #expect(matcher.match(refund("r3", sku: "HK-RUN-42-BLK")) == ("HK-RUN-42-BLK", .sku))
        #expect(matcher.match(refund("r4", title: "【新款】women's maxi dress!")) == ("L1", .title))
        #expect(matcher.match(refund("r5", title: "ceramic mug 350ML")) == ("L3", .title))
        #expect(matcher.match(refund("r6", listing: "nope", sku: "nope", title: "nope")) == (nil, .unmatched))
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

@Suite struct RefundMatcherPipelineTests {
    @Test func classifyAndMatchKeepsOrderAndAgreesWithTheSingleCalls() {
        let location = SourceLocation(file: "r.csv", line: 1)
        let listing = Listing(id: "L1", title: "Mug", format: .generic, location: location)
        let reasons = ["too small", "其他", "颜色发错了", "DAMAGED_BY_CARRIER"]
        let refunds = (0..<25_000).map { index in
            Refund(
                id: "r\(index)", listingID: index % 3 == 0 ? "L1" : "X\(index)", reason: reasons[index % reasons.count],
                location: SourceLocation(file: "r.csv", line: index + 2))
        }
        let matcher = RefundMatcher(listings: [listing])
        let (classified, coverage) = ClassifyAndMatch.run(refunds, matcher: matcher, workers: 2)
        #expect(classified.map { $0.refund.id } == refunds.map { $0.id })
        #expect(coverage.total == 25_000)
        #expect(coverage.counts[.listingID] == (0..<25_000).filter { $0 % 3 == 0 }.count)
        #expect(coverage.unmatchedExamples.first?.refundID == "r1")
        let classifier = ReasonClassifier()
        for index in [0, 1, 2, 3, 24_999] {
            let direct = classifier.classify(reason: refunds[index].reason, comment: "")
            #expect(classified[index].category == direct.category)
            #expect(classified[index].evidence == direct.evidence)
        }
        #expect(classified[2].category == .wrongOrMissingItem)
        #expect(classified[0].listingID == "L1")
        #expect(classified[0].matchedBy == .listingID)
    }
}
