/// The distinct (reason, comment) pairs of a chunk of rows, each numbered by first appearance; a pair is its
/// reason's bytes, 0xFF (never part of UTF-8), and its comment's bytes.
struct ReasonPairs {
    private var table = ByteKeyTable()
    private var scratch: [UInt8] = []

    /// The number of distinct pairs.
    var count: Int { table.count }

    /// The number of the pair, adding it if new.
    mutating func add(reason: UnsafeBufferPointer<UInt8>, comment: UnsafeBufferPointer<UInt8>) -> Int {
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: reason)
        scratch.append(0xFF)
        scratch.append(contentsOf: comment)
        return scratch.withUnsafeBufferPointer { table.insert($0).index }
    }

    func hash(of pair: Int) -> UInt32 { table.hash(at: pair) }

    func withKey<Result>(of pair: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        table.withKey(at: pair, body)
    }

    /// Classifies pair `pair` with `classifier`.
    func classify(_ pair: Int, with classifier: ReasonClassifier) -> (RefundCategory, [String]) {
        withKey(of: pair) { key in
            let separator = key.firstIndex(of: 0xFF)!
            return classifier.classify(
                reason: String(decoding: UnsafeBufferPointer(rebasing: key[..<separator]), as: UTF8.self),
                comment: String(decoding: UnsafeBufferPointer(rebasing: key[(separator + 1)...]), as: UTF8.self))
        }
    }
}
