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

    /// Reads the listings in the file at `path`.
    /// - Throws: `.fileNotFound`/`.unreadable` (exit 66) when the file cannot be read; `.unusableData` (exit 65)
    ///   when it is empty, has no recognisable header, or lacks a column the chosen format needs.
    public static func load(path: String, options: LoadOptions = LoadOptions()) throws(IngestError)
        -> ListingLoadResult
    {
        var input = try HeaderReader.open(path: path, read: options.read)
        let header = HeaderIndex(input.header.fields)
        let headerLocation = SourceLocation(file: path, line: input.header.line, column: 1)
        let format: ExportFormat
        if options.mapping != nil {
            format = .mapped
        } else if let forced = options.format {
            format = forced
        } else if let detected = input.preambleFormat ?? FormatDetector.detectFormat(header: header) {
            format = detected
        } else {
            throw .unusableData(location: headerLocation, reason: FormatDetector.unrecognisedReason(header: header))
        }
        var adapter = try AdapterFactory.make(
            format: format, header: header, mapping: options.mapping, location: headerLocation)
        var collector = ListingCollector(file: path)
        var report = IngestReport(
            file: path, format: format, encoding: input.file.encoding, delimiter: input.file.dialect.delimiterName,
            headerLine: input.header.line)
        let width = header.names.count
        while let record = try input.next() {
            report.rowsRead += 1
            for issue in record.issues { report.note(ReportedIssue(issue, file: path)) }
            if record.count != width {
                if let extra = (width..<max(width, record.count)).first(where: { !record.isBlank($0) }) {
                    collector.skip(
                        line: record.line, column: extra + 1,
                        zh: "该行有 \(record.count) 个字段，表头只有 \(width) 个，第 \(extra + 1) 列超出表头且有内容",
                        en: "row has \(record.count) fields but the header has \(width); "
                            + "column \(extra + 1) is beyond the header and not empty")
                    continue
                }
                report.raggedRowsRepaired += 1
                let repair =
                    record.count < width
                    ? "row has \(record.count) fields, header has \(width); missing cells read as empty"
                    : "row has \(record.count) fields, header has \(width); extra empty cells ignored"
                report.note(
                    ReportedIssue(
                        location: SourceLocation(file: path, line: record.line, column: min(record.count, width) + 1),
                        kind: "ragged-row", repair: repair))
            }
            adapter.read(record, into: &collector)
        }
        adapter.finish(into: &collector)
        report.listingsBuilt = collector.listings.count
        report.skipped = collector.skipped
        report.columnMapping = adapter.columnMapping
        return ListingLoadResult(listings: collector.listings, report: report)
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
