/// A line chart as inline SVG: one series over evenly spaced labelled points (audits), each point a marker with
/// its value printed above it, and a value axis from zero.
public struct LineChart: SVGChart {
    /// One point: its x label, value, and the value as printed.
    public struct Point: Sendable, Equatable {
        public var label: String
        public var value: Double
        public var valueText: String

        public init(label: String, value: Double, valueText: String) {
            self.label = label
            self.value = value
            self.valueText = valueText
        }
    }

    public var id: String
    public var title: String
    public var summary: String
    public var points: [Point]
    public var valueAxisLabel: String

    static let plotArea = ChartPlotArea(chartWidth: 640, chartHeight: 240, left: 56, right: 24, top: 24, bottom: 40)

    public init(id: String, title: String, summary: String, points: [Point], valueAxisLabel: String) {
        self.id = id
        self.title = title
        self.summary = summary
        self.points = points
        self.valueAxisLabel = valueAxisLabel
    }

    /// Writes the chart into `builder`.
    public func render(into builder: inout HTMLBuilder) {
        let plot = Self.plotArea.scaled(upTo: points.map(\.value).max() ?? 0, tickCount: 4)
        let slot = plot.width / Double(max(1, points.count))
        let places = points.enumerated().map { index, point in
            (x: plot.left + (Double(index) + 0.5) * slot, y: plot.y(for: max(0, point.value)))
        }
        builder.svgChart(
            id: id, width: plot.chartWidth, height: plot.chartHeight, title: title, description: summary
        ) { svg in
            plot.renderHorizontalGridlines(into: &svg)
            plot.renderLeftAxis(into: &svg)
            plot.renderBottomAxis(into: &svg)
            svg.svgPolyline(through: places)
            for (point, place) in zip(points, places) {
                svg.svgMarker(x: place.x, y: place.y, radius: 4, tooltip: "\(point.label): \(point.valueText)")
                svg.svgText(point.valueText, x: place.x, y: place.y - 9, anchor: "middle", cssClass: "value")
                svg.svgText(point.label, x: place.x, y: plot.baseline + 16, anchor: "middle", cssClass: "tick")
            }
            plot.renderVerticalAxisTitle(valueAxisLabel, x: 14, degrees: -90, into: &svg)
        }
    }
}
