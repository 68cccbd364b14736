import Testing
@testable import ListingAudit

@Suite struct SVGChartTests {
    @Test func barChartsAreAccessibleAndScaled() {
        let svg = HorizontalBarChart(
            id: "c1", title: "Refunds <by> reason", summary: "9 size & 4 other", bars: [
                ChartBar(label: "Size / fit", value: 9, valueText: "9"),
                ChartBar(label: "Other", value: 4, valueText: "4", colorIndex: 3),
            ], valueAxisLabel: "Refunds"
        ).svg()
        // Never narrower than 640 × 11/12 px, so the 12-unit labels stay at 11 px or more (it scrolls instead).
        #expect(svg.hasPrefix(
            #"<div class="chart-wrap"><svg id="c1" class="chart" viewBox="0 0 640 106" style="min-width:587px""#))
        #expect(svg.contains(#"role="img" aria-labelledby="c1-title c1-desc""#))
        #expect(svg.contains(#"<title id="c1-title">Refunds &lt;by&gt; reason</title>"#))
        #expect(svg.contains(#"<desc id="c1-desc">9 size &amp; 4 other</desc>"#))
        // Ticks 0…10 step 2: 340 px of plot, so 9 → 306 px and 4 → 136 px.
        #expect(svg.contains(
            ##"<rect x="210" y="14" width="306" height="18" fill="#0072B2"><title>Size / fit: 9</title>"##))
        #expect(svg.contains(##"width="136" height="18" fill="#D55E00""##))
        #expect(svg.contains(">10</text>") && svg.contains(">Refunds</text>"))
    }

    @Test func paretoSortsFoldsTheTailAndEndsAtOneHundredPercent() {
        let items = (1...25).map { ParetoChart.Item(label: "L\($0)", value: Double($0)) }
            + [ParetoChart.Item(label: "zero", value: 0)]
        let chart = ParetoChart(
            id: "p", title: "Pareto", summary: "s", items: items, maxBars: 20, othersLabel: "5 others",
            countAxisLabel: "Refunds", shareAxisLabel: "Share", barLegend: "Refunds", lineLegend: "Cumulative")
        #expect(chart.items.count == 21)
        #expect(chart.items.first == ParetoChart.Item(label: "L25", value: 25))
        #expect(chart.items.last == ParetoChart.Item(label: "5 others", value: 15))
        let shares = chart.cumulativeShares
        #expect(abs((shares.last ?? 0) - 1) < 1e-12)
        #expect(zip(shares, shares.dropFirst()).allSatisfy { $0 <= $1 })
        let svg = chart.svg()
        #expect(svg.contains(#"role="img""#) && svg.contains("<polyline points="))
        #expect(svg.components(separatedBy: "<circle").count - 1 == 22, "one marker per bar plus the legend")
        #expect(svg.contains(">100%</text>") && svg.contains(#"class="reference""#))
    }

    /// Only the bars drawn are sorted with their labels; the bars and the folded tail are those of sorting them all.
    @Test func paretoBarsAreThoseOfSortingEveryItem() {
        var random = SeededGenerator(seed: 11)
        for round in 0..<30 {
            let items = (0..<(round * 7)).map { index in
                ParetoChart.Item(
                    label: "L\(random.below(50))",
                    value: round % 3 == 0 ? Double(random.below(6)) - 1 : Double(random.below(1_000)) / 7)
            }
            let sorted = items.filter { $0.value > 0 }.sorted {
                $0.value != $1.value ? $0.value > $1.value : $0.label < $1.label
            }
            var expected = Array(sorted.prefix(20))
            if sorted.count > 20 {
                let rest = sorted.dropFirst(20).reduce(0) { $0 + $1.value }
                expected.append(ParetoChart.Item(label: "others", value: rest))
            }
            let chart = ParetoChart(
                id: "p", title: "", summary: "", items: items, othersLabel: "others", countAxisLabel: "",
                shareAxisLabel: "", barLegend: "", lineLegend: "")
            #expect(chart.items == expected, "round \(round)")
        }
    }

