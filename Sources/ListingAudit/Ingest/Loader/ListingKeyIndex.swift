/// Where the rows of each listing key end: a first, light pass over an export that records, for every key an
/// adapter reads from a row (a Shopify `Handle`, a WooCommerce variation's `Parent`, …), the ordinal of the last data
/// record naming it. The loader then releases each listing as soon as its last row has been read, so a listing
/// export streams in memory bounded by the listings still open, whatever their platform's row layout.
///
/// Keys are stored as 64-bit hashes (a few dozen bytes per key, not the key text). Two keys with the same hash only
/// make a listing wait for the other key's last row; they never merge or drop anything.
struct ListingKeyIndex {
    private var last: [Int: Int] = [:]

    /// The ordinal (1-based, counting data records) of the last record naming `key`; 0 when none does.
    func lastRecord(of key: String) -> Int {
        last[key.hashValue] ?? 0
    }

    /// Reads the data records of the export at `path` (header and preamble as `HeaderReader` finds them) and asks
    /// `keys` which listing keys each names.
    static func build(
        path: String, read: ReadOptions, mapping: ColumnMapping? = nil, keys: (CSVRecord, inout [String]) -> Void
    ) throws(IngestError) -> ListingKeyIndex {
        var input = try HeaderReader.open(path: path, read: read, mapping: mapping)
        var index = ListingKeyIndex()
        var ordinal = 0
        var named: [String] = []
        while let record = try input.next() {
            ordinal += 1
            named.removeAll(keepingCapacity: true)
            keys(record, &named)
            for key in named where !key.isEmpty {
                index.last[key.hashValue] = ordinal
            }
        }
        return index
    }
}
