/// Room for the options of many variants, filled in order by one thread (an `OptionStore`, on the reading thread)
/// and read through `VariantOptions` ranges by any.
///
/// Why this may be shared between threads (`@unchecked Sendable`): a range covers only options written before it was
/// made, and a listing reaches another thread only after its options are written (the pipeline's queue orders the
/// hand-over); options are never moved, changed or freed while the block lives, and later appends write past every
/// range. The count of options written is read only by the appending thread and by `deinit`, which runs after every
/// holder has let the block go.
final class OptionBlock: @unchecked Sendable {
    /// How many options the block has room for.
    let capacity: Int
    /// How many options are written: `elements[..<filled.pointee]`. Held in memory of its own, written through a
    /// pointer, so an append costs no exclusivity check of a class property.
    private let filled: UnsafeMutablePointer<Int>
    /// The room, allocated with the block and freed in `deinit`: every pointer into it lives no longer than the block.
    private let elements: UnsafeMutablePointer<VariantOption>

    init(capacity: Int) {
        self.capacity = capacity
        filled = .allocate(capacity: 1)
        filled.initialize(to: 0)
        elements = .allocate(capacity: capacity)
    }

    deinit {
        elements.deinitialize(count: filled.pointee)
        elements.deallocate()
        filled.deallocate()
    }

    /// How many options are written.
    var count: Int { filled.pointee }

    /// Whether another option fits.
    var hasRoom: Bool { filled.pointee < capacity }

    /// The option at `index`, one of those written (`VariantOptions` checks its index against its range's count).
    subscript(index: Int) -> VariantOption {
        elements[index]
    }

    /// Writes `option` after the others (the appending thread only; `hasRoom` must hold). The option is taken, not
    /// copied: its texts are not retained once more and released after.
    func append(_ option: consuming VariantOption) {
        let index = filled.pointee
        precondition(index < capacity, "An option block is full")
        (elements + index).initialize(to: consume option)
        filled.pointee = index + 1
    }

    /// Moves the options from `start` on, which no range covers yet, to the end of `other` (which has room for them).
    func moveOptions(from start: Int, to other: OptionBlock) {
        let moved = filled.pointee - start
        precondition(start >= 0 && moved >= 0 && other.capacity - other.count >= moved, "No room to move options")
        (other.elements + other.count).moveInitialize(from: elements + start, count: moved)
        other.filled.pointee += moved
        filled.pointee = start
    }
}