    /// The report gives the chart only the listings it can draw (linked refunds at least the twentieth largest) and
    /// the number and sum of the others: the bars and the folded tail are those of giving it every listing.
    @Test func paretoOfTheDrawableCountsIsThatOfEveryItem() {
        var random = SeededGenerator(seed: 29)
        for round in 0..<40 {
            let counts = (0..<(round * 5)).map { _ in Int(random.next() % (round % 2 == 0 ? 6 : 400)) }
            let items = counts.enumerated().map { ParetoChart.Item(label: "L\($0 % 37)", value: Double($1)) }
            let least = Double(max(1, HTMLReport.largest(counts, rank: 20)))
            let candidates = items.filter { $0.value >= least }
            let rest = items.filter { $0.value > 0 && $0.value < least }
            let whole = ParetoChart(
                id: "p", title: "", summary: "", items: items, othersLabel: "others", countAxisLabel: "",
                shareAxisLabel: "", barLegend: "", lineLegend: "")
            let drawable = ParetoChart(
                id: "p", title: "", summary: "", candidates: candidates, restCount: rest.count,
                restSum: rest.reduce(0) { $0 + $1.value }, othersLabel: "others", countAxisLabel: "",
                shareAxisLabel: "", barLegend: "", lineLegend: "")
            #expect(drawable.items == whole.items, "round \(round)")
        }
    }

    @Test func theLargestByRankIsThatOfSorting() {
        var random = SeededGenerator(seed: 31)
        for round in 0..<30 {
            let values = (0..<round).map { _ in Int(random.next() % 9) }
            for rank in 1...6 {
                let sorted = values.sorted(by: >)
                #expect(HTMLReport.largest(values, rank: rank) == (rank <= sorted.count ? sorted[rank - 1] : 0))
            }
        }
        #expect(HTMLReport.largest([3, 9, 1, 9, 4], rank: 0) == 0)
    }

    @Test func ticksAreNiceAndLabelsShortenByDisplayWidth() {
        #expect(ChartScale.ticks(upTo: 9) == [0, 2, 4, 6, 8, 10])
        #expect(ChartScale.ticks(upTo: 1) == [0, 0.2, 0.4, 0.6000000000000001, 0.8, 1])
        #expect(ChartScale.ticks(upTo: 0) == [0, 1])
        #expect(ChartScale.ticks(upTo: 730).last == 800)
        #expect(ChartScale.shorten("连衣裙夏季新款", width: 8) == "连衣裙夏…")
        #expect(ChartScale.shorten("short", width: 8) == "short")
    }

    @Test func thePaletteIsOkabeIto() {
        #expect(ChartPalette.ordered.prefix(4) == ["#0072B2", "#E69F00", "#009E73", "#D55E00"])
        #expect(ChartPalette.color(8) == ChartPalette.color(0))
        #expect(ChartPalette.color(-1) == ChartPalette.yellow)
    }

    @Test func lineChartsMarkEveryPointWithItsValueAndLabel() {
        let svg = LineChart(
            id: "t", title: "Trend", summary: "went down", points: [
                LineChart.Point(label: "2026-11-19", value: 8, valueText: "8.0%"),
                LineChart.Point(label: "2026-11-26", value: 3, valueText: "3.0%"),
            ], valueAxisLabel: "%"
        ).svg()
        #expect(svg.hasPrefix(#"<div class="chart-wrap"><svg id="t" class="chart" viewBox="0 0 640 240" "#
            + #"style="min-width:587px" role="img""#))
        // Ticks 0…8 step 2 over 176 px: 8 → y 24 (the top), 3 → y 134; points centred in 280 px slots.
        #expect(svg.contains(#"<polyline points="196,24 476,134""#))
        #expect(svg.components(separatedBy: "<circle").count - 1 == 2)
        #expect(svg.contains(">2026-11-19</text>") && svg.contains(">3.0%</text>"))
    }
}
