/// Runs the rules over one or more listing exports read as one shop, in one pass over each export.
///
/// Listings stream from the loader in batches; each batch is checked (and its results encoded for the spool) on
/// another core while the next is read (`OrderedPipeline`), and handed to the caller, in file order, with each
/// listing's checked result. Findings that depend on the whole shop (`ShopCondition`) wait in those results; they
/// are settled with `facts` once every export has been read, again on every core (`settledBatches`). An export
/// whose rows of one listing are not together is read again with a key index; the caller is told (`restart`) to
/// drop what it kept of that export.
public final class ShopCheck {
    /// One batch checked: the listings and their results, in file order.
    public struct Batch: Sendable {
        /// The export the batch was read from, as `run` was given it.
        public let path: String
        public let listings: [Listing]
        public let checked: [RuleEngine.CheckedListing]
        /// The results with findings, encoded for the spool (`CheckedListing.encode`), ordinals counted from the
        /// batch's first listing.
        let spooled: [UInt8]

        init(listings: [Listing], file: String, engine: RuleEngine) {
            path = file
            self.listings = listings
            checked = engine.checkSerially(listings)
            // Room for what most batches write (the 100k shop's frames average ~270 bytes a listing).
            var writer = ByteWriter(capacity: 320 * listings.count)
            RuleEngine.CheckedListing.encode(checked, into: &writer, file: file)
            spooled = writer.takeBytes()
        }
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
            // Listings by the file name their locations carry (a workbook's sheet may add to the path).
            var listingsByFile: [String: Int] = [:]
            let pipeline = OrderedPipeline<Batch>(limit: 3)
            let mark = spool.mark
            let firstOrdinal = listingCount
            func deliver(_ batch: Batch) {
                // By index: a `for listing in` loop copies each result (its id, title and findings retained).
                for index in batch.checked.indices { counted.add(batch.checked[index].keys) }
                Self.countListings(batch.listings, byFile: &listingsByFile)
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
                        listingsByFile = [:]
                        spool.truncate(to: mark)
                        listingCount = firstOrdinal
                        restart(path)
                    }
                ) { listings in
                    pipeline.submit({ Batch(listings: listings, file: path, engine: engine) }, deliver: deliver)
                }
            } catch {
                pipeline.finish { _ in }
                throw error
            }
            pipeline.finish(deliver: deliver)
            if Self.lacksDescriptionColumn(report) {
                for (file, listings) in listingsByFile {
                    counted.exportLacksDescriptionColumn(file: file, listings: listings)
                }
            }
            if Self.lacksOptionColumn(report) {
                for file in listingsByFile.keys { counted.exportLacksOptionColumn(file: file) }
            }
            if Self.mayLeaveDescriptionsOut(report), !counted.hasDescriptions {
                for (file, listings) in listingsByFile {
                    counted.exportLacksDescriptionText(file: file, listings: listings)
                }
            }
            if !counted.hasImages {
                for (file, listings) in listingsByFile { counted.exportLacksImages(file: file, listings: listings) }
            } else if report.format == .googleMerchant, !counted.hasGalleries {
                for (file, listings) in listingsByFile { counted.feedLacksGalleries(file: file, listings: listings) }
            }
            tally.merge(counted)
            reports.append(report)
        }
        return reports
    }

    /// The shop's facts, once `run` has read every export.
    public private(set) lazy var facts: ShopFacts = tally.facts

    /// Settles, batch by batch, the findings of every listing that has any with the shop's facts (after `run`), and
    /// hands each batch to `transform` on another core; `consume` gets what `transform` returns, on the calling
    /// thread, in file order.
    /// - Throws: `IngestError.unreadable` when the spooled results come back cut short or damaged (the temporary
    ///   file shortened or overwritten under the run): `consume` has had the batches before the damage, none after.
    public func settledBatches<Output: Sendable>(
        _ transform: @escaping @Sendable (SettledBatch) -> Output, consume: (Output) -> Void
    ) throws(IngestError) {
        let (rules, shop) = (engine.ruleIDsAndSeverities, facts)
        let pipeline = OrderedPipeline<Output?>(limit: OrderedPipeline<Output?>.defaultLimit)
        var damaged = false
        func deliver(_ output: Output?) {
            guard let output, !damaged else {
                damaged = true
                return
            }
            consume(output)
        }
        let whole = spool.forEachFrame { reader in
            let frame = reader.remainder
            pipeline.submit({
                (try? SettledBatch(frame: frame, rules: rules, shop: shop)).map(transform)
            }, deliver: deliver)
        }
        pipeline.finish(deliver: deliver)
        guard whole, !damaged else {
            throw .unreadable(
                path: paths.joined(separator: ", "),
                reason: LocalizedText(
                    zh: "暂存在临时文件里的检查结果读回时不完整或已损坏，请重新运行",
                    en: "the checked results kept in a temporary file came back cut short or damaged; run it again"))
        }
    }

    /// Whether the export `report` describes has no description column at all. An export that records the text's
    /// length in its place (Olist) is judged on that length instead.
    static func lacksDescriptionColumn(_ report: IngestReport) -> Bool {
        report.format != .olist && !report.columnMapping.contains { $0.field == "description" }
    }

    /// Whether the export `report` describes may carry no description text while having a place for it: an Amazon
    /// listings report, whose `item-description` is a legacy field often left blank for the whole catalogue, and
    /// Olist, which records each description's length instead of its text. When no listing of such an export has a
    /// description, the export says nothing of them: one note, not a finding on each listing.
    static func mayLeaveDescriptionsOut(_ report: IngestReport) -> Bool {
        report.format == .amazonListingsReport || report.format == .olist
    }

    /// Whether the export `report` describes has no column that can carry a choice of colours or sizes: no colour,
    /// size, option or variant-attribute column and no attribute column named for an option (`OptionNames`). A list
    /// of titles and prices (a marketplace crawl) is such an export. A Google Merchant feed never is: the feed is what
    /// the platform shows, so one without `color` or `size` offers no choice, whatever its titles promise.
    static func lacksOptionColumn(_ report: IngestReport) -> Bool {
        report.format != .googleMerchant && !report.columnMapping.contains { column in
            let field = column.field
            if field == "colours" || field == "sizes" || field == "attributes" || field.hasPrefix("option") {
                return true
            }
            guard field.hasPrefix("attribute:") else { return false }
            return OptionNames.kind(of: String(field.dropFirst("attribute:".count))) != .other
        }
    }

    /// Adds to `counts` the number of `listings` read from each file. A run of listings of one file is counted
    /// first and added once (a batch is usually one run), each listing's location read where the array holds it.
    static func countListings(_ listings: [Listing], byFile counts: inout [String: Int]) {
        var start = listings.startIndex
        while start < listings.endIndex {
            // By the files' names: one object per spelling, so the run's listings compare by identity.
            let file = listings[start].location.fileName
            var end = start + 1
            while end < listings.endIndex, SourceFileName.same(listings[end].location.fileName, file) { end += 1 }
            counts[file.text, default: 0] += end - start
            start = end
        }
    }

    /// Spools the results with findings of `batch` (one frame per batch).
    private func keep(_ batch: Batch, file: String) {
        defer { listingCount += batch.checked.count }
        guard let first = batch.listings.first else { return }
        var header = ByteWriter()
        header.write(file)
        header.write(first.location.line)
        header.write(listingCount)
        spool.append(frame: header.bytes, batch.spooled)
    }
}
