/// Reads the listing export once and runs the rules over it batch by batch, keeping only what later stages need:
/// each listing's id, title, profile and location (`ListingTable`), its findings (`AuditFindings`), and the refund
/// matcher's lookup tables — so the listings themselves never sit in memory together. Findings that depend on the
/// whole export are settled once it has been read (`ShopCheck.settledBatches`). Also records how the export
/// was read.
enum ListingStage {
    /// What the stage hands on; `matcher` ties refunds and orders to the listings.
    typealias Output = (listings: ListingTable, findings: AuditFindings, matcher: RefundMatcher, read: ExportRead)

    /// Checks the listings of the export at `path` (worksheet `sheet` of a workbook, or the one chosen by its header)
    /// with the rules `configuration` turns on (the image rules reading `imageProbes`), telling `progress` how far
    /// the export has been read, and `chineseTitles` as soon as the titles sampled make the export Chinese
    /// (`ListingExportLanguage`: once the sample is full, long before a large export is read).
    /// - Throws: `AuditError.ingest` when the export cannot be read or used.
    static func run(
        path: String, reading: LoadOptions, configuration: AuditConfiguration, progress: ProgressReporter?,
        imageProbes: ImageProbeTable? = nil, chineseTitles: () -> Void = {}
    ) throws(AuditError) -> Output {
        var reading = reading
        reading.read.progress = progress
        let shopCheck = ShopCheck(
            engine: RuleEngine(configuration: configuration, probes: imageProbes), paths: [path], options: reading)
        var tables = RefundMatcher.Tables()
        var listings = ListingTable()
        var language = ListingExportLanguage()
        let reports: [IngestReport]
        do {
            reports = try shopCheck.run(restart: { _ in
                tables = RefundMatcher.Tables()
                listings = ListingTable()
                language = ListingExportLanguage()
            }) { batch in
                if !language.isComplete {
                    language.sample(batch.listings)
                    if language.isComplete, language.titlesAreChinese { chineseTitles() }
                }
                // By index, each listing read where the array holds it (a pair from `zip` was a copy of both).
                for index in batch.listings.indices {
                    listings.append(
                        id: batch.listings[index].id, title: batch.listings[index].title,
                        profile: batch.checked[index].profile, location: batch.listings[index].location)
                }
                tables.add(batch.listings)
            }
        } catch {
            throw .ingest(error)
        }
        var findings = AuditFindings(listings: listings)
        do {
            try shopCheck.settledBatches({ AuditFindings.Batch($0) }) { findings.append($0) }
        } catch {
            throw .ingest(error)
        }
        var exportRead = read(reports[0], language: language)
        let facts = shopCheck.facts
        let withoutDescriptions = facts.exportsWithoutDescriptionColumn.values.reduce(0, +)
        if withoutDescriptions > 0 { exportRead.summary.withoutDescriptionColumn = withoutDescriptions }
        let withoutGalleries = facts.feedsWithoutGalleries.values.reduce(0, +)
        if withoutGalleries > 0 { exportRead.summary.withoutGalleries = withoutGalleries }
        let withoutDescriptionText = facts.exportsWithoutDescriptionText.values.reduce(0, +)
        if withoutDescriptionText > 0 { exportRead.summary.withoutDescriptionText = withoutDescriptionText }
        let withoutImages = facts.exportsWithoutImages.values.reduce(0, +)
        if withoutImages > 0 { exportRead.summary.withoutImages = withoutImages }
        return (listings, findings, tables.matcher, exportRead)
    }

    /// How the export was read, and whether it is Chinese (`ListingExportLanguage`, its titles sampled in `language`).
    private static func read(_ report: IngestReport, language: ListingExportLanguage) -> ExportRead {
        var input = InputSummary(
            kind: .listings, path: report.file, format: report.format.rawValue,
            encoding: report.encoding.rawValue, rowsRead: report.rowsRead, skipped: report.skippedCount,
            skipReasons: SkipTallies.count(report.skipped, total: report.skippedCount))
        input.repaired = report.issueCount
        input.mergedRows = report.mergedRows
        return ExportRead(summary: input, isChinese: language.isChinese(report))
    }
}
