/// Reads the listing export once and runs the rules over it batch by batch; keeps only what later stages need — each
/// listing's id, title, profile and location, its findings (equal texts shared), and the refund matcher's lookup
/// tables — so the listings themselves never sit in memory together. Findings that depend on the whole export are
/// settled once it has been read. Also records how the export was read.
enum ListingStage: AuditStage {
    static func run(_ state: AuditState) throws(AuditError) {
        var tables = RefundMatcher.Tables()
        let reports: [IngestReport]
        do {
            reports = try state.shopCheck.run(restart: { _ in
                tables = RefundMatcher.Tables()
                state.summaries = []
            }) { batch in
                for (listing, result) in zip(batch.listings, batch.checked) {
                    state.summaries.append(
                        AuditListing(id: listing.id, title: listing.title, profile: result.profile, location: listing.location))
                }
                tables.add(batch.listings)
            }
        } catch {
            throw .ingest(error)
        }
        var texts = FindingTexts()
        state.shopCheck.forEachSettledBatch { batch in
            for listing in batch.listings { state.findings += listing.findings.map { texts.share($0) } }
        }
        state.matcher = tables.matcher
        let report = reports[0]
        var input = InputSummary(
            kind: .listings, path: report.file, format: report.format.rawValue,
            encoding: report.encoding.rawValue, rowsRead: report.rowsRead, skipped: report.skippedCount,
            skipReasons: SkipTallies.count(report.skipped, total: report.skippedCount))
        input.repaired = report.issueCount
        state.inputs.append(input)
        if report.format == .chineseShop || report.format == .taobaoAssistant
            || report.columnMapping.contains(where: { AuditState.hasChinese($0.column) })
        {
            state.chineseInput = true
        }
    }
}

/// Ties findings to refund categories (the ledger).
enum LinkStage: AuditStage {
    static func run(_ state: AuditState) throws(AuditError) {
        state.ledger = AuditLedger(listings: state.summaries, findings: state.findings, catalog: state.catalog)
        state.findings = state.ledger.findings
        state.summaries = []
    }
}
