/// The distinct (reason, comment) pairs of a chunk of rows, each numbered by first appearance; a pair is its
/// reason's bytes, 0xFF (never part of UTF-8), and its comment's bytes, stored with `ByteKeyTable.hash(pairOf:_:)`.
struct ReasonPairs {
    private var table: ByteKeyTable
    /// Whether every text added is valid UTF-8 that its reader checked (`TransactionRows.isValidUTF8`): its
    /// `String` is then copied without a second check (`UTF8Validation.string(ofChecked:)`).
    let textsAreCheckedUTF8: Bool
    /// Whether every reason added is trimmed as `String.trimmingWhitespace()` trims (a row's cell,
    /// `FieldText.trimmed`), so the classifier does not trim it again.
    let reasonsAreTrimmed: Bool

    /// Pairs of texts of unknown make (the default) or, when told so, of checked UTF-8 and trimmed reasons; room
    /// for `capacity` distinct pairs before the table grows (a chunk's rows: the table is not grown a dozen times).
    init(textsAreCheckedUTF8: Bool = false, reasonsAreTrimmed: Bool = false, capacity: Int = 8) {
        self.textsAreCheckedUTF8 = textsAreCheckedUTF8
        self.reasonsAreTrimmed = reasonsAreTrimmed
        table = ByteKeyTable(capacity: capacity)
    }

    /// The number of distinct pairs.
    var count: Int { table.count }

    /// The number of the pair, adding it if new. Runs for every refund row: the texts are looked up as they lie
    /// (`ByteKeyTable.insert(pairOf:_:)`), and copied only into a new pair's key.
    mutating func add(reason: UnsafeBufferPointer<UInt8>, comment: UnsafeBufferPointer<UInt8>) -> Int {
        table.insert(pairOf: reason, comment).index
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
                reason: text(UnsafeBufferPointer(rebasing: key[..<separator])),
                comment: text(UnsafeBufferPointer(rebasing: key[(separator + 1)...])),
                reasonIsTrimmed: reasonsAreTrimmed, room: &room)
        }
    }

    /// The `String` of a pair's reason or comment bytes.
    private func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        textsAreCheckedUTF8 ? UTF8Validation.string(ofChecked: bytes) : String(decoding: bytes, as: UTF8.self)
    }
}
