extension HTMLReport {
    /// Refunds per taxonomy category: a bar chart (fulfilment categories in a second colour) and the table.
    func refundReasons(_ page: inout HTMLBuilder) {
        let tallies = result.categories.filter { $0.count > 0 }.sorted {
            $0.count != $1.count ? $0.count > $1.count : $0.category < $1.category
        }
        let total = result.totals.refunds
        section("refund-reasons", .refundReasons, &page) { section in
            guard let largest = tallies.first, total > 0 else {
                section.note(t(.noRefunds))
                return
            }
            let summary = t(.refundReasonsSummary, NumberText.count(total), largest.category.label.text(language),
                NumberText.count(largest.count))
            section.element("p", text: summary)
            let bars = tallies.map { tally in
                ChartBar(
                    label: tally.category.label.text(language), value: Double(tally.count),
                    valueText: NumberText.count(tally.count) + " · "
                        + NumberText.percent(Double(tally.count) / Double(total), digits: 0),
                    colorIndex: tally.isFulfilment ? 3 : 0)
            }
            HorizontalBarChart(
                id: "chart-refund-reasons", title: t(.refundReasonsChart), summary: summary, bars: bars,
                valueAxisLabel: t(.refundsAxis)
            ).render(into: &section)
            if result.fulfilment.count > 0 {
                section.note(t(.fulfilmentNote, NumberText.count(result.fulfilment.count),
                    NumberText.percent(result.fulfilment.share)))
            }
            section.table(
                columns: [
                    TableColumn(.categoryLabel, language), TableColumn(.category, language),
                    TableColumn(.refunds, language, numeric: true), TableColumn(.share, language, numeric: true),
                    TableColumn(.amount, language, numeric: true), TableColumn(t(.cause)),
                ],
                rows: tallies.map { tally in
                    let cause: ReportString =
                        tally.isFulfilment ? .causeFulfilment : tally.linkable ? .causeListing : .causeOther
                    return [
                        .text(tally.category.label.text(language)), .code(tally.category.rawValue),
                        .number(NumberText.count(tally.count)),
                        .number(NumberText.percent(Double(tally.count) / Double(total))),
                        .number(NumberText.money(tally.amount)), .text(t(cause)),
                    ]
                })
        }
    }

    /// Linked refunds per listing (`linked`, in rank order), largest first, with the cumulative share. Only the
    /// listings that can be drawn (linked refunds at least the twentieth largest) have their id made: a shop of a
    /// million has ~800k with some.
    func pareto(_ page: inout HTMLBuilder, linked: [Int]) {
        let priorities = result.priorities
        let least = Swift.max(1, Self.largest(linked, rank: 20))
        var candidates: [ParetoChart.Item] = []
        var (withRefunds, restSum) = (0, 0)
        for (index, count) in linked.enumerated() where count > 0 {
            withRefunds += 1
            if count >= least {
                candidates.append(ParetoChart.Item(label: priorities.listingID(at: index), value: Double(count)))
            } else {
                restSum += count
            }
        }
        section("pareto", .pareto, &page) { section in
            guard withRefunds > 0 else {
                section.note(t(.paretoEmpty))
                return
            }
            // The summary states the bars' cumulative shares, so the chart is made first and given it after.
            var chart = ParetoChart(
                id: "chart-pareto", title: t(.paretoChart), summary: "", candidates: candidates,
                restCount: withRefunds - candidates.count, restSum: Double(restSum),
                othersLabel: t(.otherListings, String(max(0, withRefunds - 20))),
                countAxisLabel: OutputColumn.linkedRefunds.label.text(language), shareAxisLabel: t(.cumulativeShare),
                barLegend: OutputColumn.linkedRefunds.label.text(language), lineLegend: t(.cumulativeShare))
            let shares = chart.cumulativeShares
            let top = min(shares.count, max(1, shares.firstIndex { $0 >= 0.8 }.map { $0 + 1 } ?? shares.count))
            chart.summary = t(.paretoSummary, String(top), NumberText.percent(shares[top - 1], digits: 0))
            section.element("p", text: chart.summary)
            chart.render(into: &section)
        }
    }

    /// The `rank`-th largest of `values` (1 is the largest), 0 when there are fewer.
    static func largest(_ values: [Int], rank: Int) -> Int {
        // The largest seen so far, ascending; a value enters only when it beats the least of them.
        guard rank > 0 else { return 0 }
        var top: [Int] = []
        for value in values where top.count < rank || value > top[0] {
            if top.count == rank { top.removeFirst() }
            top.insert(value, at: top.firstIndex { $0 >= value } ?? top.count)
        }
        return top.count == rank ? top[0] : 0
    }

    /// Findings per rule: a bar chart and a table with the number of listings each rule flagged.
    func findingsByRule(_ page: inout HTMLBuilder) {
        let counts = result.findings.countsByRule()
        let rules = counts.sorted { $0.value.findings != $1.value.findings
            ? $0.value.findings > $1.value.findings : $0.key < $1.key }
        let titles = ruleTitles
        section("findings-by-rule", .findingsByRule, &page) { section in
            guard !rules.isEmpty else {
                section.note(t(.noFindings))
                return
            }
            let summary = t(.findingsByRuleSummary, String(rules.count), NumberText.count(result.findings.count))
            section.element("p", text: summary)
            HorizontalBarChart(
                id: "chart-findings-by-rule", title: t(.findingsByRuleChart), summary: summary,
                bars: rules.map { rule in
                    ChartBar(
                        label: titles[rule.key]?.text(language) ?? rule.key, value: Double(rule.value.findings),
                        valueText: NumberText.count(rule.value.findings), colorIndex: 2)
                }, valueAxisLabel: t(.findingsAxis)
            ).render(into: &section)
            section.table(
                columns: [
                    TableColumn(.ruleID, language), TableColumn(.rule, language),
                    TableColumn(.findings, language, numeric: true),
                    TableColumn(.listingsWith, language, numeric: true),
                ],
                rows: rules.map { rule in
                    [
                        .code(rule.key), .text(titles[rule.key]?.text(language) ?? ""),
                        .number(NumberText.count(rule.value.findings)),
                        .number(NumberText.count(rule.value.listings)),
                    ]
                })
        }
    }
}
