/// Room for the field bounds `RecordSpan.find` writes, made once and seen through one pointer for a whole record:
/// a field's two bounds cost a room check and two stores, not two `Array.append`s, each with its own uniqueness
/// check (a refund row has a dozen bounds, an export of millions of rows tens of millions). Full room is no error:
/// `append` says so, and `RecordSpan` leaves the record to the scanner from the field that did not fit.
struct FieldBoundsRoom {
    /// How many bounds `CSVParser`'s scratch array holds: the room of every record read through `RecordSpan`.
    static let capacity = 8_192

    private let room: UnsafeMutableBufferPointer<Int>
    /// Where the record's bounds start in `room`.
    let first: Int
    /// Where the next bound goes: the bounds written are `room[first..<count]`.
    private(set) var count: Int

    /// Room `room`, the record's bounds written from `first` on.
    init(_ room: UnsafeMutableBufferPointer<Int>, from first: Int) {
        precondition(first >= 0 && first <= room.count, "bounds start outside their room")
        self.room = room
        self.first = first
        count = first
    }

    /// Writes the bounds of one field, `start` and `end`; false, writing nothing, when the room is full.
    @inline(__always)
    mutating func append(_ start: Int, _ end: Int) -> Bool {
        guard room.count - count >= 2 else { return false }
        room[count] = start
        room[count + 1] = end
        count += 2
        return true
    }

    /// Forgets the record's bounds written so far.
    mutating func removeAll() {
        count = first
    }
}
