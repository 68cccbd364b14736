/// Reads, classifies and matches every refund in one pass, counting each into the ledger and writing its
/// `refunds.csv` row as it goes; no refund is kept.
enum RefundStage: AuditStage {
    static func run(_ state: AuditState) throws(AuditError) {
        let csv = try state.outputPath("refunds.csv").map { path throws(AuditError) in
            try AuditRefundsCSV(path: path, language: state.language)
        }
        guard let path = state.options.refundsPath else {
            try csv?.finish()
            return
        }
        let classifier = ReasonClassifierCache()
        var writeError: AuditError?
        let outcome: (format: RefundExportFormat, report: TransactionLoadReport)
        do throws(IngestError) {
            outcome = try RefundLoader.forEach(path: path) { refund in
                guard writeError == nil else { return }
                let (category, evidence) = classifier.classify(reason: refund.reason, comment: refund.comment)
                let (position, method) = state.matcher.match(refund)
                // Closed, rejected or withdrawn requests are listed in refunds.csv but never counted.
                if refund.status.countsAsRefund {
                    state.ledger.addRefund(
                        position: position, category: category, amount: refund.amount, type: refund.type,
                        matchedBy: method)
                }
                guard let csv else { return }
                do throws(AuditError) {
                    try csv.append(
                        ClassifiedRefund(
                            refund: refund, category: category, evidence: evidence,
                            listingID: position.map(state.matcher.listingID(at:)), matchedBy: method))
                } catch {
                    writeError = error
                }
            }
        } catch {
            throw .ingest(error)
        }
        if let writeError { throw writeError }
        try csv?.finish()
        state.inputs.append(InputSummary(transactions: outcome.report, kind: .refunds))
        if outcome.format == .chineseShop { state.chineseInput = true }
    }
}

/// Streams the order export and counts each order line's units into its listing.
enum OrderStage: AuditStage {
    static func run(_ state: AuditState) throws(AuditError) {
        // The last stage that matches: let the matcher's tables go before ranking builds its results.
        defer { state.matcher = RefundMatcher(listings: []) }
        guard let path = state.options.ordersPath else { return }
        state.ledger.markOrdersRead()
        let reader: TransactionReader<OrderExport>
        do throws(IngestError) {
            reader = try TransactionReader(path: path, reading: [.listingID, .sku, .title, .quantity, .amount])
            let rowReader = OrderRowReader(path: path, columns: reader.columns)
            var key: [UInt8] = []
            // Order lines stream like refunds: each is counted into its listing's orders and let go.
            while let rows = try reader.nextRows() {
                rows.forEach { row in
                    switch row {
                    case .refused(let skip): reader.report.skip(skip)
                    case .fields(let fields):
                        switch rowReader.read(fields) {
                        case .kept(let line):
                            // Orders are tied to listings exactly as refunds are: by listing id, then SKU, then title.
                            let (position, _) = state.matcher.match(
                                listingID: fields.text(OrderField.listingID), sku: fields.text(OrderField.sku),
                                title: fields.text(OrderField.title), key: &key)
                            state.ledger.addOrder(position: position.map(Int.init), quantity: line.quantity)
                        case .skipped(let skip): reader.report.skip(skip)
                        }
                    }
                }
            }
        } catch {
            throw .ingest(error)
        }
        state.inputs.append(InputSummary(transactions: reader.report, kind: .orders))
        if reader.format == .chineseShop { state.chineseInput = true }
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
