import Testing
@testable import ListingAudit

/// A digest's records: every value read back as written, whatever its size or sign, and compact enough that the
/// weekly comparison of a million-listing shop stays within its memory bar.
@Suite struct SnapshotDigestTests {
    private static func digest(_ rows: [(Int32, SnapshotDigest.Numbers, [SnapshotDigest.RuleMark], [(UInt8, Int)])])
        -> SnapshotDigest
    {
        var digest = SnapshotDigest(date: .epoch, basis: .orders, texts: .kept(titles: [:], evidence: [:]))
        for (number, (id, numbers, marks, counts)) in rows.enumerated() {
            digest.append(
                id: id, score: Double(number) * 1.125 - 7, numbers: numbers, hasCounts: !counts.isEmpty, marks: marks,
                counts: counts)
        }
        return digest
    }

    @Test func everyValueIsReadBackExactly() {
        let extremes = SnapshotDigest.Numbers(findings: .max, refunds: .min, linkedRefunds: -1, orders: 5_000_000_000)
        let digest = Self.digest([
            (4, SnapshotDigest.Numbers(findings: 2, refunds: 9, linkedRefunds: 3, orders: nil),
             [.init(rule: 0, categories: 0b101), .init(rule: 300, categories: .max)], [(0, 4), (5, 5)]),
            (0, extremes, [], []),
            (4, SnapshotDigest.Numbers(findings: 0, refunds: 0, linkedRefunds: 0, orders: 0), [], [(7, 1)]),
        ])
        #expect(digest.count == 3 && digest.markCount == 2)
        #expect(digest.entry(of: 4) == 0 && digest.entry(of: 0) == 1 && digest.entry(of: 2) == nil)
        #expect(digest.isFirst(0) && !digest.isFirst(2))
        #expect((0..<3).map(digest.score(of:)) == [-7, -5.875, -4.75])
        #expect(digest.rules(of: 0).map(\.rule) == [0, 300] && digest.rules(of: 0).map(\.categories) == [5, .max])
        #expect(digest.markRange(of: 0) == 0..<2 && digest.markRange(of: 2) == 2..<2 && digest.rules(of: 1).isEmpty)
        let numbers = digest.numbers(of: 1)
        #expect(numbers.findings == .max && numbers.refunds == .min && numbers.linkedRefunds == -1)
        #expect(numbers.orders == 5_000_000_000 && digest.numbers(of: 0).orders == nil)
        #expect(digest.refunds(of: 0, in: 1 << 5) == 5 && digest.refunds(of: 0, in: 0b10_0001) == 9)
        #expect(digest.refunds(of: 2, in: 1) == 0 && digest.has(0, rule: 300) && !digest.has(0, rule: 1))
        #expect(digest.categories(of: 0, rules: [300]) == .max && digest.categories(of: 0) == .max)
    }

    @Test func aTypicalListingTakesUnderFortyBytes() {
        let marks = (0..<4).map { SnapshotDigest.RuleMark(rule: Int32($0 * 7), categories: 0b1_0010) }
        let numbers = SnapshotDigest.Numbers(findings: 6, refunds: 5, linkedRefunds: 3, orders: 120)
        let rows = (0..<1000).map { (Int32($0 * 1000), numbers, marks, [(UInt8(1), 2), (UInt8(4), 3)]) }
        let digest = Self.digest(rows)
        #expect(digest.recordBytes < 40 * 1000)
        #expect(digest.numbers(of: 999).orders == 120 && digest.id(of: 999) == 999_000)
    }
}
