import Testing
@testable import ListingAudit

/// Refunds counted into the ledger in batches (`AuditLedger.addRefunds`, the refund stage's ordered merge), against
/// sums worked out here one refund at a time in file order: every count, and every amount bit for bit.
@Suite struct LedgerRefundBatchTests {
    private struct Refund {
        var listing: Int?
        var category: RefundCategory
        var type: RefundType
        var method: MatchMethod
        var amount: Double?
    }

    @Test func refundsCountedInBatchesAreTheSumsTakenInFileOrder() {
        let listings = (0..<12).map { "L\($0)" }
        // Listings 0–3 have size findings (linked to size), 4–5 colour ones, 6 both, the rest none.
        var findings: [(String, String, Severity)] = []
        for index in [0, 1, 2, 3, 6] { findings.append((listings[index], "size.no_chart", .warning)) }
        for index in [4, 5, 6] { findings.append((listings[index], "colour.random", .error)) }
        let amounts: [Double?] = [0.1, 0.2, 0.3, 19.99, 1e16, 1, -0.0, nil, 7.07, 1_299.5, 0.01, 3.3]
        var generator = SeededGenerator(seed: 34)
        let refunds = (0..<5_000).map { _ in
            let listing = Int.random(in: -2..<listings.count, using: &generator)
            return Refund(
                listing: listing < 0 ? nil : listing,
                category: RefundCategory.allCases.randomElement(using: &generator)!,
                type: RefundType.allCases.randomElement(using: &generator)!,
                method: listing < 0 ? .unmatched : [.listingID, .sku, .title].randomElement(using: &generator)!,
                amount: amounts.randomElement(using: &generator)!)
        }
        let linked: [Int: Set<RefundCategory>] = [
            0: [.sizeFit], 1: [.sizeFit], 2: [.sizeFit], 3: [.sizeFit], 4: [.colourMismatch], 5: [.colourMismatch],
            6: [.sizeFit, .colourMismatch],
        ]
        // The sums taken one refund at a time, in file order.
        var counts = [[Int]](repeating: [Int](repeating: 0, count: RefundCategory.count), count: listings.count)
        var listingAmounts = [Double](repeating: 0, count: listings.count)
        var linkedAmounts = [Double](repeating: 0, count: listings.count)
        var tallies = RefundCategory.allCases.map { CategoryTally(category: $0) }
        var coverage = MatchSummary()
        for refund in refunds {
            let amount = refund.amount ?? 0
            coverage.add(refund.method)
            tallies[refund.category.ordinal].count += 1
            tallies[refund.category.ordinal].amount += amount
            switch refund.type {
            case .refundOnly: tallies[refund.category.ordinal].refundOnly += 1
            case .returnAndRefund: tallies[refund.category.ordinal].returnAndRefund += 1
            case .exchange: tallies[refund.category.ordinal].exchange += 1
            case .unknown: tallies[refund.category.ordinal].unknownType += 1
            }
            guard let listing = refund.listing else { continue }
            tallies[refund.category.ordinal].matched += 1
            counts[listing][refund.category.ordinal] += 1
            listingAmounts[listing] += amount
            if linked[listing]?.contains(refund.category) == true { linkedAmounts[listing] += amount }
        }
        for batch in [1, 7, 4_096, 5_000] {
            var ledger = LedgerFixture.make(listings: listings, findings: findings)
            var start = 0
            while start < refunds.count {
                let end = min(start + batch, refunds.count)
                ledger.addRefunds(
                    refunds[start..<end].map { refund in
                        AuditLedger.CountedRefund(
                            position: refund.listing.map(Int32.init), category: refund.category, method: refund.method,
                            type: refund.type, amount: refund.amount)
                    })
                start = end
            }
            #expect(ledger.coverage == coverage, "batches of \(batch)")
            for (tally, expected) in zip(ledger.categories, tallies) {
                #expect(tally.amount.bitPattern == expected.amount.bitPattern, "\(tally.category), batches of \(batch)")
                #expect(
                    [tally.count, tally.refundOnly, tally.returnAndRefund, tally.exchange, tally.unknownType,
                     tally.matched]
                        == [expected.count, expected.refundOnly, expected.returnAndRefund, expected.exchange,
                            expected.unknownType, expected.matched], "\(tally.category), batches of \(batch)")
            }
            for listing in listings.indices {
                #expect(RefundCategory.allCases.map { ledger.refunds(listing, $0) } == counts[listing])
                #expect(ledger.amount(listing).bitPattern == listingAmounts[listing].bitPattern, "listing \(listing)")
                #expect(
                    ledger.linkedAmount(listing).bitPattern == linkedAmounts[listing].bitPattern, "listing \(listing)")
            }
        }
        #expect(linkedAmounts.filter { $0 != 0 }.count == linked.count, "every listing with links has linked refunds")
    }
}
