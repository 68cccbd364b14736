/// Reads the listing export once to count what cross-listing rules need (shop facts), and records how it was read.
/// The listings stream past; the rule check reads them again.
enum ShopFactsStage: AuditStage {
    static func run(_ state: AuditState) throws(AuditError) {
        let report: IngestReport
        do {
            report = try state.shopCheck.countFacts()[0]
        } catch {
            throw .ingest(error)
        }
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

/// Reads the listings again in batches and runs the rules over each; keeps only what later stages need — each
/// listing's id, title, profile and location, its findings (equal texts shared), and the refund matcher's lookup
/// tables — so the listings themselves never sit in memory together.
enum RuleCheckStage: AuditStage {
    static func run(_ state: AuditState) throws(AuditError) {
        var tables = RefundMatcher.Tables()
        var texts = FindingTexts()
        do {
            try state.shopCheck.check { batch in
                state.findings += batch.findings.map { texts.share($0) }
                for (listing, profile) in zip(batch.listings, batch.profiles) {
                    state.summaries.append(
                        AuditListing(
                            id: listing.id, title: listing.title, profile: profile, location: listing.location))
                }
                tables.add(batch.listings)
            }
        } catch {
            throw .ingest(error)
        }
        state.matcher = tables.matcher
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
