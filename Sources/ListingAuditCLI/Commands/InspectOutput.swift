import Foundation
import ListingAudit

/// Renders `inspect` results as text for people (control characters from the input escaped) or JSON for scripts.
struct InspectOutput {
    /// Sample listings shown per file.
    let samples: Int
    /// Language of skip reasons.
    let language: Language
    /// Locations listed per skip reason.
    static let locationsShown = 3

    /// Skipped rows grouped by reason, in first-seen order.
    func skipGroups(_ report: IngestReport) -> [(reason: String, count: Int, locations: [String])] {
        skipGroups(report.skipped, total: report.skippedCount)
    }

    /// `skipped` grouped by reason, in first-seen order, and the rows skipped beyond them (`total` in all).
    func skipGroups(_ skipped: [SkippedRow], total: Int) -> [(reason: String, count: Int, locations: [String])] {
        var order: [String] = []
        var groups: [String: (count: Int, locations: [String])] = [:]
        for row in skipped {
            let reason = row.reason.text(language)
            if groups[reason] == nil { order.append(reason) }
            var group = groups[reason] ?? (0, [])
            group.count += 1
            if group.locations.count < Self.locationsShown { group.locations.append(row.location.description) }
            groups[reason] = group
        }
        var result = order.map { ($0, groups[$0]?.count ?? 0, groups[$0]?.locations ?? []) }
        let unlisted = total - skipped.count
        if unlisted > 0 {
            let reason = language == .zh ? "其余被跳过的行（未保留详情）" : "further rows skipped (details not kept)"
            result.append((reason, unlisted, []))
        }
        return result
    }

    func text(_ result: InspectedFile) -> String {
        let report = result.report
        var lines = [
            report.file,
            "  format: \(report.format.rawValue)   " + Self.source(report),
            "  rows read: \(report.rowsRead)   listings: \(report.listingsBuilt)   merged rows: \(report.mergedRows)   "
                + "skipped: \(report.skippedCount)   ragged rows repaired: \(report.raggedRowsRepaired)   "
                + "repaired problems: \(report.issueCount)",
        ]
        lines += skipLines(skipGroups(report))
        if !report.issues.isEmpty {
            lines.append("  repaired problems:")
            lines += report.issues.prefix(Self.locationsShown).map { "    \($0)" }
            if report.issueCount > Self.locationsShown {
                lines.append("    … \(report.issueCount - Self.locationsShown) more")
            }
        }
        if !report.columnMapping.isEmpty {
            lines.append("  columns:")
            lines += report.columnMapping.map { column in
                "    \(column.field) ← \(column.column)" + (column.evidence.map { " (\($0))" } ?? "")
            }
        }
        let shown = result.samples.prefix(samples)
        if !shown.isEmpty {
            lines.append("  sample listings:")
            for listing in shown { lines.append("    " + summary(listing)) }
        }
        return lines.map(TerminalText.escaped).joined(separator: "\n")
    }

    /// A refund or order export: how it was read, its rows, dates that are no real date, skips and columns.
    func text(_ result: InspectedTransactions) -> String {
        let report = result.report
        let read = report.source == .delimited
            ? "encoding: \(report.encoding.rawValue)   delimiter: \(report.delimiter)"
            : "file: \(report.source.rawValue)" + (report.sheet.map { "   sheet: \($0)" } ?? "")
        var lines = [
            report.path,
            "  \(result.kind == .refunds ? "refund" : "order") export, format: \(report.format)   " + read,
            "  rows read: \(report.rowsRead)   kept: \(report.rowsKept)   skipped: \(report.skippedCount)   "
                + "repaired rows: \(report.repairedRows)"
                + (result.kind == .refunds ? "   not refunded: \(report.notRefunded)" : ""),
        ]
        if let dates = result.unreadableDates(language) { lines.append("  " + dates) }
        lines += skipLines(skipGroups(report.skipped, total: report.skippedCount))
        if !report.columns.isEmpty {
            lines.append("  columns:")
            lines += report.columns.map {
                "    \($0.field) ← \($0.header) (column \($0.column)" + ($0.evidence.map { ", \($0)" } ?? "") + ")"
            }
        }
        return lines.map(TerminalText.escaped).joined(separator: "\n")
    }

