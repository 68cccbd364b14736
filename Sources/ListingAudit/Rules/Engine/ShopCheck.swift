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

    /// The settled findings of one batch's listings that have any, with each listing's position in the run.
    public struct SettledBatch {
        /// The export the batch came from.
        public let file: String
        /// The line of the batch's first listing.
        public let firstLine: Int
        /// Listings with findings: position in the run (0-based, file order) and findings in rule order.
        public let listings: [(ordinal: Int, findings: [Finding])]
    }

    /// The engine the listings are checked with.
    public let engine: RuleEngine
    private let paths: [String]
    private let options: LoadOptions
    private let batchSize: Int
    private var tally = ShopFacts.Tally()
    private let spool = ByteSpool()
    /// Listings handed over so far, over every export.
    private var listingCount = 0

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
            let mark = spool.mark
            let firstOrdinal = listingCount
            func deliver(_ batch: Batch) {
                for listing in batch.checked { counted.add(listing.keys) }
                keep(batch, file: path)
                each(batch)
            }
            let report: IngestReport
            do {
                report = try ListingLoader.stream(
                    path: path, options: options, batchSize: batchSize,
                    restart: {
                        pipeline.finish { _ in }
                        counted = ShopFacts.Tally()
                        spool.truncate(to: mark)
                        listingCount = firstOrdinal
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
    public private(set) lazy var facts: ShopFacts = tally.facts

    /// Hands back, batch by batch in file order, the findings of every listing that has any, settled with the shop's
    /// facts (after `run`).
    public func forEachSettledBatch(_ body: (SettledBatch) -> Void) {
        let shop = facts
        spool.forEachFrame { reader in
            let file = reader.readString()
            let firstLine = reader.readInt()
            var listings: [(ordinal: Int, findings: [Finding])] = []
            while !reader.isAtEnd {
                let (ordinal, checked) = RuleEngine.CheckedListing.decode(from: &reader, file: file)
                let findings = engine.settle(checked, shop: shop)
                if !findings.isEmpty { listings.append((ordinal, findings)) }
            }
            body(SettledBatch(file: file, firstLine: firstLine, listings: listings))
        }
    }

    /// Spools the results with findings of `batch` (one frame per batch).
    private func keep(_ batch: Batch, file: String) {
        defer { listingCount += batch.checked.count }
        guard let first = batch.listings.first else { return }
        var writer = ByteWriter()
        writer.write(file)
        writer.write(first.location.line)
        for (offset, checked) in batch.checked.enumerated() where !checked.findings.isEmpty {
            checked.encode(into: &writer, ordinal: listingCount + offset, file: file)
        }
        spool.append(frame: writer.bytes)
    }
}
