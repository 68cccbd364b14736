/// The rectangle a chart plots into, inside a chart of fixed size, with its value scale from zero, and the pieces
/// the charts draw around it: gridlines with tick labels, axis lines and axis titles.
struct ChartPlotArea: Sendable {
    /// The whole chart's size (the `<svg>` view box).
    let chartWidth: Double
    let chartHeight: Double
    /// The plot rectangle inside the chart.
    let left: Double
    let top: Double
    let width: Double
    let height: Double
    /// Value ticks from zero; the last one is the top of the scale. Set by `scaled(upTo:tickCount:)`.
    private(set) var ticks: [Double] = [0, 1]

    /// A plot rectangle given by its position and size.
    init(chartWidth: Double, chartHeight: Double, left: Double, top: Double, width: Double, height: Double) {
        self.chartWidth = chartWidth
        self.chartHeight = chartHeight
        self.left = left
        self.top = top
        self.width = width
        self.height = height
    }

    /// A plot rectangle given by the margins around it.
    init(chartWidth: Double, chartHeight: Double, left: Double, right: Double, top: Double, bottom: Double) {
        self.init(
            chartWidth: chartWidth, chartHeight: chartHeight, left: left, top: top,
            width: chartWidth - left - right, height: chartHeight - top - bottom)
    }

    /// This plot area with a scale from zero to at least `maximum`, on about `tickCount` ticks.
    func scaled(upTo maximum: Double, tickCount: Int = 5) -> ChartPlotArea {
        var scaled = self
        scaled.ticks = ChartScale.ticks(upTo: maximum, count: tickCount)
        return scaled
    }

    /// The top of the value scale.
    var scaleMax: Double { ticks.last ?? 1 }
    var right: Double { left + width }
    var baseline: Double { top + height }
    var middleY: Double { top + height / 2 }

    /// Where `value` stands on a vertical value axis.
    func y(for value: Double) -> Double {
        baseline - value / scaleMax * height
    }

    /// Where `share` (0 to 1 of the plot's height) stands, measured up from the baseline.
    func y(forShare share: Double) -> Double {
        baseline - share * height
    }

    /// How far `value` reaches along a horizontal value axis (negative values reach nowhere).
    func length(for value: Double) -> Double {
        scaleMax > 0 ? max(0, value) / scaleMax * width : 0
    }

    /// Horizontal gridlines at the ticks, tick labels left of the plot.
    func renderHorizontalGridlines(into svg: inout HTMLBuilder) {
        for tick in ticks {
            let y = y(for: tick)
            svg.svgLine(x1: left, y1: y, x2: right, y2: y, cssClass: "grid")
            svg.svgText(ChartScale.tickText(tick), x: left - 6, y: y + 4, anchor: "end", cssClass: "tick")
        }
    }

    /// Vertical gridlines at the ticks, tick labels below the plot.
    func renderVerticalGridlines(into svg: inout HTMLBuilder) {
        for tick in ticks {
            let x = left + tick / scaleMax * width
            svg.svgLine(x1: x, y1: top, x2: x, y2: baseline, cssClass: "grid")
            svg.svgText(ChartScale.tickText(tick), x: x, y: baseline + 16, anchor: "middle", cssClass: "tick")
        }
    }

    /// The axis line along the plot's left edge.
    func renderLeftAxis(into svg: inout HTMLBuilder) {
        svg.svgLine(x1: left, y1: top, x2: left, y2: baseline, cssClass: "axis")
    }

    /// The axis line along the plot's baseline.
    func renderBottomAxis(into svg: inout HTMLBuilder) {
        svg.svgLine(x1: left, y1: baseline, x2: right, y2: baseline, cssClass: "axis")
    }

    /// An axis title centred below the plot, near the chart's bottom edge.
    func renderBottomAxisTitle(_ text: String, into svg: inout HTMLBuilder) {
        svg.svgText(text, x: left + width / 2, y: chartHeight - 6, anchor: "middle", cssClass: "axis-title")
    }

    /// An axis title at `x`, turned by `degrees` (-90 reads upwards, 90 downwards), centred on the plot's height.
    func renderVerticalAxisTitle(_ text: String, x: Double, degrees: Int, into svg: inout HTMLBuilder) {
        svg.svgText(
            text, x: x, y: middleY, anchor: "middle", cssClass: "axis-title",
            transform: "rotate(\(degrees) \(ChartScale.coordinate(x)) \(ChartScale.coordinate(middleY)))")
    }
}
