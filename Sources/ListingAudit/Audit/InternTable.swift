/// Distinct values, each stored once and referred to by its index: a shop's findings repeat a few hundred messages,
/// a few thousand evidence texts and one file path millions of times.
///
/// A value can come with its hash worked out beforehand (`index(of:hash:)`), on the thread that made it: the table
/// then hashes only that number, so the thread that numbers values does not hash their texts.
struct InternTable<Value: Hashable & Sendable>: Sendable {
    /// The values, in first-seen order.
    private(set) var values: [Value] = []
    private var indices: [Key: Int32] = [:]

    /// A value with its `hashValue`: equal values have equal hashes, so keys are equal exactly when values are.
    private struct Key: Hashable, Sendable {
        let value: Value
        let hash: Int

        func hash(into hasher: inout Hasher) { hasher.combine(hash) }

        static func == (lhs: Key, rhs: Key) -> Bool { lhs.hash == rhs.hash && lhs.value == rhs.value }
    }

    /// The index of `value`, adding it when new.
    mutating func index(of value: Value) -> Int32 {
        index(of: value, hash: value.hashValue)
    }

    /// The index of `value`, whose `hashValue` (in this process) is `hash`, adding it when new.
    mutating func index(of value: Value, hash: Int) -> Int32 {
        let key = Key(value: value, hash: hash)
        if let index = indices[key] { return index }
        let index = Int32(values.count)
        values.append(value)
        indices[key] = index
        return index
    }

    subscript(index: Int32) -> Value { values[Int(index)] }

    var count: Int { values.count }
}
