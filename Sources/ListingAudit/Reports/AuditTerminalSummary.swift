/// The text the `audit` command prints: totals and coverage, the top listings with one line of why each, the
/// refund reasons breakdown and what a listing fix cannot prevent. Fits one screen at the default `top`. Control
/// characters from the input (ids, titles) are escaped (`TerminalText`).
public enum AuditTerminalSummary {
    public static func render(_ result: AuditResult, language: Language, top: Int = 8) -> String {
        let t = Texts(language)
        var lines: [String] = []
        let totals = result.totals
        let coverage = result.coverage
        lines.append(t.audited(totals.listings, totals.findings, totals.listingsWithFindings, totals.orders))
        if coverage.total > 0 {
            lines.append(
                t.coverage(coverage.total, AuditPercent.text(coverage.matchedShare), coverage.byListingID,
                           coverage.bySKU, coverage.byTitle, coverage.unmatched))
        }
        if totals.refundOnly > 0 || totals.notRefunded > 0 {
            lines.append(t.outcomes(totals.refundOnly, totals.notRefunded))
        }
        for input in result.inputs where input.skipped > 0 || input.repaired > 0 {
            lines.append(t.rowProblems(input))
        }
        for input in result.inputs {
            if let dates = input.unreadableDates, dates.count > 0 { lines.append(t.unreadableDates(input.path, dates)) }
            for (gap, listings) in input.exportGaps {
                lines.append(TerminalText.escaped(input.path) + (language == .zh ? "：" : ": ")
                    + gap.note(listings: listings).text(language))
            }
        }
        lines.append("")
        if !result.refundExportGiven {
            lines.append(t.noRefundExport)
        } else {
            lines.append(result.basis == .orders ? t.rankedByRates : t.rankedByCounts)
        }
        // Listings without findings have nothing to fix; refund-heavy ones among them get their own line below.
        let fixable = result.priorities.listingsWithFindings
        let shown = result.priorities.firstWithFindings(top)
        let width = String(shown.last?.rank ?? 1).count
        for row in shown {
            let rank = String(repeating: " ", count: width - String(row.rank).count) + String(row.rank)
            let title = AuditPercent.clip(row.title, 24)
            lines.append("\(rank). \(row.listingID)  \(title)  [\(AuditNumbers.score(row.score))]")
            lines.append(String(repeating: " ", count: width + 2) + row.why(in: language))
        }
        if fixable == 0 {
            lines.append(t.nothingToFix)
        } else if fixable > shown.count {
            lines.append(t.more(fixable - shown.count))
        }
        let categories = result.categories.filter { $0.count > 0 }.sorted { $0.count > $1.count }
        if !categories.isEmpty {
            lines.append("")
            let total = max(1, coverage.total)
            let parts = categories.map {
                let share = AuditPercent.text(Double($0.count) / Double(total))
                return "\($0.category.label.text(language)) \($0.count) (\(share))"
            }
            lines.append(t.reasons + parts.joined(separator: " · "))
        }
        if result.fulfilment.count > 0 {
            let names = result.fulfilment.topListings.prefix(3).map {
                "\($0.listingID) \($0.dominantCategory.label.text(language)) \($0.dominantCount)"
            }
            lines.append(
                t.fulfilment(result.fulfilment.count, AuditPercent.text(result.fulfilment.share))
                    + names.joined(separator: ", "))
        }
        if !result.unexplained.isEmpty {
            let names = result.unexplained.prefix(3).map {
                "\($0.listingID) (\($0.refunds), \($0.dominantCategory.label.text(language)))"
            }
            lines.append(t.unexplained + names.joined(separator: ", "))
        }
        return lines.map(TerminalText.escaped).joined(separator: "\n")
    }

    /// The fixed phrases in one language.
    private struct Texts {
        let language: Language
        init(_ language: Language) { self.language = language }

        func audited(_ listings: Int, _ findings: Int, _ flagged: Int, _ orders: Int) -> String {
            let orderText = orders > 0 ? (language == .zh ? "，\(orders)件订单" : ", \(orders) ordered units") : ""
            return language == .zh
                ? "审核了 \(listings) 个商品：\(flagged) 个有问题，共 \(findings) 个问题\(orderText)"
                : "Audited \(Self.count(listings, "listing")): \(Self.count(findings, "finding")) on "
                    + "\(Self.count(flagged, "listing"))\(orderText)"
        }

