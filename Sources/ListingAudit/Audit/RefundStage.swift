/// Reads, classifies and matches every refund in one pass, counting each into the ledger and writing its
/// `refunds.csv` row as it goes; no refund is kept.
enum RefundStage {
    /// Counts the refunds of the export at `path` into `ledger`, tying each to its listing with `matcher`, and writes
    /// each as a row of `csv`: `refunds.csv`, created in the staging folder of the audit's `AuditOutputFolder`
    /// (`nil` when no reports are written). The stage finishes `csv`, header only when there is no refund export.
    /// - Returns: how the export was read; `nil` without one.
    static func run(
        path: String?, matcher: RefundMatcher, ledger: inout AuditLedger, csv: AuditRefundsCSV?
    ) throws(AuditError) -> ExportRead? {
        guard let path else {
            try csv?.finish()
            return nil
        }
        let classifier = ReasonClassifierCache()
        var writeError: AuditError?
        let outcome: (format: RefundExportFormat, report: TransactionLoadReport)
        do throws(IngestError) {
            outcome = try RefundLoader.forEach(path: path) { refund in
                guard writeError == nil else { return }
                let (category, evidence) = classifier.classify(reason: refund.reason, comment: refund.comment)
                let (listingID, method) = matcher.match(refund)
                // Closed, rejected or withdrawn requests are listed in refunds.csv but never counted.
                if refund.status.countsAsRefund {
                    ledger.addRefund(
                        listingID: listingID, category: category, amount: refund.amount, type: refund.type,
                        matchedBy: method)
                }
                guard let csv else { return }
                do throws(AuditError) {
                    try csv.append(
                        ClassifiedRefund(
                            refund: refund, category: category, evidence: evidence, listingID: listingID,
                            matchedBy: method))
                } catch {
                    writeError = error
                }
            }
        } catch {
            throw .ingest(error)
        }
        if let writeError { throw writeError }
        try csv?.finish()
        return ExportRead(
            summary: InputSummary(transactions: outcome.report, kind: .refunds),
            isChinese: outcome.format == .chineseShop)
    }
}

/// Streams the order export and counts each order line's units into its listing.
enum OrderStage {
    /// Counts the order lines of the export at `path` into `ledger`, tying each to its listing with `matcher`.
    /// - Returns: how the export was read; `nil` without one.
    static func run(
        path: String?, matcher: RefundMatcher, ledger: inout AuditLedger
    ) throws(AuditError) -> ExportRead? {
        guard let path else { return nil }
        ledger.markOrdersRead()
        let read: (format: OrderExportFormat, report: TransactionLoadReport)
        do {
            // Order lines stream like refunds: each is counted into its listing's orders and let go.
            read = try OrderLoader.forEach(path: path) { line in
                // Orders are tied to listings exactly as refunds are: by listing id, then SKU, then title.
                let probe = Refund(
                    id: line.orderID, orderID: line.orderID, listingID: line.listingID, sku: line.sku,
                    productTitle: line.productTitle, location: line.location)
                ledger.addOrder(listingID: matcher.match(probe).listingID, quantity: line.quantity)
            }
        } catch {
            throw .ingest(error)
        }
        return ExportRead(
            summary: InputSummary(transactions: read.report, kind: .orders), isChinese: read.format == .chineseShop)
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
