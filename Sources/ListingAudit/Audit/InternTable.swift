/// Distinct values, each stored once and referred to by its index: a shop's findings repeat a few hundred messages,
/// a few thousand evidence texts and one file path millions of times.
struct InternTable<Value: Hashable & Sendable>: Sendable {
    /// The values, in first-seen order.
    private(set) var values: [Value] = []
    private var indices: [Value: Int32] = [:]

    /// The index of `value`, adding it when new.
    mutating func index(of value: Value) -> Int32 {
        if let index = indices[value] { return index }
        let index = Int32(values.count)
        values.append(value)
        indices[value] = index
        return index
    }

    subscript(index: Int32) -> Value { values[Int(index)] }

    var count: Int { values.count }
}
