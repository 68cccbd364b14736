import Foundation

/// Loads a listing export of any supported format into `Listing`s: opens the file, finds the header row (after
/// the preamble rows of Amazon flat files and 淘宝助理 files), picks the format adapter from the header, and feeds
/// it every data row.
///
/// Ragged rows: a row with fewer fields than the header reads its missing cells as empty; a row with more fields
/// is read normally when the extra cells are empty, and skipped with a reason when any extra cell holds text
/// (its columns cannot be trusted). Repaired rows are counted in `IngestReport.raggedRowsRepaired`.
public enum ListingLoader {
    /// How many repaired-input issues a report keeps in full; all are counted in `issueCount`.
    static let keptIssues = 200

    /// How many listings `stream` hands over at a time by default.
    public static let defaultBatchSize = 4096

    /// Reads the listings in the file at `path`.
    /// - Throws: `.fileNotFound`/`.unreadable` (exit 66) when the file cannot be read; `.unusableInput` (exit 65)
    ///   when it is empty, has no recognisable header, or lacks a column the chosen format needs.
    public static func load(path: String, options: LoadOptions = LoadOptions()) throws(IngestError)
        -> ListingLoadResult
    {
        // Everything is kept anyway: no listing needs to be let go early.
        var listings: [Listing] = []
        let report = try read(
            path: path, options: options, batchSize: defaultBatchSize, built: .max, release: .atEnd
        ) { listings += $0 }.report
        return ListingLoadResult(listings: listings, report: report)
    }

    /// Reads the listings in the file at `path` once and hands them to `body` in file order (first-seen), each as
    /// soon as its rows have all been read (and the listings before it are complete), gathered into batches of
    /// `batchSize`; listings completed by the same row come in one batch, and the last batch may be smaller. Memory
    /// holds one batch and the listings whose rows are still open, not the file.
    ///
    /// A listing is taken as complete when a row names none of its keys: exports keep each product's rows together.
    /// When a row names a listing already handed over, that assumption was wrong for this file: `restart` is
    /// called (the batches handed so far are void) and the file is read again, this time after a first light pass
    /// that finds where each listing's rows end (`ListingKeyIndex`). Standard input and other inputs that cannot be
    /// read twice, and formats settled only by the whole file (Magento), are held until the end.
    /// - Returns: how the file was read; `listingsBuilt` counts every listing handed over.
    /// - Throws: as `load`, before any batch when the header is unusable.
    @discardableResult
    public static func stream(
        path: String, options: LoadOptions = LoadOptions(), batchSize: Int = defaultBatchSize,
        restart: () -> Void = {}, _ body: ([Listing]) -> Void
    ) throws(IngestError) -> IngestReport {
        try stream(path: path, options: options, batchSize: batchSize, built: .max, restart: restart, body)
    }

    /// Reads the export at `path` as `stream` does, but builds only its first `samples` listings in full; the others
    /// are counted, not built (but for the titles `ListingExportLanguage` samples). Every row is still read, grouped
    /// by its listing keys and checked, so the report is the one `stream` gives. This is what `inspect` needs, at a
    /// fraction of the cost.
    public static func survey(
        path: String, options: LoadOptions = LoadOptions(), samples: Int
    ) throws(IngestError) -> ListingSurvey {
        var kept: [Listing] = []
        var language = ListingExportLanguage()
        let built = max(samples, ListingExportLanguage.sampleSize)
        let report = try stream(
            path: path, options: options, batchSize: defaultBatchSize, built: built,
            restart: { (kept, language) = ([], ListingExportLanguage()) }
        ) { batch in
            if kept.count < samples { kept += batch.prefix(samples - kept.count) }
            language.sample(batch)
        }
        return ListingSurvey(report: report, samples: kept, isChinese: language.isChinese(report))
    }

    /// `stream`, building the first `built` listings in full.
    private static func stream(
        path: String, options: LoadOptions, batchSize: Int, built: Int, restart: () -> Void,
        _ body: ([Listing]) -> Void
    ) throws(IngestError) -> IngestReport {
        let rereadable = canReadTwice(path)
        let first = try read(
            path: path, options: options, batchSize: batchSize, built: built,
            release: rereadable ? .adjacentRows : .atEnd, body)
        guard first.brokeAdjacency else { return first.report }
        restart()
        // Progress is reported as the second pass (the key pre-pass) and the third (the read that builds).
        var again = options
        again.read.progress = options.read.progress?.forPass(2)
        let input = try HeaderReader.open(path: path, read: again.read, mapping: again.mapping)
        let (adapter, _, _) = try makeAdapter(input: input, path: path, options: again)
        let index = try ListingKeyIndex.build(
            path: path, read: again.read, mapping: again.mapping, keys: adapter.keys(of:into:))
        again.read.progress = options.read.progress?.forPass(3)
        return try read(
            path: path, options: again, batchSize: batchSize, built: built, release: .keyIndex(index), body
        ).report
    }

