/// Ties refunds and order lines to listings: by listing id, then by variant SKU, then by normalised product title,
/// answering the listing's position — the order listings were added in, as the ledger counts them.
///
/// The tables are keyed by the keys' UTF-8 bytes, so a row's cells are looked up without building `String`s, and
/// map each key straight to a position. When listings share an id, SKU or title, the first one wins; a SKU or title
/// maps to the first listing with its owner's id. Built once (`Tables`); `match` only reads and is safe to call
/// from several threads.
public struct RefundMatcher: Sendable {
    /// Each distinct listing id, with the first position that has it.
    private var ids = ByteKeyTable()
    /// The id entry of each position's listing.
    private var positionIDs: [Int32] = []
    /// Each distinct SKU and title key, with its listing's position.
    private var skus = ByteKeyTable()
    private var titles = ByteKeyTable()

    /// Builds the lookup tables over `listings`, the first at position 0.
    public init(listings: [Listing]) {
        var tables = Tables()
        tables.add(listings)
        self = tables.matcher
    }

    init() {}

    /// The number of listings added.
    public var count: Int { positionIDs.count }

    /// Adds the next listing (at position `count`) by its id; returns the position its SKUs and title map to: the
    /// first listing with this id.
    mutating func addListing(id: UnsafeBufferPointer<UInt8>) -> Int32 {
        let entry = ids.insert(id, value: Int32(positionIDs.count)).index
        positionIDs.append(Int32(entry))
        return ids.value(at: entry)
    }

    /// Adds the next listings (from position `count` on) by their ids, each as `addListing(id:)` adds it: the ids
    /// lie back to back in `ids`, each ending at its entry of `ends`. Returns each one's position for its SKUs and
    /// title.
    mutating func addListings(ids: [UInt8], ends: [Int]) -> [Int32] {
        let first = Int32(positionIDs.count)
        let entries = self.ids.insert(keys: ids, ends: ends, values: ends.indices.map { first + Int32($0) })
        positionIDs.append(contentsOf: entries.lazy.map { Int32($0) })
        return entries.map { self.ids.value(at: $0) }
    }

    /// Maps each trimmed, non-empty SKU of `skus` (back to back, each ending at its entry of `ends`) to the listing
    /// at its entry of `positions`, as `addSKU(_:position:)` does one by one.
    mutating func addSKUs(_ skus: [UInt8], ends: [Int], positions: [Int32]) {
        _ = self.skus.insert(keys: skus, ends: ends, values: positions)
    }

    /// Maps each non-empty title key of `keys` (back to back, each ending at its entry of `ends`) to the listing at
    /// its entry of `positions`, as `addTitleKey(_:position:)` does one by one.
    mutating func addTitleKeys(_ keys: [UInt8], ends: [Int], positions: [Int32]) {
        _ = titles.insert(keys: keys, ends: ends, values: positions)
    }

    /// Maps a trimmed, non-empty `sku` to the listing at `position` unless an earlier listing has it.
    mutating func addSKU(_ sku: UnsafeBufferPointer<UInt8>, position: Int32) {
        skus.insert(sku, value: position)
    }

    /// Maps a non-empty title key to the listing at `position` unless an earlier listing has it.
    mutating func addTitleKey(_ key: UnsafeBufferPointer<UInt8>, position: Int32) {
        titles.insert(key, value: position)
    }

    /// The position of the listing `refund` belongs to and how it was found, or `(nil, .unmatched)`.
    /// A SKU that equals a listing id (Amazon's seller-sku is both) matches by SKU.
    public func match(_ refund: Refund) -> (position: Int?, method: MatchMethod) {
        var listingID = refund.listingID ?? ""
        var sku = refund.sku ?? ""
        var title = refund.productTitle ?? ""
        var key: [UInt8] = []
        let (position, method) = listingID.withUTF8 { listingID in
            sku.withUTF8 { sku in title.withUTF8 { match(listingID: listingID, sku: sku, title: $0, key: &key) } }
        }
        return (position.map(Int.init), method)
    }

    /// The position of the listing a row names by `listingID`, `sku` or `title` (empty when absent), and how it was
    /// found. `key` is scratch space for the title key.
    func match(
        listingID: UnsafeBufferPointer<UInt8>, sku: UnsafeBufferPointer<UInt8>, title: UnsafeBufferPointer<UInt8>,
        key: inout [UInt8]
    ) -> (position: Int32?, method: MatchMethod) {
        if !listingID.isEmpty {
            if let entry = ids.index(of: listingID) { return (ids.value(at: entry), .listingID) }
            let trimmed = FieldText.characterTrimmed(listingID)
            if trimmed.count != listingID.count, let entry = ids.index(of: trimmed) {
                return (ids.value(at: entry), .listingID)
            }
        }
        let sku = FieldText.characterTrimmed(sku)
        if !sku.isEmpty {
            if let entry = skus.index(of: sku) { return (skus.value(at: entry), .sku) }
            if let entry = ids.index(of: sku) { return (ids.value(at: entry), .sku) }
        }
        if !title.isEmpty {
            key.removeAll(keepingCapacity: true)
            TitleKey.append(of: title, to: &key)
            if let entry = key.withUnsafeBufferPointer({ $0.isEmpty ? nil : titles.index(of: $0) }) {
                return (titles.value(at: entry), .title)
            }
        }
        return (nil, .unmatched)
    }

    /// The positions of the listings `listingIDs` name where `match` finds them by id at once (`nil` where it looks
    /// further), looked up as one batch so that their memory reads overlap in a table larger than the caches
    /// (`ByteKeyTable.values(of:)`).
    func positions(ofIDs listingIDs: [UnsafeBufferPointer<UInt8>]) -> [Int32?] {
        ids.values(of: listingIDs)
    }

    /// The id of the listing at `position`.
    public func listingID(at position: Int) -> String {
        withListingID(at: Int32(position)) { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with the UTF-8 id of the listing at `position`, or with no bytes for `nil`.
    func withListingID<Result>(at position: Int32?, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        guard let position else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        return ids.withKey(at: Int(positionIDs[Int(position)]), body)
    }

    /// Matches every refund, returning the results in input order and the coverage summary.
    public func matchAll(
        _ refunds: [Refund]
    ) -> (matches: [(position: Int?, method: MatchMethod)], coverage: MatchCoverage) {
        var coverage = MatchCoverage()
        var matches: [(position: Int?, method: MatchMethod)] = []
        matches.reserveCapacity(refunds.count)
        for refund in refunds {
            let result = match(refund)
            coverage.record(refund, method: result.method)
            matches.append(result)
        }
        return (matches, coverage)
    }
}
