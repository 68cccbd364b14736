/// Where a reader appends the options it reads: an array, or the shared blocks of an `OptionStore`.
protocol VariantOptionSink {
    mutating func append(_ option: consuming VariantOption)
}

extension Array: VariantOptionSink where Element == VariantOption {}

/// The options of the variants one reader builds, kept in shared blocks (`OptionBlock`): a variant's options are
/// appended, then taken as one `VariantOptions` range, so a variant costs no array of its own. A block is freed with
/// the last variant that holds a range of it: the batches a reader has handed on keep theirs, nothing else does.
struct OptionStore: VariantOptionSink {
    /// Options a block has room for (40 bytes each); a variant with more gets a block of its own size.
    static let blockCapacity = 1_024

    /// The block being filled.
    private var block: OptionBlock?
    /// Where in `block` the options not yet taken start.
    private var start = 0

    mutating func append(_ option: consuming VariantOption) {
        if let block, block.hasRoom {
            block.append(consume option)
            return
        }
        // A full block: the options not yet taken move to a new one, so that a variant's options lie together.
        let pending = block.map { $0.count - start } ?? 0
        let next = OptionBlock(capacity: max(Self.blockCapacity, 2 * (pending + 1)))
        block?.moveOptions(from: start, to: next)
        next.append(consume option)
        block = next
        start = 0
    }

    /// The options appended since the last call, as one range; none, without a block, when there are none.
    mutating func take() -> VariantOptions {
        guard let block, block.count > start else { return [] }
        let taken = VariantOptions(block: block, start: start, count: block.count - start)
        start = block.count
        return taken
    }
}
