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
/// as given, and it is reserved for the program's own constants (style sheets, numbers). The markup is kept as
/// UTF-8 bytes, each piece appended as its bytes (a report page is some 50,000 pieces: appended to a `String`, each
/// cost some 330 instructions), and made a `String` once, when it is read.
public struct HTMLBuilder: Sendable {
    private var bytes: [UInt8] = []

    /// The markup so far.
    public var html: String { String(decoding: bytes, as: UTF8.self) }

    /// The markup so far as UTF-8 (what `html` decodes), for writing to a file without making a `String` of it.
    var utf8: [UInt8] { bytes }

    public init() {}

    /// Appends escaped text.
    public mutating func text(_ value: String) {
        HTMLEscape.append(value, to: &bytes)
    }

    /// Appends markup the program wrote itself. Never pass user data here.
    public mutating func raw(_ markup: String) {
        bytes.append(contentsOf: markup.utf8)
    }

    /// `<tag attributes>` without a closing tag (`meta`, `br`, `line`, …; SVG ones self-close).
    public mutating func void(_ tag: String, _ attributes: HTMLAttributes = [:], selfClosing: Bool = false) {
        open(tag, attributes, selfClosing: selfClosing)
    }

    /// `<tag attributes>escaped text</tag>`.
    public mutating func element(_ tag: String, _ attributes: HTMLAttributes = [:], text value: String) {
        open(tag, attributes)
        text(value)
        close(tag)
    }

    /// `<tag attributes>…</tag>` with the content written by `content`.
    public mutating func element(
        _ tag: String, _ attributes: HTMLAttributes = [:], _ content: (inout HTMLBuilder) -> Void
    ) {
        open(tag, attributes)
        content(&self)
        close(tag)
    }

    /// Appends another builder's markup.
    public mutating func append(_ other: HTMLBuilder) {
        bytes.append(contentsOf: other.bytes)
    }

    private mutating func open(_ tag: String, _ attributes: HTMLAttributes, selfClosing: Bool = false) {
        bytes.append(UInt8(ascii: "<"))
        bytes.append(contentsOf: tag.utf8)
        for pair in attributes.pairs {
            bytes.append(UInt8(ascii: " "))
            bytes.append(contentsOf: pair.name.utf8)
            bytes.append(contentsOf: "=\"".utf8)
            HTMLEscape.append(pair.value, to: &bytes)
            bytes.append(UInt8(ascii: "\""))
        }
        if selfClosing { bytes.append(UInt8(ascii: "/")) }
        bytes.append(UInt8(ascii: ">"))
    }

    private mutating func close(_ tag: String) {
        bytes.append(contentsOf: "</".utf8)
        bytes.append(contentsOf: tag.utf8)
        bytes.append(UInt8(ascii: ">"))
    }
}
