/// Runs an audit: an explicit ordered list of stages, each a function of what the stages before it handed on, with
/// the reason it must come where it is.
public enum AuditPipeline {
    /// How many stages `run` reports progress for.
    static let stageCount = 7

    /// Runs every stage and returns the result; writes `priorities.csv`, `findings.csv`, `refunds.csv` and
    /// `summary.json` when `options.outputDirectory` is set (no history, no page).
    /// - Throws: `AuditError` for unreadable or unusable inputs, a bad configuration, or an unwritable output.
    public static func run(_ options: AuditOptions) throws(AuditError) -> AuditResult {
        try run(options, reports: nil, progress: { _, _ in }).result
    }

    /// The audit followed by its weekly reports: the history snapshot and `trend.csv` when `reports` keeps history,
    /// and `report.html`. `progress` is told before each stage: its index and the number of stages.
    /// - Throws: `AuditError`; an unwritable output or history folder is `.cannotWrite`, and leaves both as they were.
    public static func run(
        _ options: AuditOptions, reports: ReportOptions, progress: (Int, Int) -> Void = { _, _ in }
    ) throws(AuditError) -> AuditOutcome {
        try run(options, reports: Optional(reports), progress: progress)
    }

    private static func run(
        _ options: AuditOptions, reports: ReportOptions?, progress: (Int, Int) -> Void
    ) throws(AuditError) -> AuditOutcome {
        let configuration = options.configuration
        let ruleLinks = try ruleLinkTable(configuration)
        // Every report file goes through this folder, staged until all of them are complete.
        let folder = options.outputDirectory.map(AuditOutputFolder.init(destination:))
        // Held until the reports are in place: a second audit into the same output or history folder refuses.
        let locks = try lock(folder, history: reports?.historyDirectory)
        defer { for lock in locks { lock.release() } }
        try folder?.recoverInterrupted()
        do throws(AuditError) {
            // Must come before linking: linking needs the findings and each listing's profile. Streams the listings
            // once, keeping only compact per-listing state and the refund matcher's tables; settles the findings that
            // depend on the whole export (shared descriptions, whether it carries images at all) once it is read.
            progress(0, stageCount)
            // Chinese titles make the reports Chinese whatever else is read: the progress display speaks it at once.
            var told: Language?
            let (listings, findings, matcher, listingsRead) = try ListingStage.run(
                path: options.listingsPath, reading: options.listingsReading, configuration: configuration,
                progress: options.progress, imageProbes: options.imageProbes,
                chineseTitles: {
                    guard options.language == nil, told == nil else { return }
                    told = .zh
                    options.languageDecided?(.zh)
                })
            // Must come before anything is written, and after the listing stage, which read the listing export's
            // header and titles: decides the reports' language once, from every input (opening the refund and order
            // exports, their headers only, for their stages to read on from), so every file is written once, in it.
            let (refundExport, orderExport, language) = LanguageStage.run(options, listings: listingsRead)
            if options.language == nil, told != language { options.languageDecided?(language) }
            // The findings are final: findings.csv is written on a thread of its own while the refunds are read.
            try folder?.writeFindings(findings, language: language)
            // Must come before refunds stream: each refund is counted into its listing's linked or unlinked tallies
            // as it is read, which needs the categories the listing's findings link to.
            progress(1, stageCount)
            var ledger = LinkStage.run(listings: listings, findings: findings, ruleLinks: ruleLinks)
            // Reads, classifies and matches refunds in one streaming pass, so millions of refunds never sit in
            // memory; refunds.csv is written as it goes. Must come before ranking, which needs every tally.
            progress(2, stageCount)
            let refundsCSV = try folder.map { folder throws(AuditError) in
                AuditRefundsCSV(file: try folder.create("refunds.csv"), language: language)
            }
            let refundsRead = try RefundStage.run(refundExport, matcher: matcher, ledger: &ledger, csv: refundsCSV)
            // Must come before ranking: orders turn refund counts into rates.
            progress(3, stageCount)
            let ordersRead = try OrderStage.run(orderExport, matcher: matcher, ledger: &ledger)
            // The last stage that matches: its tables go before ranking builds its results.
            _ = consume matcher
            // The refund stage's tables and batches are freed: their pages go back to the system before the ranking
            // and the history build theirs (the allocator keeps freed pages of its worker arenas otherwise).
            FreedMemory.returnToSystem()
            // Must come after refunds and orders: scores need every listing's tallies and the shop baselines.
            progress(4, stageCount)
            // Must come after ranking's inputs are complete; independent of the ranking order itself, so it is built
            // on a thread of its own while the ranking sorts (the ranking's serial baselines and merges overlap it).
            progress(5, stageCount)
            let (shop, ranking) = Concurrently.values({ [ledger] in
                EvidenceStage.run(ledger, parameters: configuration.ranking)
            }, alongside: { RankStage.run(ledger, parameters: configuration.ranking) })
            let result = AuditResult(
                options: options, inputs: [listingsRead.summary, refundsRead, ordersRead].compactMap { $0 },
                language: language, ledger: ledger, ranking: ranking, shop: shop)
            // Last: every report renders the finished result. Writes each file into the staging folder, then
            // moves the history snapshot and the report files into place together.
            progress(6, stageCount)
            let reported = try ReportStage.run(result, ranking: ranking, folder: folder, reports: reports)
            return AuditOutcome(
                result: result, history: reported.history, historyWarnings: reported.historyWarnings,
                files: folder?.files ?? [], tables: folder?.tables ?? [])
        } catch {
            folder?.discard()
            throw error
        }
    }

    /// Locks the output folder and the history folder (when they are written).
    private static func lock(_ folder: AuditOutputFolder?, history: String?) throws(AuditError) -> [FolderLock] {
        var locks: [FolderLock] = []
        if let folder { locks.append(try FolderLock.acquire(folder.destination)) }
        if let history {
            guard FolderLock.lockPath(of: history) != locks.first?.path else { return locks }
            locks.append(try FolderLock.acquire(history))
        }
        return locks
    }

    /// Every registered rule, its refund categories resolved through the configuration's `links`.
    /// - Throws: `AuditError.configuration` when `links` names unknown or fulfilment categories.
    private static func ruleLinkTable(_ configuration: AuditConfiguration) throws(AuditError) -> RuleLinkTable {
        let links: RefundLinkMap
        do {
            links = try RefundLinkMap(configuration: configuration.links)
        } catch {
            throw .configuration(.invalidValue(key: "links", reason: .links(error)))
        }
        return RuleLinkTable(descriptions: RuleRegistry.all.map { $0.description }, links: links)
    }
}
