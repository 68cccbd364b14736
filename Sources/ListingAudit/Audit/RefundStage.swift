/// Reads, classifies and matches every refund in one streaming pass over chunks of rows worked on every core,
/// counting each into the ledger and writing its `refunds.csv` row in file order; no refund is kept.
enum RefundStage: AuditStage {
    /// Distinct (reason, comment) pairs remembered, at about 75 bytes a pair: the 400,000 pairs of a shop of five
    /// million refunds take 30 MiB, and the cache never more than 80 MiB.
    static let classifierCapacity = 1 << 20

    static func run(_ state: AuditState) throws(AuditError) {
        let csv = try state.outputPath("refunds.csv").map { path throws(AuditError) in
            try AuditRefundsCSV(path: path, language: state.language)
        }
        guard let path = state.options.refundsPath else {
            try csv?.finish()
            return
        }
        let reader: TransactionReader<RefundExport>
        do {
            reader = try TransactionReader(
                path: path, options: ReadOptions(progress: state.options.progress), reading: RefundChunkWork.fields)
        } catch {
            throw .ingest(error)
        }
        let work = RefundChunkWork(
            path: reader.label, format: reader.format, columns: reader.columns, matcher: state.matcher,
            classifier: ReasonClassifierCache(capacity: classifierCapacity), writesRows: csv != nil)
        var failure: AuditError?
        OrderedPipeline.run(next: { next(reader, failure: &failure) }, transform: work.run) { result in
            guard failure == nil else { return }
            for skip in result.skipped { reader.report.skip(skip) }
            reader.report.notRefunded += result.notRefunded
            reader.report.refundOnly += result.refundOnly
            add(result.counts, to: &state.ledger)
            do throws(AuditError) {
                try csv?.append(rows: result.rows)
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }
        try csv?.finish()
        state.inputs.append(InputSummary(transactions: reader.report, kind: .refunds))
        if reader.format == .chineseShop { state.chineseInput = true }
    }

    /// Counts a chunk's refunds into `ledger`, in order.
    private static func add(_ counts: [RefundChunkWork.Count], to ledger: inout AuditLedger) {
        for count in counts {
            ledger.addRefund(
                position: count.position.map(Int.init), category: count.category, amount: count.amount,
                type: count.type, matchedBy: count.method)
        }
    }
}

/// Streams the order export in chunks worked on every core and counts each order line's units into its listing.
enum OrderStage: AuditStage {
    static func run(_ state: AuditState) throws(AuditError) {
        // The last stage that matches: let the matcher's tables go before ranking builds its results.
        defer { state.matcher = RefundMatcher(listings: []) }
        guard let path = state.options.ordersPath else { return }
        state.ledger.markOrdersRead()
        let reader: TransactionReader<OrderExport>
        do {
            reader = try TransactionReader(
                path: path, options: ReadOptions(progress: state.options.progress), reading: OrderChunkWork.fields)
        } catch {
            throw .ingest(error)
        }
        // Orders are tied to listings exactly as refunds are: by listing id, then SKU, then title.
        let work = OrderChunkWork(path: reader.label, columns: reader.columns, matcher: state.matcher)
        var failure: AuditError?
        OrderedPipeline.run(next: { next(reader, failure: &failure) }, transform: work.run) { result in
            guard failure == nil else { return }
            for skip in result.skipped { reader.report.skip(skip) }
            add(result.units, to: &state.ledger)
        }
        if let failure { throw failure }
        state.inputs.append(InputSummary(transactions: reader.report, kind: .orders))
        if reader.format == .chineseShop { state.chineseInput = true }
    }

    /// Counts a chunk's order lines into `ledger`, in order.
    private static func add(_ units: [OrderChunkWork.Units], to ledger: inout AuditLedger) {
        for line in units { ledger.addOrder(position: line.position.map(Int.init), quantity: line.quantity) }
    }
}

/// The next chunk of `reader`, or `nil` at the end or once `failure` is set; a read error becomes the failure.
private func next<Kind>(_ reader: TransactionReader<Kind>, failure: inout AuditError?) -> TransactionRows? {
    guard failure == nil else { return nil }
    do {
        return try reader.nextRows()
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
        if kind == .refunds { notRefunded = report.notRefunded }
    }
}
