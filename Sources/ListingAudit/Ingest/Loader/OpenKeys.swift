/// The keys (ids and aliases) of a collector's open listings, each with its listing's position: a map from key to
/// position with `Dictionary`'s meaning (a set replaces, a removal forgets the key whatever it pointed to).
///
/// A normal export has one or two listings open at a time, so the keys live in a short list compared by `==`
/// (no hashing of each id three times: looked up, added, released). Past `listLimit` keys (an export whose rows of
/// one listing are far apart, read with a key index) they move into a dictionary, and back to the list once every
/// key is gone, so neither case costs more than its own structure.
struct OpenKeys {
    /// The most keys kept in the list before the dictionary takes over.
    static let listLimit = 16

    private var list: [(key: String, position: Int)] = []
    private var table: [String: Int]?

    /// How many keys are held.
    var count: Int { table?.count ?? list.count }

    /// The position `key` points to, if it is held.
    subscript(key: String) -> Int? {
        get {
            if let table { return table[key] }
            for entry in list where entry.key == key { return entry.position }
            return nil
        }
        set {
            if table != nil {
                table![key] = newValue
                if table!.isEmpty { table = nil }
                return
            }
            let index = list.firstIndex { $0.key == key }
            switch (index, newValue) {
            case (let index?, let position?): list[index].position = position
            case (let index?, nil):
                // The last entry moved into the slot (no `swapAt`: the key removed is mostly the last, or the only).
                let last = list.removeLast()
                if index < list.count { list[index] = last }
            case (nil, let position?):
                list.append((key, position))
                if list.count > Self.listLimit {
                    table = Dictionary(list, uniquingKeysWith: { _, last in last })
                    list.removeAll()
                }
            case (nil, nil): break
            }
        }
    }
}
