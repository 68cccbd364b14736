extension HTMLBuilder {
    /// An inline `<svg>` (HTML5 needs no namespace) that scales to its container, announced as one image:
    /// `role="img"`, a `<title>` and a `<desc>` referenced by `aria-labelledby`. `id` must be unique in the page.
    /// It never shrinks below the width at which its 12 px labels would be drawn under 11 px: on a narrower screen
    /// its box scrolls sideways instead.
    mutating func svgChart(
        id: String, width: Double, height: Double, title: String, description: String,
        _ content: (inout HTMLBuilder) -> Void
    ) {
        let w = ChartScale.coordinate(width)
        let h = ChartScale.coordinate(height)
        let minimum = ChartScale.coordinate((width * Self.smallestLabel / Self.labelSize).rounded(.up))
        element("div", ["class": "chart-wrap"]) { wrap in
            wrap.element(
                "svg",
                [
                    "id": id, "class": "chart", "viewBox": "0 0 \(w) \(h)", "style": "min-width:\(minimum)px",
                    "role": "img", "aria-labelledby": "\(id)-title \(id)-desc",
                    "preserveAspectRatio": "xMinYMin meet",
                ]
            ) { svg in
                svg.element("title", ["id": "\(id)-title"], text: title)
                svg.element("desc", ["id": "\(id)-desc"], text: description)
                content(&svg)
            }
        }
    }

    /// The charts' label size in their own units (`ReportStyle`), and the smallest it may be drawn at, in px.
    static let labelSize = 12.0
    static let smallestLabel = 11.0

    /// An SVG `<text>` at (`x`, `y`).
    mutating func svgText(
        _ value: String, x: Double, y: Double, anchor: String = "start", cssClass: String = "label",
        transform: String? = nil
    ) {
        var attributes: HTMLAttributes = [
            "x": ChartScale.coordinate(x), "y": ChartScale.coordinate(y), "text-anchor": anchor, "class": cssClass,
        ]
        if let transform { attributes.append("transform", transform) }
        element("text", attributes, text: value)
    }

    /// An SVG `<line>`.
    mutating func svgLine(x1: Double, y1: Double, x2: Double, y2: Double, cssClass: String) {
        void(
            "line",
            [
                "x1": ChartScale.coordinate(x1), "y1": ChartScale.coordinate(y1), "x2": ChartScale.coordinate(x2),
                "y2": ChartScale.coordinate(y2), "class": cssClass,
            ], selfClosing: true)
    }

    /// An SVG `<rect>` filled with `fill`, with a tooltip `<title>`.
    mutating func svgRect(x: Double, y: Double, width: Double, height: Double, fill: String, tooltip: String) {
        element(
            "rect",
            [
                "x": ChartScale.coordinate(x), "y": ChartScale.coordinate(y),
                "width": ChartScale.coordinate(max(0, width)), "height": ChartScale.coordinate(max(0, height)),
                "fill": fill,
            ]
        ) { rect in
            rect.element("title", text: tooltip)
        }
    }

    /// An SVG `<polyline>` through `points`, unfilled, in the style of the cumulative line.
    mutating func svgPolyline(through points: [(x: Double, y: Double)]) {
        let path = points.map { "\(ChartScale.coordinate($0.x)),\(ChartScale.coordinate($0.y))" }
        void(
            "polyline", ["points": path.joined(separator: " "), "class": "cumulative", "fill": "none"],
            selfClosing: true)
    }

    /// An SVG `<circle>` marker at (`x`, `y`), with a tooltip `<title>` when `tooltip` is given.
    mutating func svgMarker(x: Double, y: Double, radius: Double, tooltip: String?) {
        let attributes: HTMLAttributes = [
            "cx": ChartScale.coordinate(x), "cy": ChartScale.coordinate(y), "r": ChartScale.coordinate(radius),
            "class": "marker",
        ]
        guard let tooltip else {
            void("circle", attributes, selfClosing: true)
            return
        }
        element("circle", attributes) { circle in
            circle.element("title", text: tooltip)
        }
    }
}
