/// Reads, classifies and matches every refund in one streaming pass over chunks of rows worked on every core,
/// counting each into the ledger and writing its `refunds.csv` row in file order; no refund is kept.
enum RefundStage {
    /// Distinct (reason, comment) pairs remembered, at about 75 bytes a pair: the 400,000 pairs of a shop of five
    /// million refunds take 30 MiB, and the cache never more than 80 MiB.
    static let classifierCapacity = 1 << 20

    /// Counts the refunds of `export` (opened by `LanguageStage`) into `ledger`, tying each to its listing with
    /// `matcher`, and writes each as a row of `csv`: `refunds.csv`, created in the staging folder of the audit's
    /// `AuditOutputFolder` in the reports' language (`nil` when no reports are written). The stage finishes `csv`,
    /// header only when there is no refund export.
    /// - Returns: how the export was read; `nil` without one.
    /// - Throws: `AuditError.ingest` when the export cannot be opened or read.
    static func run(
        _ export: OpenedExport<RefundExport>, matcher: RefundMatcher, ledger: inout AuditLedger, csv: AuditRefundsCSV?
    ) throws(AuditError) -> InputSummary? {
        guard let reader = try export.reader() else {
            ledger.markNoRefundExport()
            try csv?.finish()
            return nil
        }
        let work = RefundChunkWork(
            path: reader.label, format: reader.format, columns: reader.columns, matcher: matcher,
            classifier: ReasonClassifierCache(capacity: classifierCapacity), writesRows: csv != nil,
            language: csv?.language ?? .en, serialDates: reader.report.serialDates)
        var failure: AuditError?
        OrderedPipeline.run(next: { next(reader, failure: &failure) }, transform: { WorkedChunk($0, work.run) }) {
            worked in
            guard failure == nil else { return }
            let result = worked.output
            reader.count(read: worked.rowsRead, repaired: worked.repairedRows)
            for skip in result.skipped { reader.report.skip(skip) }
            reader.report.notRefunded += result.notRefunded
            reader.report.refundOnly += result.refundOnly
            reader.report.unreadableDates.add(result.unreadableDates)
            ledger.addRefunds(result.counts)
            do throws(AuditError) {
                try csv?.append(rows: result.rows, count: result.rowCount)
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }
        try csv?.finish()
        return InputSummary(transactions: reader.report, kind: .refunds)
    }
}

/// Streams the order export in chunks worked on every core and counts each order line's units into its listing.
enum OrderStage {
    /// Counts the order lines of `export` (opened by `LanguageStage`) into `ledger`, tying each to its listing with
    /// `matcher`.
    /// - Returns: how the export was read; `nil` without one.
    /// - Throws: `AuditError.ingest` when the export cannot be opened or read.
    static func run(
        _ export: OpenedExport<OrderExport>, matcher: RefundMatcher, ledger: inout AuditLedger
    ) throws(AuditError) -> InputSummary? {
        guard let reader = try export.reader() else { return nil }
        ledger.markOrdersRead()
        // Orders are tied to listings exactly as refunds are: by listing id, then SKU, then title.
        let work = OrderChunkWork(
            path: reader.label, columns: reader.columns, matcher: matcher, serialDates: reader.report.serialDates)
        var failure: AuditError?
        OrderedPipeline.run(next: { next(reader, failure: &failure) }, transform: { WorkedChunk($0, work.run) }) {
            worked in
            guard failure == nil else { return }
            let result = worked.output
            reader.count(read: worked.rowsRead, repaired: worked.repairedRows)
            for skip in result.skipped { reader.report.skip(skip) }
            reader.report.unreadableDates.add(result.unreadableDates)
            add(result.units, to: &ledger)
        }
        if let failure { throw failure }
        return InputSummary(transactions: reader.report, kind: .orders)
    }

    /// Counts a chunk's order lines into `ledger`, in order.
    private static func add(_ units: [OrderChunkWork.Units], to ledger: inout AuditLedger) {
        for line in units { ledger.addOrder(position: line.position.map(Int.init), quantity: line.quantity) }
    }
}

/// A chunk's rows read and worked on, on a worker thread: the work's output, and the rows read and repaired for
/// the load report.
private struct WorkedChunk<Output: Sendable>: Sendable {
    let rowsRead: Int
    let repairedRows: Int
    let output: Output

    init(_ chunk: TransactionChunk, _ work: (TransactionRows) -> Output) {
        let rows = chunk.rows()
        rowsRead = rows.count
        repairedRows = rows.repairedCount
        output = work(rows)
    }
}

/// The next chunk of `reader`, or `nil` at the end or once `failure` is set; a read error becomes the failure.
private func next<Kind>(_ reader: TransactionReader<Kind>, failure: inout AuditError?) -> TransactionChunk? {
    guard failure == nil else { return nil }
    do {
        return try reader.nextChunk()
    } catch {
        failure = .ingest(error)
        return nil
    }
}

extension InputSummary {
    /// The summary of a refund or order export's load report.
    init(transactions report: TransactionLoadReport, kind: InputKind) {
        let tallies = SkipTallies.count(report.skipped, total: report.skippedCount)
        self.init(
            kind: kind, path: report.path, format: report.format, encoding: report.encoding.rawValue,
            rowsRead: report.rowsRead, skipped: report.skippedCount, skipReasons: tallies)
        repaired = report.repairedRows
        unreadableDates = report.unreadableDates
        if kind == .refunds { notRefunded = report.notRefunded }
    }
}