    /// One read of the file with `release`; stops early, reporting `brokeAdjacency`, when a row names a listing
    /// already released under `.adjacentRows`.
    private static func read(
        path: String, options: LoadOptions, batchSize: Int, built: Int, release: ListingCollector.Release,
        _ body: ([Listing]) -> Void
    ) throws(IngestError) -> (report: IngestReport, brokeAdjacency: Bool) {
        var input = try HeaderReader.open(path: path, read: options.read, mapping: options.mapping)
        var (adapter, format, evidence) = try makeAdapter(input: input, path: path, options: options)
        let header = HeaderIndex(input.header.fields)
        var collector = ListingCollector(
            file: input.file.label, release: adapter.holdsListingsUntilFinish ? .atEnd : release,
            builtListings: adapter.contentShapesListings ? .max : built)
        var report = IngestReport(
            file: path, format: format, encoding: input.file.encoding,
            delimiter: input.file.delimiterName, headerLine: input.header.line)
        report.source = input.file.format
        report.sheet = input.file.sheet
        report.sheets = input.file.sheets
        report.titleRows = input.file.titleRows
        let broke = try readRows(
            &adapter, from: &input, width: header.names.count, batchSize: batchSize, collector: &collector,
            report: &report, body)
        // Decided late when the file starts with 64 KiB of ASCII.
        report.encoding = input.file.encoding
        guard !broke else { return (report, true) }
        report.listingsBuilt = collector.released
        report.skipped = collector.skipped
        report.skippedCount = collector.skippedCount
        report.columnMapping = adapter.columnMapping.map { column in
            var column = column
            column.evidence = evidence[column.column]?.rawValue
            return column
        }
        return (report, false)
    }

    /// The rows of `read`, from the first data row to the last listing handed over; returns whether a row named a
    /// listing already released (the read then stops). Generic, so the format's adapter is called directly, not
    /// through an existential, for every row.
    private static func readRows<Adapter: ListingAdapter>(
        _ adapter: inout Adapter, from input: inout HeaderReader, width: Int, batchSize: Int,
        collector: inout ListingCollector, report: inout IngestReport, _ body: ([Listing]) -> Void
    ) throws(IngestError) -> Bool {
        let path = collector.file
        var batch: [Listing] = []
        // Room for a whole batch at once: grown by doubling, the first batch's listings were moved again at each step.
        batch.reserveCapacity(batchSize)
        // Each listing is settled as it is released, while its storage is still in the cache. The adapter is passed
        // in, not captured: this function is called on an opened existential, so it is not specialized, and a
        // non-mutating requirement called on a captured adapter is called on a copy of it (strings, arrays and all,
        // copied and destroyed once per row).
        func settle(_ batch: inout [Listing], from start: Int, by adapter: inout Adapter) {
            for index in start..<batch.count { adapter.complete(&batch[index]) }
        }
        func hand(_ batch: inout [Listing], atLeast minimum: Int) {
            guard batch.count >= minimum, !batch.isEmpty else { return }
            body(batch)
            batch.removeAll(keepingCapacity: true)
        }
        var keys: [String] = []
        while let record = try input.next() {
            report.rowsRead += 1
            for issue in record.issues { report.note(ReportedIssue(issue, file: path)) }
            if record.count != width, !repair(record, width: width, report: &report, collector: &collector) {
                continue
            }
            adapter.read(record, into: &collector)
            if collector.brokeAdjacency { return true }
            let released = batch.count
            collector.release(through: report.rowsRead, into: &batch) {
                keys.removeAll(keepingCapacity: true)
                // The captured adapter passed in place (see `settle`).
                Self.keys(of: record, by: &adapter, into: &keys)
                return keys
            }
            settle(&batch, from: released, by: &adapter)
            hand(&batch, atLeast: batchSize)
        }
        adapter.finish(into: &collector)
        let released = batch.count
        collector.releaseAll(into: &batch)
        settle(&batch, from: released, by: &adapter)
        hand(&batch, atLeast: 1)
        return false
    }

