/// Ordered attributes of one element. Names are written by the program; values are always escaped.
public struct HTMLAttributes: ExpressibleByDictionaryLiteral, Sendable {
    public private(set) var pairs: [(name: String, value: String)]

    public init(dictionaryLiteral elements: (String, String)...) {
        pairs = elements.map { (name: $0.0, value: $0.1) }
    }

    /// Adds `name="value"`.
    public mutating func append(_ name: String, _ value: String) {
        pairs.append((name: name, value: value))
    }
}

/// Builds HTML (and inline SVG) text. Text and attribute values go through `HTMLEscape`; only `raw` writes markup
/// as given, and it is reserved for the program's own constants (style sheets, numbers).
public struct HTMLBuilder: Sendable {
    /// The markup so far.
    public private(set) var html = ""

    public init() {}

    /// Appends escaped text.
    public mutating func text(_ value: String) {
        html += HTMLEscape.escape(value)
    }

    /// Appends markup the program wrote itself. Never pass user data here.
    public mutating func raw(_ markup: String) {
        html += markup
    }

    /// `<tag attributes>` without a closing tag (`meta`, `br`, `line`, …; SVG ones self-close).
    public mutating func void(_ tag: String, _ attributes: HTMLAttributes = [:], selfClosing: Bool = false) {
        open(tag, attributes, selfClosing: selfClosing)
    }

    /// `<tag attributes>escaped text</tag>`.
    public mutating func element(_ tag: String, _ attributes: HTMLAttributes = [:], text value: String) {
        open(tag, attributes)
        text(value)
        html += "</\(tag)>"
    }

    /// `<tag attributes>…</tag>` with the content written by `content`.
    public mutating func element(
        _ tag: String, _ attributes: HTMLAttributes = [:], _ content: (inout HTMLBuilder) -> Void
    ) {
        open(tag, attributes)
        content(&self)
        html += "</\(tag)>"
    }

    /// Appends another builder's markup.
    public mutating func append(_ other: HTMLBuilder) {
        html += other.html
    }

    private mutating func open(_ tag: String, _ attributes: HTMLAttributes, selfClosing: Bool = false) {
        html += "<" + tag
        for pair in attributes.pairs {
            html += " \(pair.name)=\"\(HTMLEscape.escape(pair.value))\""
        }
        html += selfClosing ? "/>" : ">"
    }
}
