/// Loads the listing export.
enum ListingLoadStage: AuditStage {
    static func run(_ state: AuditState) throws(AuditError) {
        let loaded: ListingLoadResult
        do {
            loaded = try ListingLoader.load(path: state.options.listingsPath)
        } catch {
            throw .ingest(error)
        }
        state.listings = loaded.listings
        let report = loaded.report
        var input = InputSummary(
            kind: .listings, path: report.file, format: report.format.rawValue,
            encoding: report.encoding.rawValue, rowsRead: report.rowsRead, skipped: report.skipped.count,
            skipReasons: SkipTallies.count(report.skipped.map { ($0.reason.en, $0.location) }))
        input.repaired = report.issueCount
        state.inputs.append(input)
        if report.format == .chineseShop || report.format == .taobaoAssistant
            || report.columnMapping.contains(where: { AuditState.hasChinese($0.column) })
        {
            state.chineseInput = true
        }
    }
}

/// Runs the rules over every listing and records each listing's profile.
enum RuleCheckStage: AuditStage {
    static func run(_ state: AuditState) throws(AuditError) {
        let configuration = state.options.configuration
        let run = RuleEngine(configuration: configuration).runWithProfiles(listings: state.listings)
        state.findings = run.findings
        state.summaries = zip(state.listings, run.profiles).map { listing, profile in
            AuditListing(id: listing.id, title: listing.title, profile: profile, location: listing.location)
        }
    }
}

/// Ties findings to refund categories (the ledger) and builds the refund matcher, then lets the listings go.
enum LinkStage: AuditStage {
    static func run(_ state: AuditState) throws(AuditError) {
        state.ledger = AuditLedger(listings: state.summaries, findings: state.findings, catalog: state.catalog)
        state.matcher = RefundMatcher(listings: state.listings)
        state.findings = state.ledger.findings
        state.listings = []
    }
}
