import Foundation

/// A memo in front of `ReasonClassifier`, shared by the threads of a run: exact (reason, comment) pairs repeat a
/// lot in refund exports, so each distinct pair is classified once. Pairs are keyed by their UTF-8 bytes, so a
/// pair seen before costs a hash of its bytes, not a `String`. Bounded: past `capacity` pairs it classifies
/// without storing.
///
/// Thread-safe. A chunk of rows asks for all its distinct pairs at once (`answers(for:lookups:)`): it looks them up
/// and claims the new ones under the lock, then classifies the pairs still open — its own claims first, then those
/// another thread claimed and has not started — taking a few at a time (`takenAtOnce`) and publishing each few
/// before taking more. Each pair is classified once, by whichever thread takes it first; a thread waits only for
/// pairs another thread is classifying at that moment (at most `takenAtOnce` of them), never for the whole of
/// another chunk's new pairs, so both cores stay busy while new pairs are frequent.
public final class ReasonClassifierCache: @unchecked Sendable {
    /// One distinct outcome: the category and the evidence, and both as their two `refunds.csv` cells, written
    /// once as one run (`category,evidence`) that every row of the answer copies whole. The run lies in the memo's
    /// `PinnedBytes`, and the answer in its `PinnedValues`, which every holder of answers keeps (`ReasonAnswers`):
    /// neither moves nor changes while an answer can be read, so answers are read across threads in place.
    struct Answer: @unchecked Sendable {
        let category: RefundCategory
        let evidence: [String]
        let categoryAndEvidenceCells: UnsafeBufferPointer<UInt8>
    }

    private let classifier: ReasonClassifier
    private let capacity: Int
    private let condition = NSCondition()
    /// Guarded by `condition`. Each step taken under the lock is one method of the memo, so the class's stored
    /// property is claimed for access (and checked for exclusivity) once a step, not at every table read.
    private var memo = Memo()

    /// Open pairs a thread takes under one hold of the lock: few enough that another thread needing one of them
    /// waits briefly, enough that the lock is taken once per several classifications.
    private static let takenAtOnce = 16

    public init(classifier: ReasonClassifier = ReasonClassifier(), capacity: Int = 200_000) {
        self.classifier = classifier
        self.capacity = capacity
    }

    /// Lookups answered without classifying: from the memo, or from an earlier row of the same chunk.
    public var hits: Int {
        condition.lock()
        defer { condition.unlock() }
        return memo.hitCount
    }

    /// The distinct answers (category and evidence) given so far.
    var answerCount: Int {
        condition.lock()
        defer { condition.unlock() }
        return memo.answers.count
    }

    /// Same as `ReasonClassifier.classify(reason:comment:)`.
    public func classify(reason: String, comment: String) -> (category: RefundCategory, evidence: [String]) {
        // Texts of a `String` are valid UTF-8; the reason is trimmed by the classifier.
        var pairs = ReasonPairs(textsAreCheckedUTF8: true)
        var reason = reason
        var comment = comment
        let pair = reason.withUTF8 { reason in comment.withUTF8 { pairs.add(reason: reason, comment: $0) } }
        let answers = answers(for: pairs, lookups: 1)
        return (answers.category(of: pair), answers.evidence(of: pair))
    }

    /// The answers for a chunk's distinct `pairs`, asked for by `lookups` rows.
    func answers(for chunk: ReasonPairs, lookups: Int) -> ReasonAnswers {
        condition.lock()
        var found = memo.lookUp(chunk, capacity: capacity)
        condition.unlock()
        var classified = 0
        // One room for every text this call scores.
        var room = ClauseScorer.Room()
        var taken: [Memo.Open] = []
        var next = 0
        condition.lock()
        while next < found.open.count {
            memo.take(from: found.open, next: &next, atMost: Self.takenAtOnce, into: &taken)
            guard !taken.isEmpty else { break }
            condition.unlock()
            let computed = taken.map { chunk.classify($0.pair, with: classifier, room: &room) }
            classified += taken.count
            condition.lock()
            memo.publish(computed, for: taken)
            condition.broadcast()
        }
        if !found.unstored.isEmpty {
            condition.unlock()
            let computed = found.unstored.map { chunk.classify($0, with: classifier, room: &room) }
            condition.lock()
            memo.number(computed, of: found.unstored, into: &found.answerOfPair)
        }
        // What is still open is being classified by other threads.
        while memo.isAnyOpen(found.open) { condition.wait() }
        memo.settle(&found, hits: lookups - classified - found.unstored.count)
        condition.unlock()
        return ReasonAnswers(answerOfPair: found.answerOfPair, answers: memo.answers, cells: memo.cells)
    }

