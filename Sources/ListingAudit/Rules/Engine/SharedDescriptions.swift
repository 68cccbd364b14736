/// The descriptions shared by two or more listings, each with how many listings and how many different products
/// carry it: keys in ascending order (the order the tally's merge yields them) beside their counts, looked up by
/// binary search. Sixteen bytes a description, where a dictionary of the same took over forty and doubled while
/// growing: an export of ten million listings can share a million descriptions.
struct SharedDescriptions: Sendable {
    private var keys: [UInt64] = []
    private var listings: [UInt32] = []
    private var products: [UInt32] = []

    /// How many descriptions are shared.
    var count: Int { keys.count }

    /// Adds description `key` (greater than every key added before) with its counts; a count beyond 32 bits is
    /// kept as the largest that fits.
    mutating func append(_ key: UInt64, listings listingCount: Int, products productCount: Int) {
        precondition(keys.last.map { $0 < key } ?? true, "shared descriptions are added in ascending key order")
        keys.append(key)
        listings.append(UInt32(clamping: listingCount))
        products.append(UInt32(clamping: productCount))
    }

    /// The counts of description `key`, or `nil` when no two listings share it.
    subscript(key: UInt64) -> (listings: Int, products: Int)? {
        var (low, high) = (0, keys.count)
        while low < high {
            let middle = (low + high) / 2
            if keys[middle] < key { low = middle + 1 } else { high = middle }
        }
        guard low < keys.count, keys[low] == key else { return nil }
        return (Int(listings[low]), Int(products[low]))
    }
}
