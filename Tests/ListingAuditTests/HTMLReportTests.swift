import Foundation
import Testing
@testable import ListingAudit

@Suite struct HTMLReportTests {
    private func render(_ language: Language = .en, history: HistoryComparison? = nil) -> String {
        HTMLReport(
            result: ReportFixtures.result(), language: language, date: HistoryFixtures.date("2026-11-26"),
            history: history
        ).render()
    }

    @Test func escapingCoversAllFiveCharacters() {
        #expect(HTMLEscape.escape(#"<a href="x">Tom's & co</a>"#)
            == "&lt;a href=&quot;x&quot;&gt;Tom&#39;s &amp; co&lt;/a&gt;")
        #expect(HTMLEscape.escape("连衣裙 plain") == "连衣裙 plain")
        var builder = HTMLBuilder()
        builder.element("p", ["title": #"a"b'c<d>"#], text: "<b>")
        #expect(builder.html == #"<p title="a&quot;b&#39;c&lt;d&gt;">&lt;b&gt;</p>"#)
    }

    @Test func textIsEscapedScalarByScalarAsBytes() {
        // The escaped bytes against each scalar replaced by its entity, over texts of specials, CJK, an emoji, a
        // combining mark and ASCII, and a builder's element of them.
        let pieces = ["&", "<", ">", "\"", "'", "连衣裙", "👗", "e\u{301}", "plain ", ""]
        var random = SeededGenerator(seed: 46)
        for _ in 0..<500 {
            let text = (0..<random.below(12)).map { _ in pieces[random.below(pieces.count)] }.joined()
            var expected = ""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "&": expected += "&amp;"
                case "<": expected += "&lt;"
                case ">": expected += "&gt;"
                case "\"": expected += "&quot;"
                case "'": expected += "&#39;"
                default: expected.unicodeScalars.append(scalar)
                }
            }
            #expect(HTMLEscape.escape(text) == expected)
            var builder = HTMLBuilder()
            builder.element("td", ["title": text], text: text)
            #expect(builder.html == "<td title=\"\(expected)\">\(expected)</td>")
        }
    }

    @Test func userTextNeverBecomesMarkup() {
        let html = render(history: ReportFixtures.history())
        #expect(!html.contains("<script"))
        #expect(!html.contains("<free size>"))
        #expect(!html.contains("<cup>"))
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Tom&#39;s&#39; dress"))
        #expect(html.contains("均码 &lt;free size&gt;"))
        #expect(html.contains("shop/refunds &lt;2026&gt;.csv"))
    }

    @Test func theDocumentIsSelfContainedAndResponsive() {
        let html = render()
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(html.contains(#"<meta name="viewport" content="width=device-width, initial-scale=1">"#))
        #expect(html.contains("@media print"))
        #expect(html.contains("@media (max-width:600px)"))
        for forbidden in ["<script", "<link", "<img", "src=", "url(", "@import", "http://", "https://"] {
            #expect(!html.contains(forbidden), "report contains \(forbidden)")
        }
        #expect(html.contains("<svg id=\"chart-pareto\""))
        #expect(html.contains("class=\"table-wrap\""))
    }

    @Test func everySectionIsPresentWithAHeadingAndStableIDs() {
        let english = render(.en, history: ReportFixtures.history())
        let chinese = render(.zh, history: ReportFixtures.history())
        for id in HTMLReport.sectionIDs {
            for html in [english, chinese] {
                let opening = #"<section id="\#(id)" aria-labelledby="\#(id)-heading"><h2 id="\#(id)-heading">"#
                #expect(html.contains(opening))
                #expect(html.contains(##"<a href="#\##(id)">"##))
            }
        }
        let withoutHistory = render()
        #expect(!withoutHistory.contains(#"id="history""#))
        #expect(!withoutHistory.contains(#"id="fix-effects""#))
    }

    @Test func theLanguageChangesTextButNotIDs() {
        let english = render(.en)
        let chinese = render(.zh)
        #expect(chinese.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\">"))
        #expect(chinese.contains("优先修改清单") && !chinese.contains("What to fix first"))
        #expect(english.contains("What to fix first") && !english.contains("优先修改清单"))
        #expect(chinese.contains("\"PingFang SC\", \"Hiragino Sans GB\"") && chinese.contains("system-ui"))
        for id in ["size.missing_chart", "description.vague", "size_fit", "damaged_in_transit", "L-1"] {
            #expect(english.contains(id) && chinese.contains(id))
        }
        #expect(chinese.contains("添加尺码表") && english.contains("Add a size chart"))
    }

    @Test func headlineNumbersFixListAndEvidenceAreFilled() throws {
        let html = render()
        #expect(html.contains(
            #"<span class="label">Share of refunds linked to listing problems</span><span class="value">60.0%</span>"#))
        #expect(html.contains(#"<span class="value">670.00</span>"#))
        let first = try #require(html.range(of: #"id="listing-1""#))
        let second = try #require(html.range(of: #"id="listing-2""#))
        #expect(first.lowerBound < second.lowerBound)
        #expect(!html.contains(#"id="listing-3""#), "listings without findings are not in the fix list")
        #expect(html.contains("<q>high quality</q>"))
        #expect(html.contains(#"<code title="listings.csv:7:3">listings.csv:7:3</code>"#))
        let deep = SourceLocation(file: "/shop/exports/listings.csv", line: 7, column: 3)
        #expect(HTMLReport.shortLocation(deep) == "listings.csv:7:3")
        #expect(html.contains("6.7% (8/120)") && html.contains("0.8% (1/120)"))
        #expect(html.contains(#"<span class="badge sev-error">Error</span>"#))
        #expect(html.contains("19 of 20 refunds (95.0%) were matched to a listing; 1 were not."))
        #expect(html.contains("<code>damaged_in_transit</code></td><td class=\"num\" data-label=\"Refunds\">5</td>"))
        #expect(html.contains("No: packing, courier or stock (orange-red bars)"))
        #expect(html.contains("Yes: listing content"))
    }

    @Test func theFixListIsCappedWithAPointerToTheCSV() {
        let html = HTMLReport(
            result: ReportFixtures.result(), language: .en, date: HistoryFixtures.date("2026-11-26"), fixListLimit: 1
        ).render()
        #expect(html.contains(#"id="listing-1""#) && !html.contains(#"id="listing-2""#))
        #expect(html.contains("Showing the top 1 of 2 listings with findings"))
    }

    @Test func historyTablesAreCappedWithAPointerToTheCSVs() {
        // A shop-wide change: 1,200 listings gain a finding since the previous audit.
        let ids = (0..<1_200).map { "L\($0)" }
        let before = HistoryFixtures.snapshot("2026-11-19", ids.map { HistoryFixtures.listing($0, []) })
        let after = HistoryFixtures.snapshot(
            "2026-11-26", ids.map { HistoryFixtures.listing($0, [HistoryFixtures.finding("size.no_measurements")]) })
        let html = render(history: HistoryComparison(history: [before], current: after))
        #expect(html.contains("New findings (1200)"))
        let listed = Set(ids.filter { html.contains("<code>\($0)</code>") })
        #expect(listed.count == 500)
        #expect(html.contains("Only the first 500 rows are listed; 700 more are not."))
    }

    @Test func historySectionsShowTheDiffAndTheFixEffect() {
        let html = render(history: ReportFixtures.history())
        #expect(html.contains("Previous audit: 2026-11-19; 2 audits in the history."))
        #expect(html.contains("Fixed findings (1)") && html.contains("<code>colour.unnamed</code>"))
        #expect(html.contains("New findings (0)"))
        #expect(html.contains("Findings still open (3)") && html.contains("2 audits in a row (since 2026-11-19)"))
        // Colour refunds: 6 of 120 orders while open, 1 of 120 after the fix.
        #expect(html.contains("5.0% (6/120)") && html.contains("0.8% (1/120)"))
        #expect(html.contains("▼ Fell -4.2 pp"))
        // The fixture's week 1 had 5 more refunds on L-1 but the same linked ones: 12 of 240 orders both weeks.
        #expect(html.contains(#"<svg id="chart-trend""#))
        #expect(html.contains("Over 2 audits, linked refunds went from 5.0% to 5.0%."))
        let first = HTMLReport(
            result: ReportFixtures.result(), language: .en, date: HistoryFixtures.date("2026-11-26"),
            history: HistoryComparison(history: [], current: AuditSnapshot(
                result: ReportFixtures.result(), date: HistoryFixtures.date("2026-11-26")))
        ).render()
        #expect(first.contains("This is the first audit"))
    }

    @Test func emptyResultsSayNothingWasFound() {
        var result = ReportFixtures.result()
        result.priorities = []
        result.findings = []
        result.evidence = []
        result.categories = []
        result.totals = AuditTotals()
        result.unexplained = []
        result.fulfilment = FulfilmentSummary()
        let html = HTMLReport(result: result, language: .en, date: HistoryFixtures.date("2026-11-26")).render()
        #expect(html.contains("No listing needs fixing."))
        #expect(html.contains("No refunds were read."))
        #expect(html.contains("No refunds are linked to findings yet."))
        #expect(!html.contains("<svg"))
        #expect(!html.contains(#"id="unexplained""#))
    }

    @Test func aLocationsFileIsTheLastPartOfItsPathAsSplitGivesIt() {
        var generator = SeededGenerator(seed: 0x48E)
        var paths = ["", "/", "//", "a", "/a", "a/", "a//b", "exports/2026/listings.csv", "./x.csv", "目录/表格.csv",
                     "a/\u{301}b", "x/y\u{301}/"]
        let pieces = ["/", "a", ".", "csv", "é", "退款", "\u{301}"]
        for _ in 0..<2_000 {
            paths.append((0..<Int.random(in: 0...8, using: &generator)).map { _ in
                pieces[Int.random(in: 0..<pieces.count, using: &generator)]
            }.joined())
        }
        for path in paths {
            #expect(HTMLReport.lastPart(of: path) == String(path.split(separator: "/").last ?? Substring(path)),
                    "\(path)")
        }
    }
}
