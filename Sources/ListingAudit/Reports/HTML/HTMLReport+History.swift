extension HTMLReport {
    /// Rows each history table lists at most: a shop-wide change can touch every listing, and 100k rows of each
    /// kind made the page tens of megabytes; the CSVs hold them all.
    static let historyRowLimit = 500

    /// The first `historyRowLimit` of `items` as table rows.
    private func capped<Item>(_ items: [Item], _ row: (Item) -> [TableCell]) -> [[TableCell]] {
        items.prefix(Self.historyRowLimit).map(row)
    }

    /// A note under a table of `items` when it listed only the first `historyRowLimit`.
    private func cappedNote(_ count: Int, _ section: inout HTMLBuilder) {
        guard count > Self.historyRowLimit else { return }
        section.note(t(.historyRowsCapped, String(Self.historyRowLimit), String(count - Self.historyRowLimit)))
    }

    /// New, fixed and still-open findings and refund rate changes since the previous audit.
    func historySection(_ history: HistoryComparison, _ page: inout HTMLBuilder) {
        let titles = ruleTitles
        section("history", .history, &page) { section in
            guard let previous = history.previous else {
                section.note(t(.firstAudit))
                return
            }
            section.element("p", text: t(.historyIntro, previous.text, String(history.audits.count)))
            trendChart(history.trend, &section)
            let changeLists = [
                (ReportString.newFindings, history.newFindings), (.fixedFindings, history.fixedFindings),
            ]
            for (title, changes) in changeLists {
                section.element("h3", text: "\(t(title)) (\(changes.count))")
                guard !changes.isEmpty else {
                    section.note(t(.nothingChanged))
                    continue
                }
                section.table(
                    columns: [
                        TableColumn(.listingID, language), TableColumn(.title, language), TableColumn(.rule, language),
                        TableColumn(.evidence, language),
                    ],
                    rows: capped(changes) { change in
                        [.code(change.listingID), .text(change.title), .markup(ruleCell(change.ruleID, titles)),
                         .text(change.evidence)]
                    })
                cappedNote(changes.count, &section)
            }
            section.element("h3", text: "\(t(.openFindings)) (\(history.openFindingCount))")
            if history.openFindings.isEmpty {
                section.note(t(.nothingChanged))
            } else {
                section.table(
                    columns: [
                        TableColumn(.listingID, language), TableColumn(.title, language), TableColumn(.rule, language),
                        TableColumn(.weeksOpen, language),
                    ],
                    rows: capped(history.openFindings) { open in
                        [.code(open.listingID), .text(open.title), .markup(ruleCell(open.ruleID, titles)),
                         .text(t(.auditsOpen, String(open.audits), open.since.text))]
                    })
                cappedNote(history.openFindingCount, &section)
            }
            rateChanges(history.rateChanges, &section)
        }
    }

    /// The shop's linked refunds per order (or per audit, without orders) across the audits.
    private func trendChart(_ trend: [ShopTrendPoint], _ section: inout HTMLBuilder) {
        let rates = trend.compactMap(\.linkedRate)
        let byRate = rates.count == trend.count
        let points = trend.map { point in
            byRate
                ? LineChart.Point(
                    label: point.date.text, value: (point.linkedRate ?? 0) * 100,
                    valueText: NumberText.percent(point.linkedRate ?? 0))
                : LineChart.Point(
                    label: point.date.text, value: Double(point.linkedRefunds),
                    valueText: NumberText.count(point.linkedRefunds))
        }
        guard let first = points.first, let last = points.last else { return }
        let summary = t(.trendSummary, first.valueText, last.valueText, String(points.count))
        section.element("p", text: summary)
        LineChart(
            id: "chart-trend", title: t(byRate ? .trendRate : .trendCount), summary: summary, points: points,
            valueAxisLabel: byRate ? "%" : t(.refundsAxis)
        ).render(into: &section)
    }

    private func rateChanges(_ changes: [RateChange], _ section: inout HTMLBuilder) {
        section.element("h3", text: "\(t(.rateChanges)) (\(changes.count))")
        guard !changes.isEmpty else {
            section.note(t(.nothingChanged))
            return
        }
        section.table(
            columns: [
                TableColumn(.listingID, language), TableColumn(.title, language),
                TableColumn(.rateBefore, language, numeric: true), TableColumn(.rateAfter, language, numeric: true),
                TableColumn(.change, language),
            ],
            rows: capped(changes) { change in
                [.code(change.listingID), .text(change.title), .number(tally(change.before)),
                 .number(tally(change.after)), .markup(direction(change.delta, rate: change.after.rate != nil))]
            })
        cappedNote(changes.count, &section)
    }

    /// "Did the fix work": refunds while each fixed finding was open against after the fix.
    func fixEffects(_ history: HistoryComparison, _ page: inout HTMLBuilder) {
        let titles = ruleTitles
        section("fix-effects", .fixEffects, &page) { section in
            guard !history.fixEffects.isEmpty else {
                section.note(t(history.hasHistory ? .noFixes : .firstAudit))
                return
            }
            section.note(t(.fixEffectsIntro))
            section.table(
                columns: [
                    TableColumn(.listingID, language), TableColumn(.title, language), TableColumn(.rule, language),
                    TableColumn(.fixedOn, language), TableColumn(.rateBefore, language, numeric: true),
                    TableColumn(.rateAfter, language, numeric: true), TableColumn(.change, language),
                ],
                rows: capped(history.fixEffects) { effect in
                    var rules = HTMLBuilder()
                    for (index, ruleID) in effect.ruleIDs.enumerated() {
                        if index > 0 { rules.raw("<br>") }
                        rules.append(ruleCell(ruleID, titles))
                    }
                    var change = direction(effect.delta, rate: effect.after.rate != nil && effect.before.rate != nil)
                    change.raw("<br>")
                    change.element("small", ["class": "note"],
                        text: t(effect.measure == .linkedCategories ? .measureLinked : .measureAll))
                    if effect.reappeared {
                        change.raw("<br>")
                        change.element("span", ["class": "badge sev-error"], text: t(.reappeared))
                    }
                    return [
                        .code(effect.listingID), .text(effect.title), .markup(rules), .text(effect.fixedOn.text),
                        .number(tally(effect.before)), .number(tally(effect.after)), .markup(change),
                    ]
                })
            cappedNote(history.fixEffects.count, &section)
        }
    }

    /// `4.5% (9/200)` with orders, `3 per audit (6/2 audits)` without.
    private func tally(_ tally: RefundTally) -> String {
        if let rate = tally.rate, let orders = tally.orders {
            return NumberText.percent(rate) + " (\(NumberText.count(tally.refunds))/\(NumberText.count(orders)))"
        }
        return t(.perAudit, NumberText.decimal(tally.refundsPerAudit, digits: 1)) + " (\(tally.refunds))"
    }

    private func direction(_ delta: Double, rate: Bool) -> HTMLBuilder {
        var cell = HTMLBuilder()
        let amount =
            rate ? NumberText.pointChange(delta, language: language) : NumberText.decimal(delta, digits: 1)
        if delta > 0 {
            cell.element("span", ["class": "up"], text: "▲ " + t(.rose) + " " + amount)
        } else if delta < 0 {
            cell.element("span", ["class": "down"], text: "▼ " + t(.fell) + " " + amount)
        } else {
            cell.text("= " + amount)
        }
        return cell
    }

    private func ruleCell(_ ruleID: String, _ titles: [String: LocalizedText]) -> HTMLBuilder {
        var cell = HTMLBuilder()
        if let title = titles[ruleID] { cell.text(title.text(language) + " ") }
        cell.element("code", text: ruleID)
        return cell
    }
}
