extension RefundMatcher {
    /// The matcher's lookup tables, filled one batch of listings at a time in file order (a streamed shop never
    /// holds its listings): a listing's position is the number of listings added before it.
    public struct Tables: Sendable {
        /// The matcher over every listing added.
        public private(set) var matcher = RefundMatcher()
        private var key: [UInt8] = []

        public init() {}

        /// Adds `listings`; an id, SKU or title already taken by an earlier listing keeps that listing.
        ///
        /// The same tables as `add(id:skus:title:)` of each listing in turn, built a table at a time: the batch's ids,
        /// then its SKUs, then its title keys, each gathered back to back and added as one batch, so that a table
        /// far larger than the caches is read with its misses overlapping (`ByteKeyTable.insert(keys:ends:values:)`).
        /// Each listing is read where the array holds it (a loop over the listings copied each one, retaining and
        /// releasing all its texts).
        public mutating func add(_ listings: [Listing]) {
            key.removeAll(keepingCapacity: true)
            var ends: [Int] = []
            ends.reserveCapacity(listings.count)
            for index in listings.indices {
                key += listings[index].id.utf8
                ends.append(key.count)
            }
            let positions = matcher.addListings(ids: key, ends: ends)
            var owners: [Int32] = []
            key.removeAll(keepingCapacity: true)
            ends.removeAll(keepingCapacity: true)
            for index in listings.indices {
                for variant in listings[index].variants.indices {
                    guard var sku = listings[index].variants[variant].sku else { continue }
                    sku.withUTF8 { key += FieldText.characterTrimmed($0) }
                    if key.count > ends.last ?? 0 {
                        ends.append(key.count)
                        owners.append(positions[index])
                    }
                }
            }
            matcher.addSKUs(key, ends: ends, positions: owners)
            key.removeAll(keepingCapacity: true)
            ends.removeAll(keepingCapacity: true)
            owners.removeAll(keepingCapacity: true)
            for index in listings.indices {
                var title = listings[index].title
                title.withUTF8 { TitleKey.append(of: $0, to: &key) }
                if key.count > ends.last ?? 0 {
                    ends.append(key.count)
                    owners.append(positions[index])
                }
            }
            matcher.addTitleKeys(key, ends: ends, positions: owners)
        }

        /// Adds the next listing by its keys: its id, its variants' SKUs (trimmed; blank ones are ignored) and its
        /// title. An id, SKU or title already taken by an earlier listing keeps that listing.
        public mutating func add(id: String, skus: [String], title: String) {
            var id = id
            let position = id.withUTF8 { matcher.addListing(id: $0) }
            for var sku in skus {
                sku.withUTF8 { bytes in
                    let trimmed = FieldText.characterTrimmed(bytes)
                    if !trimmed.isEmpty { matcher.addSKU(trimmed, position: position) }
                }
            }
            var title = title
            key.removeAll(keepingCapacity: true)
            title.withUTF8 { TitleKey.append(of: $0, to: &key) }
            if !key.isEmpty { key.withUnsafeBufferPointer { matcher.addTitleKey($0, position: position) } }
        }
    }
}