        /// `1 listing`, `2 listings`.
        static func count(_ value: Int, _ noun: String) -> String { ListingPriority.count(value, noun) }

        func coverage(_ total: Int, _ share: String, _ id: Int, _ sku: Int, _ title: Int, _ none: Int) -> String {
            language == .zh
                ? "退款 \(total) 笔，匹配 \(share)：商品ID \(id)，SKU \(sku)，标题 \(title)，未匹配 \(none)"
                : "Refunds: \(total), \(share) matched: by id \(id), by SKU \(sku), by title \(title), "
                    + "unmatched \(none)"
        }

        /// One line per input with skipped or repaired rows, so a damaged export is never read as if it were clean.
        func rowProblems(_ input: InputSummary) -> String {
            let top = input.skipReasons.first.map { skip in
                language == .zh ? "，最多：\(skip.reason(in: .zh))" : "; most: \(skip.reason)"
            } ?? ""
            return language == .zh
                ? "\(input.path)：跳过 \(input.skipped) 行，修复 \(input.repaired) 处\(top)（详见 report.html 的覆盖情况）"
                : "\(input.path): \(Self.count(input.skipped, "row")) skipped, "
                    + "\(Self.count(input.repaired, "repair"))\(top) (see Coverage in report.html)"
        }

        /// One line per refund or order export with dates that are no real date, naming the first.
        func unreadableDates(_ path: String, _ dates: UnreadableDates) -> String {
            let first = dates.firstLocation.map(\.description) ?? path
            let value = dates.firstValue ?? ""
            return language == .zh
                ? "\(path)：\(dates.count) 个日期无法识别（第一个在 \(first)：“\(value)”）；这些行照常计入，排名不使用日期"
                : "\(path): \(Self.count(dates.count, "unreadable date")) (first at \(first): '\(value)'); "
                    + "the rows are counted as usual, the ranking uses no dates"
        }

        var nothingToFix: String {
            language == .zh ? "  没有发现商品页问题。" : "  No listing problems found."
        }

        func more(_ count: Int) -> String {
            language == .zh
                ? "  …另有 \(count) 个有问题的商品，见 priorities.csv"
                : "  … and \(count) more listings with findings in priorities.csv"
        }

        func outcomes(_ refundOnly: Int, _ notRefunded: Int) -> String {
            language == .zh
                ? "其中仅退款（买家未退货）\(refundOnly) 笔；另有未退款（关闭/拒绝/撤销）\(notRefunded) 笔，不计入排名"
                : "Refund only (buyer kept the goods): \(refundOnly); not refunded (closed/rejected/withdrawn): "
                    + "\(notRefunded), not counted in the ranking"
        }

        var rankedByRates: String {
            language == .zh
                ? "优先修改（按修改后可避免的关联退款排序；订单很少的商品不会仅凭一两笔退款排到前面）："
                : "Fix first (ranked by the linked refunds a fix could prevent; a listing with very few orders "
                    + "does not top the list on one or two refunds):"
        }

        var rankedByCounts: String {
            language == .zh
                ? "优先修改（无订单数据，按超出平均的关联退款笔数排序）："
                : "Fix first (no orders given: ranked by linked refund counts above the average listing):"
        }

        var noRefundExport: String {
            language == .zh
                ? "未提供退款数据（退款/售后导出），无法按退款排序；按问题严重程度排序："
                : "No refund export was given, so refunds cannot rank the listings; ranked by severity:"
        }

        var reasons: String { language == .zh ? "退款原因：" : "Refund reasons: " }

        func fulfilment(_ count: Int, _ share: String) -> String {
            language == .zh
                ? "非商品页问题（包装/快递/发货）：\(count) 笔（\(share)），最多："
                : "Not a listing problem (packing/courier/stock): \(count) refunds (\(share)); most: "
        }

        var unexplained: String {
            language == .zh ? "退款多但商品页无问题（查货源/快递）：" : "Refund-heavy, no listing findings (check supplier/courier): "
        }
    }
}

/// Percent and clipping helpers for the terminal text.
enum AuditPercent {
    static func text(_ value: Double) -> String { ListingPriority.percent(value) }

    /// `text` cut to `limit` characters with an ellipsis.
    static func clip(_ text: String, _ limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}
