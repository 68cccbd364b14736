/// The distinct (reason, comment) pairs of a chunk of rows, each numbered by first appearance; a pair is its
/// reason's bytes, 0xFF (never part of UTF-8), and its comment's bytes.
struct ReasonPairs {
    private var table = ByteKeyTable()
    private var scratch: [UInt8] = []

    /// The number of distinct pairs.
    var count: Int { table.count }

    /// The number of the pair, adding it if new. Runs for every refund row: the pair is copied into room kept
    /// between rows, not appended to an array piece by piece.
    mutating func add(reason: UnsafeBufferPointer<UInt8>, comment: UnsafeBufferPointer<UInt8>) -> Int {
        let length = reason.count + 1 + comment.count
        if scratch.count < length { scratch = [UInt8](repeating: 0, count: max(length, 2 * scratch.count, 256)) }
        return scratch.withUnsafeMutableBufferPointer { room in
            let base = room.baseAddress!
            if let source = reason.baseAddress { base.update(from: source, count: reason.count) }
            base[reason.count] = 0xFF
            if let source = comment.baseAddress { (base + reason.count + 1).update(from: source, count: comment.count) }
            return table.insert(UnsafeBufferPointer(start: base, count: length)).index
        }
    }

    func hash(of pair: Int) -> UInt32 { table.hash(at: pair) }

    func withKey<Result>(of pair: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        table.withKey(at: pair, body)
    }

    /// Classifies pair `pair` with `classifier`, its texts scored in `room`.
    func classify(
        _ pair: Int, with classifier: ReasonClassifier, room: inout ClauseScorer.Room
    ) -> (RefundCategory, [String]) {
        withKey(of: pair) { key in
            let separator = key.firstIndex(of: 0xFF)!
            return classifier.classify(
                reason: String(decoding: UnsafeBufferPointer(rebasing: key[..<separator]), as: UTF8.self),
                comment: String(decoding: UnsafeBufferPointer(rebasing: key[(separator + 1)...]), as: UTF8.self),
                room: &room)
        }
    }
}
