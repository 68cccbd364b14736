import Testing

@testable import ListingAudit

@Suite struct KeyHashSetTests {
    @Test func holdsWhatWasInsertedThroughGrowth() {
        var set = KeyHashSet()
        var random = SeededGenerator(seed: 3)
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

    @Test(arguments: [1 << 18, 1, 2])
    func releasedKeysAnswerInOrderAndOutOfOrder(pendingLimit: Int) {
        var released = ReleasedKeys(pendingLimit: pendingLimit)
        let beforeAny = released.contains("A")
        for key in ["LST-002", "LST-001", "LST-010", "e\u{301}"] { released.insert(key) }
        // "\u{E9}" is canonically equal to the released "e\u{301}": the same key, as String equality and hashing say.
        let answers = ["LST-001", "LST-010", "LST-003", "zzz", "\u{E9}"].map { released.contains($0) }
        released.insert("LST-011")
        let afterMore = ["LST-011", "LST-002", "LST-012"].map { released.contains($0) }

        #expect(!beforeAny)
        #expect(answers == [true, true, false, false, true])
        #expect(afterMore == [true, true, false])
    }

    @Test func aFewOutOfOrderKeysReadTheSpoolInsteadOfLoadingEveryKey() {
        var released = ReleasedKeys(pendingLimit: 4, scanLimit: 2)
        for number in 1...40 { released.insert("LST-\(1000 + number)") }
        let scanned = [released.contains("LST-1001"), released.contains("LST-1000")]
        let tableAfterScans = released.tableCount
        let loaded = [released.contains("LST-1039"), released.contains("LST-1002"), released.contains("LST-0999")]

        #expect(scanned == [true, false])
        #expect(tableAfterScans == 0)
        #expect(loaded == [true, true, false])
        #expect(released.tableCount == 40)
    }
}
