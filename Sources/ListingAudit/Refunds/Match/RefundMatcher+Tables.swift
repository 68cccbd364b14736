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
        /// Each listing is read where the array holds it (a loop over the listings copied each one, retaining and
        /// releasing all its texts).
        public mutating func add(_ listings: [Listing]) {
            for index in listings.indices {
                add(
                    id: listings[index].id, skus: listings[index].variants.compactMap(\.sku),
                    title: listings[index].title)
            }
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
