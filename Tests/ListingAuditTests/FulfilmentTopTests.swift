import Testing

@testable import ListingAudit

/// `RefundHeavyFinder.fulfilment` names the ten listings with the most fulfilment refunds, ties by id (then input
/// order), summarising only the listings that can be among them. The ten must be those of sorting every listing
/// with a fulfilment refund, with many ties at the cut, repeated ids and ids equal as `String`s but not as bytes.
@Suite struct FulfilmentTopTests {
    @Test(arguments: [41, 42, 43])
    func topListingsAreTheFirstTenOfSortingEveryListing(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let names = ["A", "B", "\u{E9}", "e\u{301}", "K", "\u{212A}", "Z"]
        let listings = (0..<300).map { position in
            AuditListing(
                id: generator.below(3) == 0 ? names[generator.below(names.count)] : "L\(generator.below(200))",
                title: "T\(position)", profile: .apparel, location: SourceLocation(file: "a.csv", line: 2 + position))
        }
        var ledger = AuditLedger(listings: listings, findings: [], ruleLinks: RuleLinkTable(descriptions: []))
        let categories = RefundCategory.allCases
        for _ in 0..<(200 + generator.below(400)) {
            ledger.addRefund(
                position: generator.below(listings.count), category: categories[generator.below(categories.count)],
                amount: 1, type: .refundOnly, matchedBy: .listingID)
        }
        let fulfilment = categories.filter(\.isFulfilment)
        let counted = listings.indices.map { position in
            (position, fulfilment.reduce(0) { $0 + ledger.refunds(position, $1) })
        }.filter { $0.1 > 0 }
        let expected = counted.sorted {
            $0.1 != $1.1 ? $0.1 > $1.1 : listings[$0.0].id < listings[$1.0].id
        }.prefix(10)
        let top = RefundHeavyFinder.fulfilment(ledger).topListings
        #expect(counted.count > 10)
        #expect(top.map(\.title) == expected.map { listings[$0.0].title })
        #expect(top.map(\.refunds) == expected.map(\.1))
    }
}
