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
public struct HorizontalBarChart: Sendable {
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

    /// The chart's markup.
    public func svg() -> String {
        var builder = HTMLBuilder()
        render(into: &builder)
        return builder.html
    }

    /// Writes the chart into `builder`.
    public func render(into builder: inout HTMLBuilder) {
        let plotLeft = Self.labelWidth
        let plotWidth = Self.width - Self.labelWidth - Self.valueWidth
        let plotHeight = Double(max(1, bars.count)) * Self.rowHeight
        let height = Self.top + plotHeight + Self.axisHeight
        let ticks = ChartScale.ticks(upTo: bars.map(\.value).max() ?? 0)
        let scaleMax = ticks.last ?? 1
        builder.svgChart(id: id, width: Self.width, height: height, title: title, description: summary) { svg in
            for tick in ticks {
                let x = plotLeft + tick / scaleMax * plotWidth
                svg.svgLine(x1: x, y1: Self.top, x2: x, y2: Self.top + plotHeight, cssClass: "grid")
                svg.svgText(
                    ChartScale.tickText(tick), x: x, y: Self.top + plotHeight + 16, anchor: "middle", cssClass: "tick")
            }
            for (index, bar) in bars.enumerated() {
                let y = Self.top + Double(index) * Self.rowHeight
                let length = scaleMax > 0 ? max(0, bar.value) / scaleMax * plotWidth : 0
                svg.element("g", ["class": "bar"]) { group in
                    group.svgText(
                        ChartScale.shorten(bar.label, width: 28), x: plotLeft - 8, y: y + Self.rowHeight * 0.65,
                        anchor: "end")
                    group.svgRect(
                        x: plotLeft, y: y + 4, width: length, height: Self.rowHeight - 8,
                        fill: ChartPalette.color(bar.colorIndex), tooltip: "\(bar.label): \(bar.valueText)")
                    group.svgText(
                        bar.valueText, x: plotLeft + length + 6, y: y + Self.rowHeight * 0.65, cssClass: "value")
                }
            }
            svg.svgLine(x1: plotLeft, y1: Self.top, x2: plotLeft, y2: Self.top + plotHeight, cssClass: "axis")
            svg.svgText(
                valueAxisLabel, x: plotLeft + plotWidth / 2, y: height - 6, anchor: "middle", cssClass: "axis-title")
        }
    }
}
