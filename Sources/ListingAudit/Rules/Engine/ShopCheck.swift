/// Runs the rules over one or more listing exports read as one shop, in one pass over each export.
///
/// Listings stream from the loader in batches; each batch is checked on another core while the next is read
/// (`OrderedPipeline`), and handed to the caller, in file order, with each listing's checked result. Findings that depend on the whole shop (`ShopCondition`) wait in
/// those results; `facts` settles them once every export has been read. An export whose rows of one listing are not
/// together is read again with a key index; the caller is told (`restart`) to drop what it kept of that export.
public final class ShopCheck {
    /// One batch checked: the listings and their results, in file order.
    public struct Batch: Sendable {
        public let listings: [Listing]
        public let checked: [RuleEngine.CheckedListing]
    }

    /// The engine the listings are checked with.
    public let engine: RuleEngine
    private let paths: [String]
    private let options: LoadOptions
    private let batchSize: Int
    private var tally = ShopFacts.Tally()

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

    /// Reads every export once and checks its listings, handing each batch to `each` in file order. `restart(path)`
    /// means the batches of `path` handed so far are void: the export is being read again.
    /// - Returns: how each export was read.
    /// - Throws: the first export's `IngestError` that cannot be read or used.
    public func run(
        restart: (String) -> Void = { _ in }, _ each: (Batch) -> Void
    ) throws(IngestError) -> [IngestReport] {
        var reports: [IngestReport] = []
        let engine = engine
        for path in paths {
            var counted = ShopFacts.Tally()
            let pipeline = OrderedPipeline<Batch>(limit: 3)
            func deliver(_ batch: Batch) {
                for listing in batch.checked { counted.add(listing.keys) }
                each(batch)
            }
            let report: IngestReport
            do {
                report = try ListingLoader.stream(
                    path: path, options: options, batchSize: batchSize,
                    restart: {
                        pipeline.finish { _ in }
                        counted = ShopFacts.Tally()
                        restart(path)
                    }
                ) { listings in
                    pipeline.submit({ Batch(listings: listings, checked: engine.checkSerially(listings)) }, deliver: deliver)
                }
            } catch {
                pipeline.finish { _ in }
                throw error
            }
            pipeline.finish(deliver: deliver)
            tally.merge(counted)
            reports.append(report)
        }
        return reports
    }

    /// The shop's facts, once `run` has read every export.
    public var facts: ShopFacts { tally.facts }
}
