import ListingAudit

/// What `inspect` shows of a refund or order export (which `audit` reads with `--refunds` / `--orders`): how it was
/// read, rows read, kept and skipped (with reasons), dates that are no real date, and which column each field came
/// from.
struct InspectedTransactions {
    let kind: InputKind
    let report: TransactionLoadReport

    /// The export at `path` read as refunds or, failing that, as orders; `nil` when it is neither. A kind given a
    /// column mapping is read with it, and its error is thrown when the file cannot be read so.
    static func read(
        _ path: String, options: ReadOptions, refunds: TransactionMapping? = nil, orders: TransactionMapping? = nil
    ) throws(IngestError) -> InspectedTransactions? {
        if let refunds {
            let (_, report) = try RefundLoader.forEach(path: path, options: options, mapping: refunds) { _ in }
            return InspectedTransactions(kind: .refunds, report: report)
        }
        if orders == nil, let (_, report) = try? RefundLoader.forEach(path: path, options: options, { _ in }) {
            return InspectedTransactions(kind: .refunds, report: report)
        }
        if let orders {
            let (_, report) = try OrderLoader.forEach(path: path, options: options, mapping: orders) { _ in }
            return InspectedTransactions(kind: .orders, report: report)
        }
        if let (_, report) = try? OrderLoader.forEach(path: path, options: options, { _ in }) {
            return InspectedTransactions(kind: .orders, report: report)
        }
        return nil
    }

    /// Whether the export is a Chinese shop's (its reasons are then shown in Chinese without `--lang`).
    var isChinese: Bool { report.format == RefundExportFormat.chineseShop.rawValue }

    /// The line on dates that are no real date, in `language`; `nil` when there are none.
    func unreadableDates(_ language: Language) -> String? {
        let dates = report.unreadableDates
        guard dates.count > 0 else { return nil }
        let first = dates.firstLocation?.description ?? report.path
        let value = dates.firstValue ?? ""
        return language == .zh
            ? "\(dates.count) 个日期无法识别（第一个在 \(first)：“\(value)”）；这些行照常计入，排名不使用日期"
            : "\(dates.count) unreadable date\(dates.count == 1 ? "" : "s") (first at \(first): '\(value)'); "
                + "the rows are counted as usual, the ranking uses no dates"
    }

    /// The JSON object `inspect --format json` gives for the export.
    struct Summary: Encodable {
        let kind, file, format, encoding, delimiter, source: String
        let sheet: String?
        let rows, kept, skipped, repairedRows: Int
        let notRefunded: Int?
        let unreadableDates: UnreadableDates
        let skippedRows: [SkippedRow]
        let columns: [TransactionColumn]
    }

    var summary: Summary {
        Summary(
            kind: kind.rawValue, file: report.path, format: report.format, encoding: report.encoding.rawValue,
            delimiter: report.delimiter, source: report.source.rawValue, sheet: report.sheet, rows: report.rowsRead,
            kept: report.rowsKept, skipped: report.skippedCount, repairedRows: report.repairedRows,
            notRefunded: kind == .refunds ? report.notRefunded : nil, unreadableDates: report.unreadableDates,
            skippedRows: report.skipped, columns: report.columns)
    }
}