    /// The memo's tables and counts, read and changed only with the cache's lock held.
    private struct Memo {
        /// A stored pair not yet answered: its number in the chunk and its index in `pairs`.
        typealias Open = (pair: Int, stored: Int)

        /// What a chunk's lookup found: the answer of each pair known already (or -1), the stored pairs still open
        /// (the chunk's own claims, then others' claims from the last), and the pairs past the capacity.
        struct Lookup {
            var answerOfPair: [Int32]
            var open: [Open] = []
            var unstored: [Int] = []
        }

        /// Each stored pair with its answer's number, or `claimed` (no thread has taken it yet) or `taken` (a
        /// thread is classifying it).
        private var pairs = ByteKeyTable()
        /// The answers by number: appended to while chunks read the ones they were given, never copied for it.
        let answers = PinnedValues<Answer>()
        /// Where the answers' `refunds.csv` cells lie.
        let cells = PinnedBytes()
        /// Each distinct answer, keyed by its bytes (see `number`), with its number in `answers`.
        private var answerNumbers = ByteKeyTable()
        /// Room for the key `number` looks up, kept between calls: its first bytes are the key, the rest is room.
        private var answerKey: [UInt8] = []
        private(set) var hitCount = 0

        /// The value of a stored pair claimed by a chunk and taken by no thread yet.
        private static let claimed: Int32 = -1
        /// The value of a stored pair a thread is classifying.
        private static let taken: Int32 = -2

        /// Looks up every pair of `chunk`, claiming the new ones while fewer than `capacity` pairs are stored.
        mutating func lookUp(_ chunk: ReasonPairs, capacity: Int) -> Lookup {
            var found = Lookup(answerOfPair: [Int32](repeating: -1, count: chunk.count))
            var othersClaims: [Open] = []
            for pair in 0..<chunk.count {
                let hash = chunk.hash(of: pair)
                chunk.withKey(of: pair) { key in
                    if let stored = pairs.index(of: key, hash: hash) {
                        let answer = pairs.value(at: stored)
                        if answer >= 0 {
                            found.answerOfPair[pair] = answer
                        } else {
                            othersClaims.append((pair, stored))
                        }
                    } else if pairs.count < capacity {
                        found.open.append((pair, pairs.insert(key, hash: hash, value: Self.claimed).index))
                    } else {
                        found.unstored.append(pair)
                    }
                }
            }
            // Others' claims from the last: their claimers take them from the first.
            found.open += othersClaims.reversed()
            return found
        }

        /// Marks as taken, and puts into `taken`, up to `limit` pairs of `open` from `next` on that no thread has
        /// taken, moving `next` past those it looked at.
        mutating func take(from open: [Open], next: inout Int, atMost limit: Int, into taken: inout [Open]) {
            taken.removeAll(keepingCapacity: true)
            while next < open.count, taken.count < limit {
                if pairs.value(at: open[next].stored) == Self.claimed {
                    pairs.setValue(Self.taken, at: open[next].stored)
                    taken.append(open[next])
                }
                next += 1
            }
        }

        /// Stores the answers `computed` of the pairs `taken`.
        mutating func publish(_ computed: [(RefundCategory, [String])], for taken: [Open]) {
            for ((_, stored), (category, evidence)) in zip(taken, computed) {
                pairs.setValue(number(category, evidence), at: stored)
            }
        }

        /// Sets the answers `computed` of the unstored `pairs` in `answerOfPair`.
        mutating func number(
            _ computed: [(RefundCategory, [String])], of pairs: [Int], into answerOfPair: inout [Int32]
        ) {
            for (pair, (category, evidence)) in zip(pairs, computed) {
                answerOfPair[pair] = number(category, evidence)
            }
        }

        /// Whether a pair of `open` is not answered yet.
        func isAnyOpen(_ open: [Open]) -> Bool {
            open.contains { pairs.value(at: $0.stored) < 0 }
        }

        /// Sets the answers of `found`'s open pairs, all answered, and counts `hits`.
        mutating func settle(_ found: inout Lookup, hits: Int) {
            for (pair, stored) in found.open { found.answerOfPair[pair] = pairs.value(at: stored) }
            hitCount += hits
        }

