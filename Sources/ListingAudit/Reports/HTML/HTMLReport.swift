/// The audit as one self-contained HTML page: inline CSS and SVG, no scripts, fonts, images or network. Every
/// fixed string comes from `ReportString` in the chosen language; ids (listing, rule, category) never change.
public struct HTMLReport: Sendable {
    public var result: AuditResult
    public var language: Language
    public var date: AuditDate
    /// The comparison with earlier audits; `nil` when history is off.
    public var history: HistoryComparison?
    /// How many listings the fix list shows in full (the CSV has all).
    public var fixListLimit: Int

    /// Section ids, stable across languages (the checker and links use them).
    public static let sectionIDs = [
        "summary", "fix-list", "refund-reasons", "pareto", "findings-by-rule", "evidence", "unexplained", "history",
        "fix-effects", "coverage",
    ]

    public init(
        result: AuditResult, language: Language, date: AuditDate, history: HistoryComparison? = nil,
        fixListLimit: Int = 50
    ) {
        self.result = result
        self.language = language
        self.date = date
        self.history = history
        self.fixListLimit = fixListLimit
    }

    /// The whole page.
    public func render() -> String { String(decoding: renderedBytes(), as: UTF8.self) }

    /// The whole page as UTF-8, as the audit writes it: the page's bytes are not made a `String` (a check of
    /// every byte, ~1.8M instructions a page) only to be written as bytes again.
    func renderedBytes() -> [UInt8] {
        var page = HTMLBuilder()
        page.raw("<!DOCTYPE html>\n")
        page.element("html", ["lang": language == .zh ? "zh-CN" : "en"]) { html in
            html.element("head") { head in
                head.void("meta", ["charset": "utf-8"])
                head.void("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"])
                head.void("meta", ["name": "generator", "content": "listing-audit \(result.version)"])
                head.element("title", text: t(.documentTitle, date.text))
                head.element("style") { $0.raw(ReportStyle.css(language)) }
            }
            html.element("body") { body in
                header(&body)
                // Both the summary's linked share and the Pareto chart read every listing's linked refunds.
                let linked = result.priorities.linkedRefunds()
                body.element("main") { main in
                    summary(&main, linked: linked)
                    fixList(&main)
                    refundReasons(&main)
                    pareto(&main, linked: linked)
                    findingsByRule(&main)
                    if let health = result.imageHealth { imageHealth(health, &main) }
                    evidence(&main)
                    unexplained(&main)
                    if let history {
                        historySection(history, &main)
                        fixEffects(history, &main)
                    }
                    coverage(&main)
                }
                body.element("footer") { footer in
                    footer.element("p", text: t(.generatedBy, result.version, date.text))
                }
            }
        }
        page.raw("\n")
        return page.utf8
    }

    /// A fixed string in the report's language.
    func t(_ key: ReportString, _ arguments: String...) -> String {
        ReportString.fill(key.text.text(language), arguments)
    }

    /// A `<section id=…>` with an `<h2>` that labels it.
    func section(
        _ id: String, _ title: ReportString, _ page: inout HTMLBuilder, _ content: (inout HTMLBuilder) -> Void
    ) {
        page.element("section", ["id": id, "aria-labelledby": "\(id)-heading"]) { section in
            section.element("h2", ["id": "\(id)-heading"], text: t(title))
            content(&section)
        }
    }

    /// The sections present in this report, for the contents list.
    var presentSections: [(String, ReportString)] {
        var sections: [(String, ReportString)] = [
            ("summary", .summary), ("fix-list", .fixList), ("refund-reasons", .refundReasons), ("pareto", .pareto),
            ("findings-by-rule", .findingsByRule),
        ]
        if result.imageHealth != nil { sections.append((Self.imageHealthID, .imageHealth)) }
        sections.append(("evidence", .evidence))
        if !result.unexplained.isEmpty || !result.fulfilment.topListings.isEmpty {
            sections.append(("unexplained", .unexplained))
        }
        if history != nil { sections += [("history", .history), ("fix-effects", .fixEffects)] }
        sections.append(("coverage", .coverage))
        return sections
    }

    private func header(_ body: inout HTMLBuilder) {
        body.element("header") { header in
            header.element("h1", text: t(.documentTitle, date.text))
            header.element("p", ["class": "meta"]) { meta in
                meta.text(t(.generatedBy, result.version, date.text) + " · ")
                let basis: ReportString = result.basis == .orders ? .basisOrders : .basisCounts
                meta.text(t(result.refundExportGiven ? basis : .basisSeverity))
            }
            header.element("nav", ["aria-label": t(.contents)]) { nav in
                nav.element("ul") { list in
                    for (id, title) in presentSections {
                        list.element("li") { $0.element("a", ["href": "#\(id)"], text: t(title)) }
                    }
                }
            }
        }
    }

    /// The summary cards; `linkedByRank` holds every listing's linked refunds.
    private func summary(_ page: inout HTMLBuilder, linked linkedByRank: [Int]) {
        let totals = result.totals
        let linked = linkedByRank.reduce(0, +)
        let share = totals.refunds > 0 ? Double(linked) / Double(totals.refunds) : 0
        section("summary", .summary, &page) { section in
            section.element("div", ["class": "cards"]) { cards in
                card(&cards, t(.listings), NumberText.count(totals.listings),
                    t(.listingsWithFindings, NumberText.count(totals.listingsWithFindings)))
                card(&cards, t(.findings), NumberText.count(totals.findings), nil)
                guard result.refundExportGiven else {
                    // Absent numbers are not zeros: say what is missing and how the list is ordered instead.
                    card(&cards, t(.refunds), "–", t(.noRefundExport))
                    return
                }
                card(&cards, t(.refunds), NumberText.count(totals.refunds),
                    t(.refundAmount, NumberText.money(totals.refundAmount)))
                card(&cards, t(.linkedShare), NumberText.percent(share),
                    t(.linkedShareNote, NumberText.count(linked), NumberText.count(totals.refunds)))
                card(&cards, t(.moneyAtStake), NumberText.money(totals.preventableAmount),
                    t(.moneyAtStakeNote, NumberText.decimal(totals.preventableRefunds, digits: 1)))
            }
        }
    }

    private func card(_ cards: inout HTMLBuilder, _ label: String, _ value: String, _ sub: String?) {
        cards.element("div", ["class": "card"]) { card in
            card.element("span", ["class": "label"], text: label)
            card.element("span", ["class": "value"], text: value)
            if let sub { card.element("span", ["class": "sub"], text: sub) }
        }
    }
}
