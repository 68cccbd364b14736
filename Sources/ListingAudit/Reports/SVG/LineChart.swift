/// A line chart as inline SVG: one series over evenly spaced labelled points (audits), each point a marker with
/// its value printed above it, and a value axis from zero.
public struct LineChart: Sendable {
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

    static let width = 640.0
    static let height = 240.0
    static let left = 56.0
    static let right = 24.0
    static let top = 24.0
    static let bottom = 40.0

    public init(id: String, title: String, summary: String, points: [Point], valueAxisLabel: String) {
        self.id = id
        self.title = title
        self.summary = summary
        self.points = points
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
        let plotWidth = Self.width - Self.left - Self.right
        let plotHeight = Self.height - Self.top - Self.bottom
        let baseline = Self.top + plotHeight
        let ticks = ChartScale.ticks(upTo: points.map(\.value).max() ?? 0, count: 4)
        let scaleMax = ticks.last ?? 1
        let slot = plotWidth / Double(max(1, points.count))
        let coordinates = points.enumerated().map { index, point in
            (Self.left + (Double(index) + 0.5) * slot, baseline - max(0, point.value) / scaleMax * plotHeight)
        }
        builder.svgChart(id: id, width: Self.width, height: Self.height, title: title, description: summary) { svg in
            for tick in ticks {
                let y = baseline - tick / scaleMax * plotHeight
                svg.svgLine(x1: Self.left, y1: y, x2: Self.left + plotWidth, y2: y, cssClass: "grid")
                svg.svgText(ChartScale.tickText(tick), x: Self.left - 6, y: y + 4, anchor: "end", cssClass: "tick")
            }
            svg.svgLine(x1: Self.left, y1: Self.top, x2: Self.left, y2: baseline, cssClass: "axis")
            svg.svgLine(x1: Self.left, y1: baseline, x2: Self.left + plotWidth, y2: baseline, cssClass: "axis")
            let path = coordinates.map { "\(ChartScale.coordinate($0.0)),\(ChartScale.coordinate($0.1))" }
            svg.void(
                "polyline", ["points": path.joined(separator: " "), "class": "cumulative", "fill": "none"],
                selfClosing: true)
            for (point, place) in zip(points, coordinates) {
                svg.element(
                    "circle",
                    ["cx": ChartScale.coordinate(place.0), "cy": ChartScale.coordinate(place.1), "r": "4",
                     "class": "marker"]
                ) { circle in
                    circle.element("title", text: "\(point.label): \(point.valueText)")
                }
                svg.svgText(point.valueText, x: place.0, y: place.1 - 9, anchor: "middle", cssClass: "value")
                svg.svgText(point.label, x: place.0, y: baseline + 16, anchor: "middle", cssClass: "tick")
            }
            svg.svgText(valueAxisLabel, x: 14, y: Self.top + plotHeight / 2, anchor: "middle", cssClass: "axis-title",
                transform: "rotate(-90 14 \(ChartScale.coordinate(Self.top + plotHeight / 2)))")
        }
    }
}
