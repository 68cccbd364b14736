import Foundation

/// Writes an audit's reports through its output folder, in this order: `priorities.csv`, then `summary.json`; with
/// history, `trend.csv` as the earlier snapshots are read, the snapshot, then `report.html`, last because it shows
/// the comparison with the history. `findings.csv` and `refunds.csv` were begun by the stages before (the findings
/// file may still be being written on a thread of its own). Nothing is in place until every file is complete: the
/// folder waits for them when it is sealed, then the snapshot and the report files are moved into place together.
enum ReportStage {
    /// What the stage hands on.
    struct Output {
        /// `nil` when no history is kept.
        var history: HistoryComparison?
        /// Snapshots that were skipped (corrupt, truncated, left by an interrupted write).
        var historyWarnings: [HistoryWarning] = []
    }

    /// Writes the reports of `result` (whose rows are `ranking`'s) into `folder`, and its snapshot into the history
    /// `reports` names; `reports` `nil` keeps no history and writes no page.
    /// - Throws: `AuditError.cannotWrite` for a file, folder or history snapshot that cannot be written; nothing
    ///   has been moved into place then.
    static func run(
        _ result: AuditResult, ranking: ListingRanking, folder: AuditOutputFolder?, reports: ReportOptions?
    ) throws(AuditError) -> Output {
        var output = Output()
        let language = result.language
        if let folder {
            try AuditPrioritiesCSV.write(result.priorities, language: language, to: folder.create("priorities.csv"))
            try folder.write(AuditSummaryJSON.render(result, language: language), as: "summary.json")
        }
        var snapshot: HistoryStore.PendingSnapshot?
        do throws(AuditError) {
            if let reports, let directory = reports.historyDirectory {
                let store = HistoryStore(directory: URL(fileURLWithPath: directory, isDirectory: true))
                let removed = store.removeInterruptedWrites()
                let current = RankingSnapshot(ranking: ranking, toolVersion: result.version, date: reports.date)
                let names = HistoryNames()
                let digest = current.digest(names: names)
                let trend = try folder.map { folder throws(AuditError) in
                    TrendTable.Rows(file: try folder.create("trend.csv"), language: language)
                }
                let (comparison, warnings) = try store.compare(digest, names: names) { earlier throws(AuditError) in
                    try trend?.append(earlier, names: names)
                }
                output.history = comparison
                output.historyWarnings = removed + warnings
                snapshot = try history { () throws(HistoryError) in try store.prepare(current) }
                try trend?.append(digest, names: names)
                try trend?.finish()
            }
            if let reports, reports.html, let folder {
                let page = HTMLReport(result: result, language: language, date: reports.date, history: output.history)
                try folder.write(bytes: page.renderedBytes(), as: "report.html")
            }
            try folder?.seal(snapshot: snapshot)
            try history { () throws(HistoryError) in try snapshot?.commit() }
            try folder?.commit()
        } catch {
            snapshot?.discard()
            throw error
        }
        return output
    }

    /// `body`, its history error as the audit's.
    private static func history<T>(_ body: () throws(HistoryError) -> T) throws(AuditError) -> T {
        do {
            return try body()
        } catch {
            switch error {
            case .cannotWrite(let path, let reason): throw .cannotWrite(path: path, reason: reason)
            }
        }
    }
}
