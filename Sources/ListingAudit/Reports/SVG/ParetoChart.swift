/// A Pareto chart as inline SVG: bars of a count per item, largest first, and a line with markers for the
/// cumulative share of the total on a 0–100 % right axis, with a dashed 80 % reference.
public struct ParetoChart: Sendable {
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

    static let width = 640.0
    static let height = 340.0
    static let left = 52.0
    static let right = 52.0
    static let top = 34.0
    static let bottom = 96.0

    /// `items` are sorted by value (largest first, then label); beyond `maxBars` the rest become one bar labelled
    /// `othersLabel` so the cumulative line still ends at 100 %.
    public init(
        id: String, title: String, summary: String, items: [Item], maxBars: Int = 20, othersLabel: String,
        countAxisLabel: String, shareAxisLabel: String, barLegend: String, lineLegend: String
    ) {
        let sorted = items.filter { $0.value > 0 }.sorted {
            $0.value != $1.value ? $0.value > $1.value : $0.label < $1.label
        }
        var kept = Array(sorted.prefix(max(1, maxBars)))
        if sorted.count > kept.count {
            kept.append(Item(label: othersLabel, value: sorted.dropFirst(kept.count).reduce(0) { $0 + $1.value }))
        }
        self.id = id
        self.title = title
        self.summary = summary
        self.items = kept
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

    /// The chart's markup.
    public func svg() -> String {
        var builder = HTMLBuilder()
        render(into: &builder)
        return builder.html
    }

    /// Writes the chart into `builder`.
    public func render(into builder: inout HTMLBuilder) {
        let plotWidth = Self.width - Self.left - Self.right
        let plotHeight = Self.height - Self.top - Self.bottom
        let baseline = Self.top + plotHeight
        let ticks = ChartScale.ticks(upTo: items.map(\.value).max() ?? 0)
        let scaleMax = ticks.last ?? 1
        let slot = plotWidth / Double(max(1, items.count))
        let shares = cumulativeShares
        builder.svgChart(id: id, width: Self.width, height: Self.height, title: title, description: summary) { svg in
            for tick in ticks {
                let y = baseline - tick / scaleMax * plotHeight
                svg.svgLine(x1: Self.left, y1: y, x2: Self.left + plotWidth, y2: y, cssClass: "grid")
                svg.svgText(ChartScale.tickText(tick), x: Self.left - 6, y: y + 4, anchor: "end", cssClass: "tick")
            }
            for percent in stride(from: 0, through: 100, by: 25) {
                let y = baseline - Double(percent) / 100 * plotHeight
                svg.svgText("\(percent)%", x: Self.left + plotWidth + 6, y: y + 4, cssClass: "tick")
            }
            let reference = baseline - 0.8 * plotHeight
            svg.svgLine(x1: Self.left, y1: reference, x2: Self.left + plotWidth, y2: reference, cssClass: "reference")
            for (index, item) in items.enumerated() {
                let height = item.value / scaleMax * plotHeight
                let x = Self.left + Double(index) * slot
                let center = x + slot / 2
                svg.element("g", ["class": "bar"]) { group in
                    group.svgRect(
                        x: x + slot * 0.15, y: baseline - height, width: slot * 0.7, height: height,
                        fill: ChartPalette.blue,
                        tooltip: "\(item.label): \(ChartScale.tickText(item.value)) · "
                            + NumberText.percent(shares[index], digits: 0))
                    group.svgText(
                        ChartScale.tickText(item.value), x: center, y: baseline - height - 4, anchor: "middle",
                        cssClass: "value")
                    group.svgText(
                        ChartScale.shorten(item.label, width: 14), x: center, y: baseline + 12, anchor: "end",
                        transform: "rotate(-45 \(ChartScale.coordinate(center)) "
                            + "\(ChartScale.coordinate(baseline + 12)))")
                }
            }
            let points = shares.enumerated().map { index, share in
                (Self.left + (Double(index) + 0.5) * slot, baseline - share * plotHeight)
            }
            let path = points.map { "\(ChartScale.coordinate($0.0)),\(ChartScale.coordinate($0.1))" }
            svg.void(
                "polyline", ["points": path.joined(separator: " "), "class": "cumulative", "fill": "none"],
                selfClosing: true)
            for (point, share) in zip(points, shares) {
                svg.element(
                    "circle",
                    ["cx": ChartScale.coordinate(point.0), "cy": ChartScale.coordinate(point.1), "r": "3.5",
                     "class": "marker"]
                ) { circle in
                    circle.element("title", text: "\(lineLegend): \(NumberText.percent(share, digits: 0))")
                }
            }
            svg.svgLine(x1: Self.left, y1: Self.top, x2: Self.left, y2: baseline, cssClass: "axis")
            svg.svgLine(x1: Self.left, y1: baseline, x2: Self.left + plotWidth, y2: baseline, cssClass: "axis")
            svg.svgText(countAxisLabel, x: 14, y: Self.top + plotHeight / 2, anchor: "middle", cssClass: "axis-title",
                transform: "rotate(-90 14 \(ChartScale.coordinate(Self.top + plotHeight / 2)))")
            svg.svgText(shareAxisLabel, x: Self.width - 8, y: Self.top + plotHeight / 2, anchor: "middle",
                cssClass: "axis-title",
                transform: "rotate(90 \(ChartScale.coordinate(Self.width - 8)) "
                    + "\(ChartScale.coordinate(Self.top + plotHeight / 2)))")
            renderLegend(into: &svg)
        }
    }

    private func renderLegend(into svg: inout HTMLBuilder) {
        svg.element("g", ["class": "legend"]) { legend in
            legend.svgRect(x: Self.left, y: 8, width: 14, height: 12, fill: ChartPalette.blue, tooltip: barLegend)
            legend.svgText(barLegend, x: Self.left + 20, y: 18)
            let lineX = Self.left + 220
            legend.svgLine(x1: lineX, y1: 14, x2: lineX + 22, y2: 14, cssClass: "cumulative")
            legend.void("circle", ["cx": ChartScale.coordinate(lineX + 11), "cy": "14", "r": "3.5", "class": "marker"],
                selfClosing: true)
            legend.svgText(lineLegend, x: lineX + 28, y: 18)
        }
    }
}
