import Testing

@testable import ListingAudit

@Suite struct KeyHashSetTests {
    @Test func holdsWhatWasInsertedThroughGrowth() {
        var set = KeyHashSet()
        var random = SplitMix(seed: 3)
        let inserted = (0..<5000).map { _ in Int(bitPattern: UInt(random.next())) } + [0, 1, -1, Int.min, Int.max]
        for hash in inserted { set.insert(hash) }
        let absent = (0..<5000).map { _ in Int(bitPattern: UInt(random.next())) }

        #expect(set.count == Set(inserted.map { $0 == 0 ? 1 : $0 }).count)
        #expect(inserted.allSatisfy(set.contains))
        #expect(!absent.contains(where: set.contains))
    }

    @Test func insertingTwiceCountsOnce() {
        var set = KeyHashSet()
        set.insert("LST-1".hashValue)
        set.insert("LST-1".hashValue)

        #expect(set.count == 1)
        #expect(set.contains("LST-1".hashValue))
        #expect(!set.contains("LST-2".hashValue))
    }
}