    /// `adapter.keys(of: record, into: &keys)`, for a closure that captures the adapter: its non-mutating
    /// requirement called on the adapter passed in place, not on a copy of it (see `readRows`).
    private static func keys<Adapter: ListingAdapter>(
        of record: CSVRecord, by adapter: inout Adapter, into keys: inout [String]
    ) {
        adapter.keys(of: record, into: &keys)
    }

    /// The adapter for the export `input` opened, its format chosen from the options or the header; a header no
    /// format knows is mapped by meaning (`ColumnSynonyms`), with each mapped column's evidence.
    private static func makeAdapter(
        input: HeaderReader, path: String, options: LoadOptions
    ) throws(IngestError) -> (
        adapter: any ListingAdapter, format: ExportFormat, evidence: [String: ColumnSynonyms.Evidence]
    ) {
        let header = HeaderIndex(input.header.fields)
        let location = SourceLocation(file: input.file.label, line: input.header.line, column: 1)
        if options.mapping == nil, options.format == nil, input.preambleFormat == nil,
            FormatDetector.detectFormat(header: header) == nil, FormatDetector.transactionColumn(in: header) == nil,
            let (mapping, evidence) = ColumnSynonyms.mapping(header: input.header.fields)
        {
            let adapter = try AdapterFactory.make(format: .mapped, header: header, mapping: mapping, location: location)
            return (adapter, .mapped, evidence)
        }
        let format = try chooseFormat(input: input, header: header, options: options, location: location)
        let adapter = try AdapterFactory.make(
            format: format, header: header, mapping: options.mapping, location: location)
        return (adapter, format, [:])
    }

    /// Whether `path` names a regular file (itself or through symbolic links), which the key pre-pass can read a
    /// second time.
    public static func canReadTwice(_ path: String) -> Bool {
        guard path != "-" else { return false }
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
    }

    private static func chooseFormat(
        input: HeaderReader, header: HeaderIndex, options: LoadOptions, location: SourceLocation
    ) throws(IngestError) -> ExportFormat {
        if options.mapping != nil { return .mapped }
        if let forced = options.format { return forced }
        if let detected = input.preambleFormat ?? FormatDetector.detectFormat(header: header) { return detected }
        let file = input.file
        let reason = FormatDetector.unrecognisedReason(header: header, table: file.format, sheet: file.sheet)
        throw .unusableInput(location: location, reason: reason)
    }

    /// Reads a ragged record's missing cells as empty or ignores its extra empty cells (counted as repaired); skips
    /// it when a cell beyond the header holds text. Returns whether the record is to be read.
    private static func repair(
        _ record: CSVRecord, width: Int, report: inout IngestReport, collector: inout ListingCollector
    ) -> Bool {
        let path = collector.file
        if let extra = (width..<max(width, record.count)).first(where: { !record.isBlank($0) }) {
            collector.skip(
                line: record.line, column: extra + 1,
                zh: "该行有 \(record.count) 个字段，表头只有 \(width) 个，第 \(extra + 1) 列超出表头且有内容",
                en: "row has \(record.count) fields but the header has \(width); "
                    + "column \(extra + 1) is beyond the header and not empty")
            return false
        }
        report.raggedRowsRepaired += 1
        let repair =
            record.count < width
            ? LocalizedText(
                zh: "该行有 \(record.count) 个字段，表头有 \(width) 个；缺少的单元格按空值读取",
                en: "row has \(record.count) fields, header has \(width); missing cells read as empty")
            : LocalizedText(
                zh: "该行有 \(record.count) 个字段，表头有 \(width) 个；多出的空单元格被忽略",
                en: "row has \(record.count) fields, header has \(width); extra empty cells ignored")
        report.note(
            ReportedIssue(
                location: SourceLocation(file: path, line: record.line, column: min(record.count, width) + 1),
                kind: "ragged-row", repair: repair))
        return true
    }

    /// The format a header row (its cells as written) belongs to, or `nil` when no adapter recognises it.
    public static func detectFormat(header: [String]) -> ExportFormat? {
        FormatDetector.detectFormat(header: HeaderIndex(header))
    }
}

extension IngestReport {
    /// Keeps the first issues in full and counts them all.
    mutating func note(_ issue: ReportedIssue) {
        issueCount += 1
        if issues.count < ListingLoader.keptIssues { issues.append(issue) }
    }
}
