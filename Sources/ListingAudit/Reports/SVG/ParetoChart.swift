/// A Pareto chart as inline SVG: bars of a count per item, largest first, and a line with markers for the
/// cumulative share of the total on a 0–100 % right axis, with a dashed 80 % reference.
public struct ParetoChart: SVGChart {
    /// One item and its count (e.g. a listing and its linked refunds).
    public struct Item: Sendable, Equatable {
        public var label: String
        public var value: Double

        public init(label: String, value: Double) {
            self.label = label
            self.value = value
        }
    }

    public var id: String
    public var title: String
    public var summary: String
    /// The bars after sorting and folding the tail into one "others" bar.
    public private(set) var items: [Item]
    public var countAxisLabel: String
    public var shareAxisLabel: String
    public var barLegend: String
    public var lineLegend: String

    static let plotArea = ChartPlotArea(chartWidth: 640, chartHeight: 340, left: 52, right: 52, top: 34, bottom: 96)

    /// `items` are sorted by value (largest first, then label); beyond `maxBars` the rest become one bar labelled
    /// `othersLabel` so the cumulative line still ends at 100 %. Only the bars drawn are sorted with their labels: the
    /// rest are summed from the values alone, largest first, as they come in that order.
    public init(
        id: String, title: String, summary: String, items: [Item], maxBars: Int = 20, othersLabel: String,
        countAxisLabel: String, shareAxisLabel: String, barLegend: String, lineLegend: String
    ) {
        let bars = max(1, maxBars)
        let positive = items.filter { $0.value > 0 }
        let values = positive.map(\.value).sorted(by: >)
        // The bars drawn are the items from the `bars`-th largest value up, ordered by value and label.
        let shown = values.count > bars ? positive.filter { $0.value >= values[bars - 1] } : positive
        var kept = Array(
            shown.sorted { $0.value != $1.value ? $0.value > $1.value : $0.label < $1.label }.prefix(bars))
        if values.count > kept.count {
            kept.append(Item(label: othersLabel, value: values.dropFirst(kept.count).reduce(0) { $0 + $1 }))
        }
        self.init(
            id: id, title: title, summary: summary, bars: kept, countAxisLabel: countAxisLabel,
            shareAxisLabel: shareAxisLabel, barLegend: barLegend, lineLegend: lineLegend)
    }

    /// The chart `init(…items:…)` makes of items whose values are whole counts, given without labels for the items
    /// that cannot be drawn: `candidates`, every item whose count is at least the `maxBars`-th largest (all items
    /// with a count when there are no more than `maxBars`), and of the other items with a count, how many there are
    /// and their sum. Sums of whole numbers (below 2^53) are exact in any order, so the folded tail is the same.
    init(
        id: String, title: String, summary: String, candidates: [Item], restCount: Int, restSum: Double,
        maxBars: Int = 20, othersLabel: String, countAxisLabel: String, shareAxisLabel: String, barLegend: String,
        lineLegend: String
    ) {
        let sorted = candidates.sorted { $0.value != $1.value ? $0.value > $1.value : $0.label < $1.label }
        var kept = Array(sorted.prefix(max(1, maxBars)))
        if candidates.count + restCount > kept.count {
            let folded = sorted.dropFirst(kept.count).reduce(0) { $0 + $1.value }
            kept.append(Item(label: othersLabel, value: folded + restSum))
        }
        self.init(
            id: id, title: title, summary: summary, bars: kept, countAxisLabel: countAxisLabel,
            shareAxisLabel: shareAxisLabel, barLegend: barLegend, lineLegend: lineLegend)
    }

    /// The chart of `bars`, sorted and folded.
    private init(
        id: String, title: String, summary: String, bars: [Item], countAxisLabel: String, shareAxisLabel: String,
        barLegend: String, lineLegend: String
    ) {
        self.id = id
        self.title = title
        self.summary = summary
        self.items = bars
        self.countAxisLabel = countAxisLabel
        self.shareAxisLabel = shareAxisLabel
        self.barLegend = barLegend
        self.lineLegend = lineLegend
    }

