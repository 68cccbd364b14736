import Foundation

/// What happens after the spreadsheets: the audit's date, where its history lives, and whether to write the page.
public struct ReportOptions: Sendable {
    /// The day the audit describes (`--date`; default today).
    public var date: AuditDate
    /// The history folder; `nil` keeps no history.
    public var historyDirectory: String?
    /// Whether to write `report.html` into the output folder.
    public var html: Bool

    public init(date: AuditDate, historyDirectory: String? = nil, html: Bool = true) {
        self.date = date
        self.historyDirectory = historyDirectory
        self.html = html
    }
}

/// An audit with its reports: the result, the comparison with earlier audits, and the files written.
public struct AuditOutcome: Sendable {
    public var result: AuditResult
    /// `nil` when no history is kept.
    public var history: HistoryComparison?
    /// Snapshots that were skipped (corrupt, truncated, left by an interrupted write).
    public var historyWarnings: [HistoryWarning]
    /// The files written into the output folder, by name.
    public var files: [String]
}

extension AuditPipeline {
    /// The audit followed by its weekly reports, in this order: the CSVs and `summary.json` (by `run`); then the
    /// history snapshot (needs the result and the per-listing refund tallies), and `trend.csv` from it; then
    /// `report.html`, last because it shows the comparison with the history.
    /// - Throws: `AuditError`; an unwritable history folder is `.cannotWrite`.
    public static func run(
        _ options: AuditOptions, reports: ReportOptions, progress: (Int, Int) -> Void = { _, _ in }
    ) throws(AuditError) -> AuditOutcome {
        let (result, state) = try runStages(options, progress: progress)
        var outcome = AuditOutcome(
            result: result, history: nil, historyWarnings: [],
            files: options.outputDirectory == nil ? [] : AuditFilesWriter.fileNames)
        func path(_ name: String) -> String? {
            options.outputDirectory.map { ($0 as NSString).appendingPathComponent(name) }
        }
        if let directory = reports.historyDirectory {
            let store = HistoryStore(directory: URL(fileURLWithPath: directory, isDirectory: true))
            let (snapshots, warnings) = store.load()
            let earlier = snapshots.filter { $0.date < reports.date }
            let current = AuditSnapshot(
                result: result, date: reports.date, refundsByCategory: state.ledger.refundsByCategory())
            outcome.history = HistoryComparison(history: earlier, current: current)
            outcome.historyWarnings = warnings
            do {
                try store.save(current)
            } catch {
                switch error {
                case .cannotWrite(let path, let reason): throw .cannotWrite(path: path, reason: reason)
                }
            }
            if let trend = path("trend.csv") {
                try OutputFile.write(TrendTable.csv(earlier + [current], language: result.language).text, to: trend)
                outcome.files.append("trend.csv")
            }
        }
        if reports.html, let page = path("report.html") {
            let html = HTMLReport(result: result, language: result.language, date: reports.date,
                                  history: outcome.history).render()
            try OutputFile.write(html, to: page)
            outcome.files.append("report.html")
        }
        return outcome
    }
}

extension AuditLedger {
    /// Each listing's refunds per category, for listings with any.
    func refundsByCategory() -> [String: [RefundCategory: Int]] {
        var result: [String: [RefundCategory: Int]] = [:]
        for (index, listing) in listings.enumerated() {
            for category in RefundCategory.allCases {
                let count = refunds(index, category)
                if count > 0 { result[listing.id, default: [:]][category] = count }
            }
        }
        return result
    }
}
