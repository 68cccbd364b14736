/// Converts product-description HTML to readable plain text, byte by byte, tolerant of broken markup.
///
/// - Tags are dropped; `script`, `style`, `noscript`, `template` and `head` are dropped with their content.
/// - `<br>`, `<div>`, `<li>`, `<tr>`, `<dt>`, `<dd>`, `<hr>` end a line; `<p>`, headings, lists, tables and
///   `<blockquote>` end a paragraph (one empty line). Table cells on one row are joined with ` | `.
/// - Character references are decoded: numeric (`&#233;`, `&#xE9;`) and the common named ones.
/// - White space collapses as in HTML. Text without block tags keeps its own line breaks (plain text, or HTML that
///   relies on line breaks as WordPress does).
/// - A `<` that does not start a tag, an unknown `&name;` and an unterminated tag are kept as text.
public enum HTMLText {
    /// The plain text of `html`.
    public static func plainText(_ html: String) -> String {
        var html = html
        return html.withUTF8 { isAlreadyPlain($0) ? nil : render($0) } ?? html
    }

    /// The plain text of the HTML whose UTF-8 bytes are `html`; with `isValidUTF8` (bytes their reader checked,
    /// `CSVRecord.isValidUTF8`), text that is already plain is copied without a second check.
    static func plainText(utf8 html: UnsafeBufferPointer<UInt8>, isValidUTF8: Bool = false) -> String {
        guard isAlreadyPlain(html) else { return render(html) }
        return isValidUTF8 ? UTF8Validation.string(ofChecked: html) : String(decoding: html, as: UTF8.self)
    }

    /// How many `<img` tags the HTML whose UTF-8 bytes are `html` holds (any case).
    static func pictureCount(utf8 html: UnsafeBufferPointer<UInt8>) -> Int {
        var (count, index) = (0, 0)
        while index + 4 <= html.count {
            if html[index] == UInt8(ascii: "<"), html[index + 1] | 0x20 == UInt8(ascii: "i"),
                html[index + 2] | 0x20 == UInt8(ascii: "m"), html[index + 3] | 0x20 == UInt8(ascii: "g")
            {
                count += 1
            }
            index += 1
        }
        return count
    }

