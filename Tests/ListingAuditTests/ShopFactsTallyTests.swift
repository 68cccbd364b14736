import Testing
@testable import ListingAudit

@Suite struct ShopFactsTallyTests {
    /// Keys of `count` listings: descriptions drawn from a small pool (so many are shared), stems from another.
    private func keys(_ count: Int, seed: UInt64) -> [ShopKeys] {
        var state = seed
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        return (0..<count).map { _ in
            let roll = next()
            return ShopKeys(
                description: roll % 5 == 0 ? nil : 1_000 + roll % 700, stem: 7 + next() % 40,
                hasImages: roll % 3 == 0, hasGallery: false, hasDescription: roll % 5 != 0)
        }
    }

    @Test func sortedRunsOnDiskCountWhatTheMemoryCounts() {
        let listings = keys(5_000, seed: 42)
        var inMemory = ShopFacts.Tally()
        var onDisk = ShopFacts.Tally(runLength: 97)
        var mergedFromTwo = ShopFacts.Tally(runLength: 300)
        var second = ShopFacts.Tally(runLength: 300)
        for (index, key) in listings.enumerated() {
            inMemory.add(key)
            onDisk.add(key)
            if index < 2_222 { mergedFromTwo.add(key) } else { second.add(key) }
        }
        mergedFromTwo.merge(second)
        let expected = inMemory.facts
        for facts in [onDisk.facts, mergedFromTwo.facts] {
            for description in UInt64(1_000)..<1_700 {
                #expect(facts.sharedCount(ofKey: description) == expected.sharedCount(ofKey: description))
                #expect(facts.sharedProducts(ofKey: description) == expected.sharedProducts(ofKey: description))
            }
            #expect(facts.exportHasImages == expected.exportHasImages)
        }
        // The counts themselves, from the keys directly.
        let shared = Dictionary(grouping: listings.compactMap(\.description), by: { $0 }).filter { $0.value.count > 1 }
        #expect(shared.allSatisfy { expected.sharedCount(ofKey: $0.key) == $0.value.count })
        let stems = Dictionary(grouping: listings.filter { $0.description != nil }, by: { $0.description! })
            .mapValues { Set($0.map(\.stem)).count }
        #expect(shared.keys.allSatisfy { expected.sharedProducts(ofKey: $0) == stems[$0] })
    }
}