    /// The cumulative share of the total after each bar, from 0 to 1.
    public var cumulativeShares: [Double] {
        let total = items.reduce(0) { $0 + $1.value }
        guard total > 0 else { return items.map { _ in 0 } }
        var running = 0.0
        return items.map {
            running += $0.value
            return running / total
        }
    }

    /// Writes the chart into `builder`.
    public func render(into builder: inout HTMLBuilder) {
        let plot = Self.plotArea.scaled(upTo: items.map(\.value).max() ?? 0)
        let slot = plot.width / Double(max(1, items.count))
        let shares = cumulativeShares
        builder.svgChart(
            id: id, width: plot.chartWidth, height: plot.chartHeight, title: title, description: summary
        ) { svg in
            plot.renderHorizontalGridlines(into: &svg)
            for percent in stride(from: 0, through: 100, by: 25) {
                let y = plot.y(forShare: Double(percent) / 100)
                svg.svgText("\(percent)%", x: plot.right + 6, y: y + 4, cssClass: "tick")
            }
            let reference = plot.y(forShare: 0.8)
            svg.svgLine(x1: plot.left, y1: reference, x2: plot.right, y2: reference, cssClass: "reference")
            renderBars(plot: plot, slot: slot, shares: shares, into: &svg)
            let points = shares.indices.map { index in
                (x: plot.left + (Double(index) + 0.5) * slot, y: plot.y(forShare: shares[index]))
            }
            svg.svgPolyline(through: points)
            for (point, share) in zip(points, shares) {
                svg.svgMarker(
                    x: point.x, y: point.y, radius: 3.5,
                    tooltip: "\(lineLegend): \(NumberText.percent(share, digits: 0))")
            }
            plot.renderLeftAxis(into: &svg)
            plot.renderBottomAxis(into: &svg)
            plot.renderVerticalAxisTitle(countAxisLabel, x: 14, degrees: -90, into: &svg)
            plot.renderVerticalAxisTitle(shareAxisLabel, x: plot.chartWidth - 8, degrees: 90, into: &svg)
            renderLegend(plot: plot, into: &svg)
        }
    }

    private func renderBars(plot: ChartPlotArea, slot: Double, shares: [Double], into svg: inout HTMLBuilder) {
        for (index, item) in items.enumerated() {
            let height = item.value / plot.scaleMax * plot.height
            let x = plot.left + Double(index) * slot
            let center = x + slot / 2
            svg.element("g", ["class": "bar"]) { group in
                group.svgRect(
                    x: x + slot * 0.15, y: plot.baseline - height, width: slot * 0.7, height: height,
                    fill: ChartPalette.blue,
                    tooltip: "\(item.label): \(ChartScale.tickText(item.value)) · "
                        + NumberText.percent(shares[index], digits: 0))
                group.svgText(
                    ChartScale.tickText(item.value), x: center, y: plot.baseline - height - 4, anchor: "middle",
                    cssClass: "value")
                group.svgText(
                    ChartScale.shorten(item.label, width: 14), x: center, y: plot.baseline + 12, anchor: "end",
                    transform: "rotate(-45 \(ChartScale.coordinate(center)) "
                        + "\(ChartScale.coordinate(plot.baseline + 12)))")
            }
        }
    }

    private func renderLegend(plot: ChartPlotArea, into svg: inout HTMLBuilder) {
        svg.element("g", ["class": "legend"]) { legend in
            legend.svgRect(x: plot.left, y: 8, width: 14, height: 12, fill: ChartPalette.blue, tooltip: barLegend)
            legend.svgText(barLegend, x: plot.left + 20, y: 18)
            let lineX = plot.left + 220
            legend.svgLine(x1: lineX, y1: 14, x2: lineX + 22, y2: 14, cssClass: "cumulative")
            legend.svgMarker(x: lineX + 11, y: 14, radius: 3.5, tooltip: nil)
            legend.svgText(lineLegend, x: lineX + 28, y: 18)
        }
    }
}