    /// The visible text of `bytes`, laid out.
    private static func render(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        if !bytes.contains(UInt8(ascii: "<")) && !bytes.contains(UInt8(ascii: "&")) {
            var renderer = Renderer(keepLineBreaks: true)
            for byte in bytes { renderer.text(byte) }
            return renderer.result()
        }
        var renderer = Renderer(keepLineBreaks: !containsBlockTag(bytes))
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<"), let next = Tag.parse(bytes, at: index) {
                index = next.end
                if let skipTo = next.tag.flatMap({ skipContent(of: $0, in: bytes, from: index) }) {
                    index = skipTo
                } else if let tag = next.tag {
                    renderer.apply(tag)
                }
            } else if byte == UInt8(ascii: "&"), let entity = decodeEntity(bytes, at: index) {
                renderer.scalar(entity.scalar)
                index = entity.end
            } else {
                renderer.text(byte)
                index += 1
            }
        }
        return renderer.result()
    }

    /// Whether `text` would come back unchanged: no markup, references, tabs, carriage returns, blank lines, doubled
    /// spaces or white space at either end. White space here is what `Renderer` collapses: ASCII space, tab, line
    /// feed, carriage return and form feed; every other byte (no-break spaces too) is copied as it is. Sixteen bytes
    /// are read at once (vector lanes), and pass at once with none of those, `<` or `&` (a Chinese description's
    /// blocks mostly have none); a block that has some, and the bytes after the last block, are read eight at a time
    /// (`isPlain(word:previous:)`), the last bytes one by one.
    private static func isAlreadyPlain(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = text.baseAddress, let first = text.first, let last = text.last, !isLaidOut(first),
            !isLaidOut(last)
        else { return text.isEmpty }
        let raw = UnsafeRawPointer(base)
        // The byte before `index`, as far as the test needs it: a space stands for a line feed too.
        var previous: UInt8 = 0
        var index = 0
        while index + 16 <= text.count {
            let block = raw.loadUnaligned(fromByteOffset: index, as: ByteSearch.Block.self)
            if mayMatter(block) {
                guard isPlain(word: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self), previous: &previous),
                    isPlain(word: raw.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self), previous: &previous)
                else { return false }
            } else {
                previous = 0
            }
            index += 16
        }
        while index + 8 <= text.count {
            guard isPlain(word: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self), previous: &previous) else {
                return false
            }
            index += 8
        }
        while index < text.count {
            let byte = text[index]
            switch byte {
            case UInt8(ascii: "<"), UInt8(ascii: "&"), 0x09, 0x0D, 0x0C: return false
            case 0x20 where previous == 0x20 || previous == 0x0A: return false
            case 0x0A where previous == 0x0A || previous == 0x20: return false
            default: break
            }
            previous = byte
            index += 1
        }
        return true
    }

    /// Whether the eight bytes `word`, after the byte `previous` (0x20 for a space or line feed, else 0), hold none
    /// of `<`, `&`, tab, carriage return, form feed, and no space or line feed beside another; `previous` becomes
    /// what the word's last byte is to the next.
    @inline(__always)
    private static func isPlain(word: UInt64, previous: inout UInt8) -> Bool {
        var breaks: UInt64 = 0
        if mayMatter(word) {
            breaks = ByteSearch.equalBytes(word, 0x20) | ByteSearch.equalBytes(word, 0x0A)
            let never = ByteSearch.equalBytes(word, UInt8(ascii: "<"))
                | ByteSearch.equalBytes(word, UInt8(ascii: "&")) | ByteSearch.equalBytes(word, 0x09)
                | ByteSearch.equalBytes(word, 0x0D) | ByteSearch.equalBytes(word, 0x0C)
            let previousBreaks: UInt64 = previous == 0x20 ? 0x80 : 0
            if never != 0 || breaks & (breaks << 8 | previousBreaks) != 0 { return false }
        }
        previous = breaks >> 63 != 0 ? 0x20 : 0
        return true
    }

    /// Whether any lane of `block` is below 0x21 (white space, controls), `<` or `&`: lane arithmetic, no borrow
    /// crossing lanes (`ByteSearch.zeroLanes`); a lane below 0x21 is one whose high bit the subtraction sets and
    /// its own does not.
    @inline(__always)
    private static func mayMatter(_ block: ByteSearch.Block) -> Bool {
        let below = (block &- ByteSearch.Block(repeating: 0x21)) & ~block
        let lanes = below | ByteSearch.zeroLanes(block ^ ByteSearch.Block(repeating: UInt8(ascii: "<")))
            | ByteSearch.zeroLanes(block ^ ByteSearch.Block(repeating: UInt8(ascii: "&")))
        let words = ByteSearch.words(lanes & ByteSearch.Block(repeating: 0x80))
        return words[0] | words[1] != 0
    }

    /// Whether any byte of `word` is below 0x21 (white space, controls), `<` or `&`.
    @inline(__always)
    private static func mayMatter(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        let below = (word &- ones &* 0x21) & ~word & high
        return below != 0 || ByteSearch.zeroBytes(word ^ (ones &* 0x3C)) != 0
            || ByteSearch.zeroBytes(word ^ (ones &* 0x26)) != 0
    }

    /// Whether `Renderer.text` treats `byte` as white space.
    @inline(__always)
    private static func isLaidOut(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    /// Tags whose content is never shown.
    private static let hiddenContent: Set<String> = ["script", "style", "noscript", "template", "head"]

    /// For an opening hidden-content tag, the index just past its closing tag (or the end of input).
    private static func skipContent(of tag: Tag, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard !tag.closing, !tag.selfClosing, hiddenContent.contains(tag.name) else { return nil }
        let closer = Array("</\(tag.name)".utf8)
        var index = start
        while index + closer.count <= bytes.count {
            if bytes[index] == UInt8(ascii: "<"), matchesIgnoringCase(bytes, at: index, closer),
                let end = Tag.parse(bytes, at: index)?.end
            {
                return end
            }
            index += 1
        }
        return bytes.count
    }

    private static func matchesIgnoringCase(
        _ bytes: UnsafeBufferPointer<UInt8>, at index: Int, _ pattern: [UInt8]
    ) -> Bool {
        guard index + pattern.count <= bytes.count else { return false }
        for offset in 0..<pattern.count where lower(bytes[index + offset]) != pattern[offset] { return false }
        return true
    }

    static func lower(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte
    }

    /// Whether any tag that ends a line appears, which switches line breaks in the text to plain white space.
    private static func containsBlockTag(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "<"), let parsed = Tag.parse(bytes, at: index), let tag = parsed.tag,
                tag.breaks > 0 || tag.isCell
            {
                return true
            }
            index += 1
        }
        return false
    }

    /// Decodes the character reference at `start` (`&…;`), or `nil` when it is not one.
    private static func decodeEntity(
        _ bytes: UnsafeBufferPointer<UInt8>, at start: Int
    ) -> (scalar: Unicode.Scalar, end: Int)? {
        var index = start + 1
        guard index < bytes.count else { return nil }
        if bytes[index] == UInt8(ascii: "#") {
            index += 1
            var radix: UInt32 = 10
            if index < bytes.count, lower(bytes[index]) == UInt8(ascii: "x") {
                radix = 16
                index += 1
            }
            var value: UInt32 = 0
            var digits = 0
            while index < bytes.count, let digit = digitValue(bytes[index], radix: radix), digits < 8 {
                value = value * radix + digit
                digits += 1
                index += 1
            }
            guard digits > 0 else { return nil }
            if index < bytes.count, bytes[index] == UInt8(ascii: ";") { index += 1 }
            return (Unicode.Scalar(value).flatMap { value == 0 ? nil : $0 } ?? "\u{FFFD}", index)
        }
        var name = ""
        while index < bytes.count, name.utf8.count < 32, isAlphanumeric(bytes[index]) {
            name.unicodeScalars.append(Unicode.Scalar(bytes[index]))
            index += 1
        }
        guard let scalar = HTMLEntities.named[name] else { return nil }
        if index < bytes.count, bytes[index] == UInt8(ascii: ";") { return (scalar, index + 1) }
        return HTMLEntities.withoutSemicolon.contains(name) ? (scalar, index) : nil
    }

    private static func digitValue(_ byte: UInt8, radix: UInt32) -> UInt32? {
        switch byte {
        case 0x30...0x39: UInt32(byte - 0x30)
        case 0x61...0x66 where radix == 16: UInt32(byte - 0x61 + 10)
        case 0x41...0x46 where radix == 16: UInt32(byte - 0x41 + 10)
        default: nil
        }
    }

    static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }
}