    /// The lines listing skip groups, none when nothing was skipped.
    private func skipLines(_ groups: [(reason: String, count: Int, locations: [String])]) -> [String] {
        guard !groups.isEmpty else { return [] }
        var lines = ["  skipped rows:"]
        for group in groups {
            let more = group.count > group.locations.count ? ", …" : ""
            let locations = group.locations.isEmpty ? "" : " (\(group.locations.joined(separator: ", "))\(more))"
            lines.append("    \(group.count) × \(group.reason)\(locations)")
        }
        return lines
    }

    /// How the file was read: encoding and delimiter for text, the sheet for a workbook, the layout for a feed.
    static func source(_ report: IngestReport) -> String {
        switch report.source {
        case .delimited:
            return "encoding: \(report.encoding.rawValue)   delimiter: \(report.delimiter)   header line: \(report.headerLine)"
        case .workbook:
            let others = report.sheets.count > 1 ? " (of \(report.sheets.joined(separator: ", ")))" : ""
            let title = report.titleRows > 0 ? "   title rows above it: \(report.titleRows)" : ""
            return "file: xlsx workbook   sheet: \(report.sheet ?? "?")\(others)   header row: \(report.headerLine)\(title)"
        case .xmlFeed:
            return "file: XML feed (\(report.delimiter))   records start at line: \(report.headerLine)"
        case .json:
            return "file: JSON (\(report.delimiter))"
        }
    }

    private func summary(_ listing: Listing) -> String {
        var parts = [listing.id, "\"\(listing.title.prefix(60))\"", "variants: \(listing.variants.count)"]
        let sizes = listing.optionValues(.size)
        let colours = listing.optionValues(.colour)
        parts.append("sizes: " + (sizes.isEmpty ? "–" : sizes.prefix(8).joined(separator: ", ")))
        parts.append("colours: " + (colours.isEmpty ? "–" : colours.prefix(8).joined(separator: ", ")))
        parts.append("images: \(listing.images.count)")
        return parts.joined(separator: "   ")
    }

    /// One JSON object per file: the ingest report plus grouped skips and sample listings.
    struct FileSummary: Encodable {
        struct SkipGroup: Encodable {
            let reason: String
            let count: Int
            let locations: [String]
        }
        struct Sample: Encodable {
            let id: String
            let title: String
            let variants: Int
            let sizes: [String]
            let colours: [String]
            let images: Int
        }
        let file, format, encoding, delimiter, source: String
        let sheet: String?
        let sheets: [String]
        let headerLine, titleRows, rows, listings, mergedRows, skipped, raggedRowsRepaired, repairedProblems: Int
        let skippedReasons: [SkipGroup]
        let skippedRows: [SkippedRow]
        let issues: [ReportedIssue]
        let columnMapping: [MappedColumn]
        let samples: [Sample]
    }

    /// One entry of the JSON array: a listing export or a refund or order export.
    enum Entry: Encodable {
        case listings(FileSummary)
        case transactions(InspectedTransactions.Summary)

        func encode(to encoder: any Encoder) throws {
            switch self {
            case .listings(let summary): try summary.encode(to: encoder)
            case .transactions(let summary): try summary.encode(to: encoder)
            }
        }
    }

    func json(_ results: [InspectedFile], transactions: [InspectedTransactions] = []) -> String {
        let listings = results.map { result in
            let report = result.report
            return FileSummary(
                file: report.file, format: report.format.rawValue, encoding: report.encoding.rawValue,
                delimiter: report.delimiter, source: report.source.rawValue, sheet: report.sheet, sheets: report.sheets,
                headerLine: report.headerLine, titleRows: report.titleRows, rows: report.rowsRead,
                listings: report.listingsBuilt, mergedRows: report.mergedRows, skipped: report.skippedCount,
                raggedRowsRepaired: report.raggedRowsRepaired, repairedProblems: report.issueCount,
                skippedReasons: skipGroups(report).map {
                    .init(reason: $0.reason, count: $0.count, locations: $0.locations)
                },
                skippedRows: report.skipped, issues: report.issues, columnMapping: report.columnMapping,
                samples: result.samples.prefix(samples).map {
                    .init(
                        id: $0.id, title: $0.title, variants: $0.variants.count, sizes: $0.optionValues(.size),
                        colours: $0.optionValues(.colour), images: $0.images.count)
                })
        }
        let files = listings.map(Entry.listings) + transactions.map { .transactions($0.summary) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(files) else { return "[]" }
        return String(decoding: data, as: UTF8.self)
    }
}

/// What `inspect` keeps of one file: how it was read and its first listings. Only those are built; the rest are
/// counted as they stream past, so inspecting a file of any size needs little memory and time.
struct InspectedFile {
    let report: IngestReport
    let samples: [Listing]
}
