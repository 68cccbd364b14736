import Foundation

/// A memo in front of `ReasonClassifier`, shared by the threads of a run: exact (reason, comment) pairs repeat a
/// lot in refund exports, so each distinct pair is classified once. Pairs are keyed by their UTF-8 bytes, so a
/// pair seen before costs a hash of its bytes, not a `String`. Bounded: past `capacity` pairs it classifies
/// without storing.
///
/// Thread-safe. A chunk of rows asks for all its distinct pairs at once (`answers(for:lookups:)`) and takes the
/// lock twice: to look them up and claim the new ones, then to publish what it classified. A pair another thread
/// has claimed is waited for rather than classified again; a thread publishes its own claims before it waits, so
/// two threads never wait for each other.
public final class ReasonClassifierCache: @unchecked Sendable {
    /// One distinct outcome: the category and the evidence, the latter also as its `refunds.csv` cell.
    struct Answer: Sendable {
        let category: RefundCategory
        let evidence: [String]
        let evidenceCell: [UInt8]
    }

    private let classifier: ReasonClassifier
    private let capacity: Int
    private let condition = NSCondition()
    // Guarded by `condition`:
    /// Each stored pair with its answer's number; -1 while the thread that claimed it classifies it.
    private var pairs = ByteKeyTable()
    private var answers: [Answer] = []
    /// Each distinct answer, keyed by its bytes (see `number`), with its number in `answers`.
    private var answerNumbers = ByteKeyTable()
    private var hitCount = 0

    public init(classifier: ReasonClassifier = ReasonClassifier(), capacity: Int = 200_000) {
        self.classifier = classifier
        self.capacity = capacity
    }

    /// Lookups answered without classifying: from the memo, or from an earlier row of the same chunk.
    public var hits: Int {
        condition.lock()
        defer { condition.unlock() }
        return hitCount
    }

    /// Same as `ReasonClassifier.classify(reason:comment:)`.
    public func classify(reason: String, comment: String) -> (category: RefundCategory, evidence: [String]) {
        var pairs = ReasonPairs()
        var reason = reason
        var comment = comment
        let pair = reason.withUTF8 { reason in comment.withUTF8 { pairs.add(reason: reason, comment: $0) } }
        let answers = answers(for: pairs, lookups: 1)
        return (answers.category(of: pair), answers.evidence(of: pair))
    }

    /// The answers for a chunk's distinct `pairs`, asked for by `lookups` rows.
    func answers(for chunk: ReasonPairs, lookups: Int) -> ReasonAnswers {
        var answerOfChunkPair = [Int32](repeating: -1, count: chunk.count)
        var claimed: [(pair: Int, stored: Int)] = []
        var awaited: [(pair: Int, stored: Int)] = []
        var unstored: [Int] = []
        condition.lock()
        for pair in 0..<chunk.count {
            let hash = chunk.hash(of: pair)
            chunk.withKey(of: pair) { key in
                if let stored = pairs.index(of: key, hash: hash) {
                    let answer = pairs.value(at: stored)
                    if answer >= 0 { answerOfChunkPair[pair] = answer } else { awaited.append((pair, stored)) }
                } else if pairs.count < capacity {
                    claimed.append((pair, pairs.insert(key, hash: hash, value: -1).index))
                } else {
                    unstored.append(pair)
                }
            }
        }
        condition.unlock()
        let computed = (claimed.map(\.pair) + unstored).map { ($0, chunk.classify($0, with: classifier)) }
        condition.lock()
        defer { condition.unlock() }
        for (pair, (category, evidence)) in computed {
            answerOfChunkPair[pair] = number(category, evidence)
        }
        for (pair, stored) in claimed { pairs.setValue(answerOfChunkPair[pair], at: stored) }
        if !claimed.isEmpty { condition.broadcast() }
        while awaited.contains(where: { pairs.value(at: $0.stored) < 0 }) { condition.wait() }
        for (pair, stored) in awaited { answerOfChunkPair[pair] = pairs.value(at: stored) }
        hitCount += lookups - computed.count
        return ReasonAnswers(answerOfPair: answerOfChunkPair, answers: answers)
    }

    /// The number of the answer (`category`, `evidence`), adding it (with its evidence cell) if new. Call with the
    /// lock held. Answers are told apart by their bytes (the category's ordinal, then each word's UTF-8 and 0xFF,
    /// which UTF-8 never holds), so no `String` is hashed, which normalises it first.
    private func number(_ category: RefundCategory, _ evidence: [String]) -> Int32 {
        var key: [UInt8] = [UInt8(category.ordinal)]
        for var word in evidence {
            word.withUTF8 { key.append(contentsOf: $0) }
            key.append(0xFF)
        }
        let next = Int32(answers.count)
        let (index, inserted) = key.withUnsafeBufferPointer { answerNumbers.insert($0, value: next) }
        guard inserted else { return answerNumbers.value(at: index) }
        var cell = CSVByteBuffer()
        cell.appendCell(evidence.joined(separator: "; "))
        answers.append(Answer(category: category, evidence: evidence, evidenceCell: cell.bytes))
        return next
    }
}

/// The classifications of a chunk's pairs, by pair number.
struct ReasonAnswers: Sendable {
    fileprivate let answerOfPair: [Int32]
    fileprivate let answers: [ReasonClassifierCache.Answer]

    func category(of pair: Int) -> RefundCategory { answers[Int(answerOfPair[pair])].category }

    func evidence(of pair: Int) -> [String] { answers[Int(answerOfPair[pair])].evidence }

    /// Calls `body` with the `refunds.csv` cell of the pair's evidence.
    func withEvidenceCell<Result>(of pair: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        answers[Int(answerOfPair[pair])].evidenceCell.withUnsafeBufferPointer(body)
    }
}
