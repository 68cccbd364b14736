/// The Okabe–Ito palette: eight colours that stay distinguishable with the common forms of colour blindness.
/// Charts also differ by shape (bars vs line with markers), never by colour alone.
public enum ChartPalette {
    public static let blue = "#0072B2"
    public static let orange = "#E69F00"
    public static let green = "#009E73"
    public static let vermillion = "#D55E00"
    public static let purple = "#CC79A7"
    public static let sky = "#56B4E9"
    public static let yellow = "#F0E442"
    public static let black = "#000000"
    /// Axis, grid and label greys (contrast ≥ 4.5:1 on white for text).
    public static let axis = "#595959"
    public static let grid = "#DDDDDD"

    /// Colours in the order series and categories use them (yellow last: it is weak on white).
    public static let ordered = [blue, orange, green, vermillion, purple, sky, black, yellow]

    /// The colour for the `index`-th series or category, cycling.
    public static func color(_ index: Int) -> String {
        ordered[((index % ordered.count) + ordered.count) % ordered.count]
    }
}
