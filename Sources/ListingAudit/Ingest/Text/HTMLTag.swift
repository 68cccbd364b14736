extension HTMLText {
    /// One parsed tag: its lower-cased name and whether it closes or self-closes.
    struct Tag {
        var name: String
        var closing: Bool
        var selfClosing: Bool

        /// Tags after which a new line starts (1) or a new paragraph (2).
        var breaks: Int {
            switch name {
            case "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "blockquote", "dl", "pre", "section",
                "article", "figure":
                2
            case "br", "div", "li", "tr", "dt", "dd", "hr", "header", "footer", "tbody", "thead", "tfoot", "caption",
                "figcaption", "address":
                1
            default: 0
            }
        }

        /// Whether it opens or closes a table cell.
        var isCell: Bool { name == "td" || name == "th" }

        /// Parses the markup at `start` (a `<`). Comments, doctypes and processing instructions parse with a `nil`
        /// tag. Returns `nil` when the `<` does not start markup (it is then text).
        static func parse(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (tag: Tag?, end: Int)? {
            var index = start + 1
            guard index < bytes.count else { return nil }
            if bytes[index] == UInt8(ascii: "!") {
                if index + 2 < bytes.count, bytes[index + 1] == UInt8(ascii: "-"), bytes[index + 2] == UInt8(ascii: "-")
                {
                    return (nil, endOfComment(bytes, from: index + 3))
                }
                return endOfTag(bytes, from: index).map { (nil, $0) }
            }
            if bytes[index] == UInt8(ascii: "?") { return endOfTag(bytes, from: index).map { (nil, $0) } }
            var closing = false
            if bytes[index] == UInt8(ascii: "/") {
                closing = true
                index += 1
            }
            guard index < bytes.count, isLetter(bytes[index]) else { return nil }
            var name = ""
            while index < bytes.count, HTMLText.isAlphanumeric(bytes[index]) {
                name.unicodeScalars.append(Unicode.Scalar(HTMLText.lower(bytes[index])))
                index += 1
            }
            guard let end = endOfTag(bytes, from: index) else { return nil }
            let selfClosing = end >= 2 && bytes[end - 2] == UInt8(ascii: "/")
            return (Tag(name: name, closing: closing, selfClosing: selfClosing), end)
        }

        private static func isLetter(_ byte: UInt8) -> Bool {
            (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
        }

        /// The index just past the `>` that ends a tag, skipping quoted attribute values; `nil` when the tag never
        /// ends, or a new `<` starts before it does (broken markup: the `<` is then text).
        private static func endOfTag(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
            var index = start
            var quote: UInt8?
            while index < bytes.count {
                let byte = bytes[index]
                if let open = quote {
                    if byte == open { quote = nil }
                } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                    quote = byte
                } else if byte == UInt8(ascii: ">") {
                    return index + 1
                } else if byte == UInt8(ascii: "<") {
                    return nil
                }
                index += 1
            }
            return nil
        }

        private static func endOfComment(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
            var index = start
            while index + 2 < bytes.count {
                if bytes[index] == UInt8(ascii: "-"), bytes[index + 1] == UInt8(ascii: "-"),
                    bytes[index + 2] == UInt8(ascii: ">")
                {
                    return index + 3
                }
                index += 1
            }
            return bytes.count
        }
    }
}
