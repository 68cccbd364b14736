import Testing

@testable import ListingAudit

/// `OpenKeys` must mean exactly what the `[String: Int]` it replaced in `ListingCollector` meant, in list form, in
/// dictionary form and across the switches between them.
@Suite struct OpenKeysTests {
    @Test func actsAsADictionaryThroughRandomSetsAndRemovals() {
        for seed in UInt64(1)...40 {
            var random = SeededGenerator(seed: seed)
            // Few keys in some runs (the list only), many in others (the dictionary, and back once emptied).
            let keySpace = [3, 12, 40, 200][random.below(4)]
            var keys = OpenKeys()
            var expected: [String: Int] = [:]
            for step in 0..<2_000 {
                let key = "K\(random.below(keySpace))"
                switch random.below(10) {
                case 0..<5: keys[key] = step; expected[key] = step
                case 5..<8: keys[key] = nil; expected[key] = nil
                default:
                    // Empty everything now and then, as a collector does when every open listing is released.
                    if random.below(20) == 0 {
                        for held in expected.keys { keys[held] = nil }
                        expected.removeAll()
                    }
                }
                #expect(keys[key] == expected[key], "seed \(seed), step \(step), key \(key)")
                #expect(keys.count == expected.count, "seed \(seed), step \(step)")
            }
            for index in 0..<keySpace {
                #expect(keys["K\(index)"] == expected["K\(index)"], "seed \(seed), key K\(index)")
            }
        }
    }

    @Test func movesIntoTheDictionaryPastTheListLimitAndBackWhenEmpty() {
        var keys = OpenKeys()
        let many = OpenKeys.listLimit + 5
        for index in 0..<many { keys["id\(index)"] = index }
        #expect(keys.count == many)
        for index in 0..<many { #expect(keys["id\(index)"] == index) }
        for index in 0..<many { keys["id\(index)"] = nil }
        #expect(keys.count == 0)
        keys["again"] = 7
        #expect(keys["again"] == 7 && keys["id0"] == nil && keys.count == 1)
    }
}
