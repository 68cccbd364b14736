/// The value read from each distinct cell of a column with few distinct values (request types, statuses), so a
/// chunk reads each from text once rather than once per row. Remembers up to `capacity` cells, found by a short
/// scan; past that it reads without remembering.
struct ByteMemo<Value> {
    private var cells: [[UInt8]] = []
    private var values: [Value] = []
    private var empty: Value?
    private let capacity = 32

    /// The value of `cell`, from `read` of its text the first time.
    mutating func value(of cell: UnsafeBufferPointer<UInt8>, _ read: (String) -> Value) -> Value {
        guard !cell.isEmpty else {
            if let empty { return empty }
            let value = read("")
            empty = value
            return value
        }
        for (index, known) in cells.enumerated() where known.count == cell.count && known.elementsEqual(cell) {
            return values[index]
        }
        let value = read(String(decoding: cell, as: UTF8.self))
        if cells.count < capacity {
            cells.append(Array(cell))
            values.append(value)
        }
        return value
    }
}
