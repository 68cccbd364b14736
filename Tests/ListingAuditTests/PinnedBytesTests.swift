import Testing

@testable import ListingAudit

/// `PinnedBytes` hands out bounds that every later append must leave alone: runs of every length, some longer than
/// a page and some filling one to the byte, read back unchanged once all are written.
@Suite struct PinnedBytesTests {
    @Test func everyRunKeepsItsBytesWhileMoreAreAppended() {
        let store = PinnedBytes()
        var generator = SeededGenerator(seed: 41)
        let page = PinnedBytes.pageSize
        let lengths = (0..<3_000).map { $0 % 97 == 0 ? page + $0 : ($0 % 211 == 0 ? 0 : generator.below(300)) }
            + [page, 1, page - 1, 1, 2 * page]
        var runs: [(bytes: [UInt8], copy: UnsafeBufferPointer<UInt8>)] = []
        for length in lengths {
            let bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            runs.append((bytes, bytes.withUnsafeBufferPointer { store.append($0) }))
        }
        withExtendedLifetime(store) {
            for (index, run) in runs.enumerated() {
                #expect(run.copy.count == run.bytes.count, "run \(index)")
                #expect(Array(run.copy) == run.bytes, "run \(index)")
            }
        }
        // A run is never split across pages: each lies whole in memory of its own.
        let ranges = runs.compactMap { run in
            run.copy.baseAddress.map { UInt(bitPattern: $0)..<UInt(bitPattern: $0 + run.copy.count) }
        }.sorted { $0.lowerBound < $1.lowerBound }
        #expect(zip(ranges, ranges.dropFirst()).allSatisfy { $0.upperBound <= $1.lowerBound })
    }

    /// An answer's cells, read by a chunk, stay what they were while other chunks add answers to the cache.
    @Test func answerCellsStayWhileTheCacheAnswersMore() {
        let cache = ReasonClassifierCache()
        func answers(_ texts: [String]) -> (ReasonAnswers, [Int]) {
            var pairs = ReasonPairs()
            let numbers = texts.map { text in
                var text = text
                var comment = "收到后发现线头很多"
                return text.withUTF8 { reason in comment.withUTF8 { pairs.add(reason: reason, comment: $0) } }
            }
            return (cache.answers(for: pairs, lookups: texts.count), numbers)
        }
        let (first, numbers) = answers(["尺码偏小", "wrong colour sent", "arrived broken", "不想要了"])
        let runs = numbers.map { number in first.withCategoryAndEvidenceCells(of: number) { Array($0) } }
        for round in 0..<40 {
            _ = answers((0..<50).map { "袖子太短 \(round) \($0), too tight in the \($0 % 7) shoulders" })
        }
        #expect(numbers.map { number in first.withCategoryAndEvidenceCells(of: number) { Array($0) } } == runs)
    }
}
