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
        let say = InspectLabels(language: language)
        var lines = [
            report.file,
            "  " + say.pair("格式", "format", say.format(report.format.rawValue)) + "   " + source(report),
            "  " + [
                say.pair("读取行数", "rows read", "\(report.rowsRead)"),
                say.pair("商品", "listings", "\(report.listingsBuilt)"),
                say.pair("合并行", "merged rows", "\(report.mergedRows)"),
                say.pair("跳过", "skipped", "\(report.skippedCount)"),
                say.pair("修复的不齐行", "ragged rows repaired", "\(report.raggedRowsRepaired)"),
                say.pair("修复的问题", "repaired problems", "\(report.issueCount)"),
            ].joined(separator: "   "),
        ]
        lines += skipLines(skipGroups(report))
        if !report.issues.isEmpty {
            lines.append("  " + say.say("修复的问题：", "repaired problems:"))
            lines += report.issues.prefix(Self.locationsShown).map {
                "    \($0.location): \($0.repairText.text(language))"
            }
            if report.issueCount > Self.locationsShown {
                let more = report.issueCount - Self.locationsShown
                lines.append("    … " + say.say("另有 \(more) 处", "\(more) more"))
            }
        }
        if !report.columnMapping.isEmpty {
            lines.append("  " + say.say("列对应：", "columns:"))
            lines += report.columnMapping.map { column in
                "    \(say.field(column.field)) ← \(column.column)"
                    + (column.evidence.map { say.say("（\(say.evidence($0))）", " (\($0))") } ?? "")
            }
        }
        let shown = result.samples.prefix(samples)
        if !shown.isEmpty {
            lines.append("  " + say.say("商品示例：", "sample listings:"))
            for listing in shown { lines.append("    " + summary(listing)) }
        }
        return lines.map(TerminalText.escaped).joined(separator: "\n")
    }

    /// A refund or order export: how it was read, its rows, dates that are no real date, skips and columns.
    func text(_ result: InspectedTransactions) -> String {
        let report = result.report
        let say = InspectLabels(language: language)
        let read = report.source == .delimited
            ? say.pair("编码", "encoding", report.encoding.rawValue) + "   "
                + say.pair("分隔符", "delimiter", say.delimiter(report.delimiter))
            : say.pair("文件", "file", sourceName(report.source.rawValue))
                + (report.sheet.map { "   " + say.pair("工作表", "sheet", $0) } ?? "")
        let kind = result.kind == .refunds ? say.say("退款导出", "refund export") : say.say("订单导出", "order export")
        var counts = [
            say.pair("读取行数", "rows read", "\(report.rowsRead)"), say.pair("保留", "kept", "\(report.rowsKept)"),
            say.pair("跳过", "skipped", "\(report.skippedCount)"),
            say.pair("修复的行", "repaired rows", "\(report.repairedRows)"),
        ]
        if result.kind == .refunds { counts.append(say.pair("未退款", "not refunded", "\(report.notRefunded)")) }
        var lines = [
            report.path,
            "  " + kind + say.say("，", ", ") + say.pair("格式", "format", say.format(report.format)) + "   " + read,
            "  " + counts.joined(separator: "   "),
        ]
        if let dates = result.unreadableDates(language) { lines.append("  " + dates) }
        lines += skipLines(skipGroups(report.skipped, total: report.skippedCount))
        if !report.columns.isEmpty {
            lines.append("  " + say.say("列对应：", "columns:"))
            lines += report.columns.map { column in
                let evidence = column.evidence.map { say.say("，" + say.evidence($0), ", " + $0) } ?? ""
                return "    \(say.field(column.field)) ← \(column.header)"
                    + say.say("（第 \(column.column) 列\(evidence)）", " (column \(column.column)\(evidence))")
            }
        }
        return lines.map(TerminalText.escaped).joined(separator: "\n")
    }

    /// The lines listing skip groups, none when nothing was skipped.
    private func skipLines(_ groups: [(reason: String, count: Int, locations: [String])]) -> [String] {
        guard !groups.isEmpty else { return [] }
        var lines = ["  " + InspectLabels(language: language).say("跳过的行：", "skipped rows:")]
        for group in groups {
            let more = group.count > group.locations.count ? ", …" : ""
            let locations = group.locations.isEmpty ? "" : " (\(group.locations.joined(separator: ", "))\(more))"
            lines.append("    \(group.count) × \(group.reason)\(locations)")
        }
        return lines
    }

    /// How the file was read: encoding and delimiter for text, the sheet for a workbook, the layout for a feed.
    func source(_ report: IngestReport) -> String {
        let say = InspectLabels(language: language)
        switch report.source {
        case .delimited:
            return [
                say.pair("编码", "encoding", report.encoding.rawValue),
                say.pair("分隔符", "delimiter", say.delimiter(report.delimiter)),
                say.pair(
                    "表头行", "header line",
                    report.headerLine == 0
                        ? say.say("无（列按位置编号）", "none (columns named by position)") : "\(report.headerLine)"),
            ].joined(separator: "   ")
        case .workbook:
            let all = report.sheets.joined(separator: say.say("、", ", "))
            let sheet = (report.sheet ?? "?")
                + (report.sheets.count > 1 ? say.say("（共 \(all)）", " (of \(all))") : "")
            var parts = [
                say.pair("文件", "file", say.say("XLSX 工作簿", "xlsx workbook")), say.pair("工作表", "sheet", sheet),
                say.pair("表头行", "header row", "\(report.headerLine)"),
            ]
            if report.titleRows > 0 {
                parts.append(say.pair("表头上方的标题行", "title rows above it", "\(report.titleRows)"))
            }
            return parts.joined(separator: "   ")
        case .xmlFeed:
            let layout = say.layout(report.delimiter)
            return say.pair("文件", "file", say.say("XML 商品源（\(layout)）", "XML feed (\(layout))")) + "   "
                + say.pair("记录起始行", "records start at line", "\(report.headerLine)")
        case .json:
            let layout = say.layout(report.delimiter)
            return say.pair("文件", "file", say.say("JSON（\(layout)）", "JSON (\(layout))"))
        }
    }

    /// A refund or order export's kind of file (`xlsx`, `xml`, `json`) in the language asked.
    private func sourceName(_ name: String) -> String {
        guard language == .zh else { return name }
        return ["csv": "文本表格", "xlsx": "XLSX 工作簿", "xml": "XML 文件", "json": "JSON"][name] ?? name
    }

    private func summary(_ listing: Listing) -> String {
        let say = InspectLabels(language: language)
        let sizes = listing.optionValues(.size)
        let colours = listing.optionValues(.colour)
        let separator = say.say("、", ", ")
        return [
            listing.id, "\"\(listing.title.prefix(60))\"",
            say.pair("规格", "variants", "\(listing.variants.count)"),
            say.pair("尺码", "sizes", sizes.isEmpty ? "–" : sizes.prefix(8).joined(separator: separator)),
            say.pair("颜色", "colours", colours.isEmpty ? "–" : colours.prefix(8).joined(separator: separator)),
            say.pair("图片", "images", "\(listing.images.count)"),
        ].joined(separator: "   ")
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
    /// Whether the export is Chinese (`ListingExportLanguage`).
    let isChinese: Bool
}
