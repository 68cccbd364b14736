/// The value read from each distinct cell of a column with few distinct values (request types, statuses), so a
/// chunk reads each from text once rather than once per row. Remembers up to `capacity` cells; past that it reads
/// without remembering.
struct ByteMemo<Value> {
    private var cells = ByteKeyTable()
    private var values: [Value] = []
    private let capacity = 64

    /// The value of `cell`, from `read` of its text the first time.
    mutating func value(of cell: UnsafeBufferPointer<UInt8>, _ read: (String) -> Value) -> Value {
        let hash = ByteKeyTable.hash(cell)
        if let index = cells.index(of: cell, hash: hash) { return values[index] }
        let value = read(String(decoding: cell, as: UTF8.self))
        if cells.count < capacity {
            cells.insert(cell, hash: hash)
            values.append(value)
        }
        return value
    }
}