        /// The number of the answer (`category`, `evidence`), adding it (with its evidence cell) if new. Answers
        /// are told apart by their bytes (the category's ordinal, then each word's UTF-8 and 0xFF, which UTF-8
        /// never holds), so no `String` is hashed, which normalises it first.
        ///
        /// The key is written into room made once for its length (a word's `utf8.count` is stored, not counted),
        /// each word copied whole: appending byte runs and separators to an array, each with its uniqueness test,
        /// cost some 450 instructions a pair classified, and there is one call a distinct pair of every chunk.
        private mutating func number(_ category: RefundCategory, _ evidence: [String]) -> Int32 {
            var length = 1
            for word in evidence { length &+= word.utf8.count &+ 1 }
            if answerKey.count < length { answerKey += repeatElement(0, count: max(length, 2 * answerKey.count)) }
            let next = Int32(answers.count)
            let (index, inserted) = answerKey.withUnsafeMutableBufferPointer { room in
                let key = room.baseAddress!
                key[0] = UInt8(category.ordinal)
                var end = 1
                for word in evidence {
                    end &+= Self.copyUTF8(of: word, to: key + end)
                    key[end] = 0xFF
                    end &+= 1
                }
                return answerNumbers.insert(UnsafeBufferPointer(start: key, count: end), value: next)
            }
            guard inserted else { return answerNumbers.value(at: index) }
            var written = CSVByteBuffer()
            written.appendCell(category.rawValue)
            written.appendCell(evidence.joined(separator: "; "))
            let run = written.bytes.withUnsafeBufferPointer { cells.append($0) }
            _ = answers.append(Answer(category: category, evidence: evidence, categoryAndEvidenceCells: run))
            return next
        }

        /// Copies the UTF-8 of `word` to `output`, which has room for its `utf8.count` bytes; returns that count.
        private static func copyUTF8(of word: String, to output: UnsafeMutablePointer<UInt8>) -> Int {
            let copied = word.utf8.withContiguousStorageIfAvailable { bytes in
                if let start = bytes.baseAddress { CSVByteBuffer.copy(start, count: bytes.count, to: output) }
                return bytes.count
            }
            if let copied { return copied }
            // A word not stored as contiguous UTF-8 (bridged): byte by byte.
            var count = 0
            for byte in word.utf8 {
                output[count] = byte
                count &+= 1
            }
            return count
        }
    }
}

/// The classifications of a chunk's pairs, by pair number.
struct ReasonAnswers: @unchecked Sendable {
    /// Where each pair's answer lies in `answers`, worked out once a pair when the chunk's answers are settled (a
    /// row reads its answer twice: an answer's place from its number cost ~20 instructions a read). Unchecked
    /// `Sendable`: the addresses are into `answers`, whose values never move nor change while it lives, and
    /// `answers` lives as long as this does.
    private let addresses: [UnsafePointer<ReasonClassifierCache.Answer>]
    /// The cache's answers, read in place (the numbers they were found by were given before this was made).
    private let answers: PinnedValues<ReasonClassifierCache.Answer>
    /// Where the answers' cells lie, kept as long as the answers.
    private let cells: PinnedBytes

    /// The answers numbered `answerOfPair`, by pair, in `answers`, whose cells lie in `cells`.
    fileprivate init(
        answerOfPair: [Int32], answers: PinnedValues<ReasonClassifierCache.Answer>, cells: PinnedBytes
    ) {
        addresses = [UnsafePointer<ReasonClassifierCache.Answer>](
            unsafeUninitializedCapacity: answerOfPair.count
        ) { addresses, initialized in
            for pair in answerOfPair.indices {
                (addresses.baseAddress! + pair).initialize(to: answers.address(of: Int(answerOfPair[pair])))
            }
            initialized = answerOfPair.count
        }
        (self.answers, self.cells) = (answers, cells)
    }

    func category(of pair: Int) -> RefundCategory { answer(of: pair).pointee.category }

    func evidence(of pair: Int) -> [String] { answer(of: pair).pointee.evidence }

    /// Where the answer of `pair` lies, valid while `answers` lives (which `self` keeps): the same address for
    /// every chunk given that answer.
    func address(of pair: Int) -> UnsafeRawPointer { UnsafeRawPointer(answer(of: pair)) }

    @inline(__always)
    private func answer(of pair: Int) -> UnsafePointer<ReasonClassifierCache.Answer> { addresses[pair] }

    /// Calls `body` with the `refunds.csv` cells of the pair's category and evidence, written as one run: the
    /// bytes `appendCell` writes for the category's raw value, a comma, and those it writes for the evidence joined
    /// with `; `.
    /// Runs for every refund row: the run is read from the answer as bounds, with no reference to count.
    func withCategoryAndEvidenceCells<Result>(of pair: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        withExtendedLifetime(cells) { body(answer(of: pair).pointee.categoryAndEvidenceCells) }
    }
}
