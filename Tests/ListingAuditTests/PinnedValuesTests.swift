import Testing

@testable import ListingAudit

/// `PinnedValues` hands out numbers whose values never move nor change while more are appended, so a reader holding
/// the store reads them in place: an array, which moves its elements when it grows (and copies them all when a
/// reader holds it), fails both tests.
@Suite struct PinnedValuesTests {
    @Test func valuesStayWhereTheyWereAsTheStoreGrows() {
        let store = PinnedValues<[String]>()
        var addresses: [UnsafePointer<[String]>] = []
        // Past the first page, across page boundaries, to a store a thousand pages' worth of the first.
        for number in 0..<100_000 {
            #expect(store.append([String(number), "词\(number % 7)"]) == number)
            if number == 0 || number == PinnedValues<[String]>.firstPageCount - 1 || number % 997 == 0 {
                addresses.append(store.address(of: number))
            }
        }
        #expect(store.count == 100_000)
        for address in addresses { #expect(store.address(of: Int(address.pointee[0])!) == address) }
        // Every value reads back as it was appended, at every page boundary and in between.
        for number in 0..<100_000 { #expect(store.address(of: number).pointee == [String(number), "词\(number % 7)"]) }
    }

    /// The answers a chunk holds are the cache's own, read in place: a later chunk reads an answer at the address
    /// an earlier one did, however many answers were added in between (an array held by the earlier chunk would
    /// have been copied by the first of them, and the later chunk would read the copy).
    @Test func chunksReadTheCachesAnswersInPlace() {
        let cache = ReasonClassifierCache()
        func answers(_ texts: [String]) -> (ReasonAnswers, [Int]) {
            var pairs = ReasonPairs()
            let numbers = texts.map { text in
                var text = text
                var comment = ""
                return text.withUTF8 { reason in comment.withUTF8 { pairs.add(reason: reason, comment: $0) } }
            }
            return (cache.answers(for: pairs, lookups: texts.count), numbers)
        }
        let (first, numbers) = answers(["尺码偏小", "arrived broken"])
        let addresses = numbers.map { first.address(of: $0) }
        let before = cache.answerCount
        let words = ["颜色不对", "拉链坏了", "wrong item sent", "too small", "质量差", "物流太慢", "与描述不符", "arrived late"]
        for (index, word) in words.enumerated() {
            _ = answers(words[..<index].map { "\($0)，\(word)" } + [word])
            let (again, againNumbers) = answers(["尺码偏小", "arrived broken"])
            #expect(againNumbers.map { again.address(of: $0) } == addresses)
        }
        #expect(cache.answerCount > before)
        #expect(numbers.map { first.category(of: $0) } == [.sizeFit, .damagedInTransit])
    }
}
