/// A chart that writes itself as inline SVG into an `HTMLBuilder`.
public protocol SVGChart: Sendable {
    /// Writes the chart into `builder`.
    func render(into builder: inout HTMLBuilder)
}

extension SVGChart {
    /// The chart's markup.
    public func svg() -> String {
        var builder = HTMLBuilder()
        render(into: &builder)
        return builder.html
    }
}
