/// Runs the rules over one or more listing exports read as one shop, without holding the shop in memory.
///
/// Two passes: `countFacts` streams every export once to count what cross-listing rules need (`ShopFacts`), then
/// `check` streams them again and runs the rules batch by batch, handing each batch, its findings and profiles to
/// the caller, which keeps what it needs. Memory holds one batch at a time. An export that cannot be read twice
/// (standard input) is kept in memory from the first pass.
public final class ShopCheck {
    /// One batch checked: the listings, their findings (listing order, then rule order) and each listing's profile.
    public struct Batch {
        public let listings: [Listing]
        public let findings: [Finding]
        public let profiles: [ProductProfile]
    }

    private let engine: RuleEngine
    private let paths: [String]
    private let options: LoadOptions
    private let batchSize: Int
    /// Listings of exports that cannot be read twice, by path.
    private var held: [String: [Listing]] = [:]
    /// Where each export's listing rows end, from the first pass, so the second skips that pre-pass.
    private var keyIndexes: [String: ListingKeyIndex] = [:]
    private var facts: ShopFacts?

    /// - Parameters:
    ///   - paths: the listing exports, read in this order.
    ///   - batchSize: listings per batch (bounds memory and feeds both cores).
    public init(
        engine: RuleEngine, paths: [String], options: LoadOptions = LoadOptions(),
        batchSize: Int = ListingLoader.defaultBatchSize
    ) {
        self.engine = engine
        self.paths = paths
        self.options = options
        self.batchSize = batchSize
    }

    /// The first pass: reads every export and counts the shop facts; `peek` sees each batch of listings (e.g. to
    /// decide the report language from the first titles). Returns how each export was read.
    /// - Throws: the first export's `IngestError` that cannot be read or used.
    public func countFacts(peek: ([Listing]) -> Void = { _ in }) throws(IngestError) -> [IngestReport] {
        var tally = ShopFacts.Tally()
        var reports: [IngestReport] = []
        for path in paths {
            if ListingLoader.canReadTwice(path) {
                var keyIndex: ListingKeyIndex?
                reports.append(
                    try ListingLoader.stream(
                        path: path, options: options, batchSize: batchSize, keyIndex: &keyIndex
                    ) {
                        tally.add($0)
                        peek($0)
                    })
                if let keyIndex { keyIndexes[path] = keyIndex }
            } else {
                let loaded = try ListingLoader.load(path: path, options: options)
                tally.add(loaded.listings)
                peek(loaded.listings)
                held[path] = loaded.listings
                reports.append(loaded.report)
            }
        }
        facts = tally.facts
        return reports
    }

    /// The second pass (once, after `countFacts`): runs the rules over every listing, handing over one batch at a
    /// time in file order. The shop facts are let go afterwards.
    /// - Throws: an `IngestError` when an export changed in between so that it no longer reads.
    public func check(_ each: (Batch) -> Void) throws(IngestError) {
        let shop = facts ?? ShopFacts()
        defer { facts = nil }
        func run(_ listings: [Listing]) {
            let result = engine.runWithProfiles(listings: listings, shop: shop)
            each(Batch(listings: listings, findings: result.findings, profiles: result.profiles))
        }
        for path in paths {
            if let listings = held.removeValue(forKey: path) {
                for start in stride(from: 0, to: listings.count, by: batchSize) {
                    run(Array(listings[start..<min(start + batchSize, listings.count)]))
                }
            } else {
                var keyIndex = keyIndexes.removeValue(forKey: path)
                try ListingLoader.stream(
                    path: path, options: options, batchSize: batchSize, keyIndex: &keyIndex, run)
            }
        }
    }
}
