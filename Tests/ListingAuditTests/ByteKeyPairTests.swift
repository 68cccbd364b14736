import Testing

@testable import ListingAudit

/// A (reason, comment) pair is looked up part by part (`ByteKeyTable.insert(pairOf:_:)`) and stored joined by 0xFF:
/// it must number pairs as a table of the joined keys does, keep pairs that join to the same length apart, and
/// hand the memo the joined key and a hash it can find the pair by.
@Suite struct ByteKeyPairTests {
    private static let texts = [
        "", "a", "ab", "abc", "尺码偏小", "尺码偏小，第一次买", "wrong colour", "wrong colour sent back twice",
        "颜色和图片不一样 the sleeves are short", "\"quoted\", with a comma", "12345678", "123456789",
    ]

    private func joined(_ first: String, _ second: String) -> [UInt8] {
        Array(first.utf8) + [0xFF] + Array(second.utf8)
    }

    private func insert(_ first: String, _ second: String, into table: inout ByteKeyTable) -> (Int, Bool) {
        let (firstBytes, secondBytes) = (Array(first.utf8), Array(second.utf8))
        let result = firstBytes.withUnsafeBufferPointer { first in
            secondBytes.withUnsafeBufferPointer { table.insert(pairOf: first, $0) }
        }
        return (result.index, result.inserted)
    }

    @Test func pairsAreNumberedAsTheirJoinedKeysAre() {
        var generator = SeededGenerator(seed: 43)
        var pairs = ByteKeyTable()
        var keys = ByteKeyTable()
        for _ in 0..<3_000 {
            let first = Self.texts[generator.below(Self.texts.count)]
            let suffix = generator.below(4) == 0 ? "\(generator.below(50))" : ""
            let second = Self.texts[generator.below(Self.texts.count)] + suffix
            let pair = insert(first, second, into: &pairs)
            let key = joined(first, second).withUnsafeBufferPointer { keys.insert($0) }
            #expect(pair == (key.index, key.inserted), "\(first) / \(second)")
            #expect(pairs.withKey(at: pair.0) { Array($0) } == joined(first, second))
        }
        #expect(pairs.count == keys.count && pairs.count > 200)
    }

    /// Pairs whose joined keys have one length but split at different places are different pairs, and every pair
    /// is found again under the hash it was stored with (what the reason cache probes its memo with).
    @Test func pairsSplitApartAreToldApart() {
        var table = ByteKeyTable()
        let splits = [("abc", ""), ("ab", "c"), ("a", "bc"), ("", "abc"), ("尺码", "偏小"), ("尺码偏", "小")]
        let numbers = splits.map { insert($0.0, $0.1, into: &table) }
        #expect(numbers.map(\.0) == Array(0..<splits.count) && numbers.allSatisfy(\.1))
        #expect(splits.map { insert($0.0, $0.1, into: &table).0 } == Array(0..<splits.count))
        for (number, split) in splits.enumerated() {
            let hash = Array(split.0.utf8).withUnsafeBufferPointer { first in
                Array(split.1.utf8).withUnsafeBufferPointer { ByteKeyTable.hash(pairOf: first, $0) }
            }
            #expect(table.hash(at: number) == hash)
            #expect(joined(split.0, split.1).withUnsafeBufferPointer { table.index(of: $0, hash: hash) } == number)
        }
    }

    /// The pair hash reads every byte of both texts and both lengths: pairs that differ in one byte of either text's
    /// tail, or only in where the split falls, hash apart (but for a chance collision of 32-bit hashes).
    @Test func pairHashesSeeEveryByteOfBothTexts() {
        var hashes: [UInt32] = []
        for number in 0..<2_000 {
            for (first, second) in [("尺码偏小\(number)", ""), ("尺码偏小", "\(number)"), ("", "尺码偏小\(number)")] {
                hashes.append(Array(first.utf8).withUnsafeBufferPointer { first in
                    Array(second.utf8).withUnsafeBufferPointer { ByteKeyTable.hash(pairOf: first, $0) }
                })
            }
        }
        #expect(Set(hashes).count >= hashes.count - 2)
    }
}
