/// Ties refunds to listings: by listing id, then by variant SKU, then by normalised product title. The lookup
/// tables are built once; `match` is a few dictionary probes and safe to call from several threads.
public struct RefundMatcher: Sendable {
    private let ids: Set<String>
    private let listingBySKU: [String: String]
    private let listingByTitle: [String: String]

    /// Builds the lookup tables. When two listings share a SKU or title, the first one wins.
    public init(listings: [Listing]) {
        var tables = Tables()
        tables.add(listings)
        self = tables.matcher
    }

    /// The lookup tables, filled one batch of listings at a time (a streamed shop never holds its listings).
    public struct Tables: Sendable {
        fileprivate var ids = Set<String>()
        fileprivate var bySKU: [String: String] = [:]
        fileprivate var byTitle: [String: String] = [:]

        public init() {}

        /// Adds `listings`; a SKU or title already taken by an earlier listing keeps that listing.
        public mutating func add(_ listings: [Listing]) {
            for listing in listings {
                ids.insert(listing.id)
                for variant in listing.variants {
                    if let sku = variant.sku?.trimmingWhitespace(), !sku.isEmpty, bySKU[sku] == nil {
                        bySKU[sku] = listing.id
                    }
                }
                let key = TitleKey.of(listing.title)
                if !key.isEmpty, byTitle[key] == nil { byTitle[key] = listing.id }
            }
        }

        /// The matcher over every listing added.
        public var matcher: RefundMatcher {
            RefundMatcher(ids: ids, listingBySKU: bySKU, listingByTitle: byTitle)
        }
    }

    private init(ids: Set<String>, listingBySKU: [String: String], listingByTitle: [String: String]) {
        self.ids = ids
        self.listingBySKU = listingBySKU
        self.listingByTitle = listingByTitle
    }

    /// The listing `refund` belongs to and how it was found, or `(nil, .unmatched)`.
    /// A SKU that equals a listing id (Amazon's seller-sku is both) matches by SKU.
    public func match(_ refund: Refund) -> (listingID: String?, method: MatchMethod) {
        if let id = refund.listingID {
            if ids.contains(id) { return (id, .listingID) }
            let trimmed = id.trimmingWhitespace()
            if trimmed != id, ids.contains(trimmed) { return (trimmed, .listingID) }
        }
        if let sku = refund.sku?.trimmingWhitespace(), !sku.isEmpty {
            if let listing = listingBySKU[sku] { return (listing, .sku) }
            if ids.contains(sku) { return (sku, .sku) }
        }
        if let title = refund.productTitle {
            let key = TitleKey.of(title)
            if !key.isEmpty, let listing = listingByTitle[key] { return (listing, .title) }
        }
        return (nil, .unmatched)
    }

    /// Matches every refund, returning the results in input order and the coverage summary.
    public func matchAll(
        _ refunds: [Refund]
    ) -> (matches: [(listingID: String?, method: MatchMethod)], coverage: MatchCoverage) {
        var coverage = MatchCoverage()
        var matches: [(listingID: String?, method: MatchMethod)] = []
        matches.reserveCapacity(refunds.count)
        for refund in refunds {
            let result = match(refund)
            coverage.record(refund, method: result.method)
            matches.append(result)
        }
        return (matches, coverage)
    }
}
