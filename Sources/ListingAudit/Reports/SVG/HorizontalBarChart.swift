/// One bar: a label, its value, and the value as the chart prints it.
public struct ChartBar: Sendable, Equatable {
    public var label: String
    public var value: Double
    public var valueText: String
    /// Palette index for the bar's colour.
    public var colorIndex: Int

    public init(label: String, value: Double, valueText: String, colorIndex: Int = 0) {
        self.label = label
        self.value = value
        self.valueText = valueText
        self.colorIndex = colorIndex
    }
}

/// A horizontal bar chart as inline SVG: one labelled row per bar, value printed at the bar's end, a value axis
/// with gridlines and an axis title.
public struct HorizontalBarChart: SVGChart {
    public var id: String
    /// The accessible name (`<title>`).
    public var title: String
    /// The accessible description (`<desc>`): what the chart shows, in words.
    public var summary: String
    public var bars: [ChartBar]
    public var valueAxisLabel: String

    static let width = 640.0
    static let labelWidth = 210.0
    static let valueWidth = 90.0
    static let rowHeight = 26.0
    static let top = 10.0
    static let axisHeight = 44.0

    public init(id: String, title: String, summary: String, bars: [ChartBar], valueAxisLabel: String) {
        self.id = id
        self.title = title
        self.summary = summary
        self.bars = bars
        self.valueAxisLabel = valueAxisLabel
    }

    /// Writes the chart into `builder`.
    public func render(into builder: inout HTMLBuilder) {
        let plotHeight = Double(max(1, bars.count)) * Self.rowHeight
        let plot = ChartPlotArea(
            chartWidth: Self.width, chartHeight: Self.top + plotHeight + Self.axisHeight, left: Self.labelWidth,
            top: Self.top, width: Self.width - Self.labelWidth - Self.valueWidth, height: plotHeight
        ).scaled(upTo: bars.map(\.value).max() ?? 0)
        builder.svgChart(
            id: id, width: plot.chartWidth, height: plot.chartHeight, title: title, description: summary
        ) { svg in
            plot.renderVerticalGridlines(into: &svg)
            for (index, bar) in bars.enumerated() {
                let y = Self.top + Double(index) * Self.rowHeight
                let length = plot.length(for: bar.value)
                svg.element("g", ["class": "bar"]) { group in
                    group.svgText(
                        ChartScale.shorten(bar.label, width: 28), x: plot.left - 8, y: y + Self.rowHeight * 0.65,
                        anchor: "end")
                    group.svgRect(
                        x: plot.left, y: y + 4, width: length, height: Self.rowHeight - 8,
                        fill: ChartPalette.color(bar.colorIndex), tooltip: "\(bar.label): \(bar.valueText)")
                    group.svgText(
                        bar.valueText, x: plot.left + length + 6, y: y + Self.rowHeight * 0.65, cssClass: "value")
                }
            }
            plot.renderLeftAxis(into: &svg)
            plot.renderBottomAxisTitle(valueAxisLabel, into: &svg)
        }
    }
}
