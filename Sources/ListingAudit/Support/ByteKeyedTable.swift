/// Values looked up by a text's UTF-8 bytes: a `ByteKeyTable` numbers the keys and `values` holds one value per
/// number, where a `String`-keyed dictionary hashes the text's Unicode normalisation. Texts that are canonically
/// equal but written with different bytes are different keys here; a cache keyed by `String` puts this table in
/// front of its dictionary and only asks the dictionary on a miss.
struct ByteKeyedTable<Value> {
    private var keys = ByteKeyTable()
    /// The value of key number `i` of `keys`.
    private var values: [Value] = []

    /// How many keys the table holds.
    var count: Int { keys.count }

    /// The value for the text whose bytes are `key`, if any.
    func value(for key: String) -> Value? {
        key.utf8.withContiguousStorageIfAvailable { bytes in keys.index(of: bytes).map { values[$0] } } ?? nil
    }

    /// Sets the value for the text whose bytes are `key` (one not in the table yet takes a new entry).
    mutating func set(_ value: Value, for key: String) {
        var key = key
        key.withUTF8 { bytes in
            let (index, inserted) = keys.insert(bytes)
            if inserted { values.append(value) } else { values[index] = value }
        }
    }

    /// Empties the table, keeping its storage.
    mutating func removeAll() {
        keys.removeAll()
        values.removeAll(keepingCapacity: true)
    }
}

extension ByteKeyedTable: Sendable where Value: Sendable {}
