/// What an `XMLReader` found at the current position.
enum XMLToken: Equatable {
    /// A start tag (`<a x="1">`), or an empty-element tag (`<a/>`, followed by its `.endTag`).
    case startTag
    /// An end tag (`</a>`), or the end of an empty-element tag.
    case endTag
    /// Character data between tags (entities decoded, line ends normalised to LF), or a CDATA section.
    case text
    /// The end of the input.
    case end
}

/// Why an `XMLReader` stopped: what is wrong, at which byte offset of the input.
struct XMLFailure: Error, Equatable {
    enum Kind: Equatable {
        /// The input ends inside a tag, comment, CDATA section or before the root element closes.
        case truncated
        /// Not well-formed, with a short English description (`'<' not followed by a name`, …).
        case malformed(String)
        /// An end tag that does not close the open element.
        case mismatchedEndTag(expected: String, found: String)
        /// A tag, text run or nesting beyond the reader's bounds.
        case tooLarge(String)
        /// The input itself failed (an unreadable file, a damaged or bomb-like ZIP entry).
        case input(IngestError)
    }

    let kind: Kind
    /// The byte offset in the input.
    let offset: Int
    /// The 1-based line and column of `offset`, when the reader counts lines.
    let line: Int?
    let column: Int?

    /// The problem in both languages.
    var reason: LocalizedText {
        switch kind {
        case .truncated:
            LocalizedText(
                zh: "XML 在中途结束（标签或元素未闭合）：文件被截断",
                en: "the XML ends early (a tag or element is never closed): the file is cut short")
        case .malformed(let what):
            LocalizedText(zh: "XML 格式错误：\(what)", en: "the XML is not well-formed: \(what)")
        case .mismatchedEndTag(let expected, let found):
            LocalizedText(
                zh: "XML 格式错误：结束标签 </\(found)> 与未闭合的 <\(expected)> 不对应",
                en: "the XML is not well-formed: end tag </\(found)> does not close the open <\(expected)>")
        case .tooLarge(let what):
            LocalizedText(zh: "XML 超出读取上限：\(what)", en: "the XML is beyond the reader's bounds: \(what)")
        case .input(let error):
            LocalizedText(zh: error.message(.zh), en: error.message(.en))
        }
    }
}

/// A streaming, non-validating XML reader over UTF-8 bytes, built for speed on spreadsheet parts and product feeds.
///
/// It returns one token at a time; a token's name, attributes and text are slices of the reader's buffer, valid until
/// the next call. Memory is bounded: one chunk plus the largest token (`maximumToken`), and the names of the open
/// elements (at most `maximumDepth`). No DTD is processed and no entity but the five predefined ones and character
/// references is expanded, so entity-expansion attacks have nothing to expand. Two lexical slips that real feeds make
/// are repaired and counted instead of failing the file: an `&` that starts no entity and an unknown entity name are
/// kept as written (`repairs`, `firstRepairOffset`). Everything else that is not well-formed — a tag cut short, an end
/// tag that closes the wrong element — throws `XMLFailure`.
final class XMLReader {
    private let state: UnsafeMutablePointer<XMLReaderState>
    private let source: ByteSource

    /// - Parameters:
    ///   - source: the document's UTF-8 bytes.
    ///   - countsLines: whether to track lines (for `line(at:)`, record locations and error positions).
    init(source: ByteSource, countsLines: Bool = false, maximumToken: Int = 64 << 20, chunkSize: Int = 1 << 18) {
        self.source = source
        state = .allocate(capacity: 1)
        state.initialize(
            to: XMLReaderState(countsLines: countsLines, maximumToken: maximumToken, chunkSize: chunkSize))
    }

    deinit {
        state.pointee.release()
        state.deinitialize(count: 1)
        state.deallocate()
    }

    /// The next token.
    @inline(__always)
    func next() throws(XMLFailure) -> XMLToken { try state.pointee.next(source) }

    /// The qualified name of the current tag (`g:price`).
    var name: UnsafeBufferPointer<UInt8> { state.pointee.name }
    /// The local name of the current tag (`price` for `g:price`).
    var localName: UnsafeBufferPointer<UInt8> { state.pointee.localName }
    /// Whether the current start tag was an empty-element tag (`<a/>`).
    var isEmptyElement: Bool { state.pointee.emptyElement }
    /// The decoded text of the current `.text` token.
    var text: UnsafeBufferPointer<UInt8> { state.pointee.text }
    /// Whether the current text holds only XML white space.
    var textIsWhitespace: Bool { state.pointee.textIsWhitespace }
    /// The number of elements open (after a start tag, including it).
    var depth: Int { state.pointee.depth }
    /// The byte offset of the current token's start in the input.
    var tokenOffset: Int { state.pointee.tokenOffset }
    /// Lexical slips repaired so far (see the type's description).
    var repairs: Int { state.pointee.repairs }
    /// The offset of the first repair.
    var firstRepairOffset: Int? { state.pointee.firstRepairOffset }

    /// The decoded value of the current start tag's attribute whose local name is `name`, or `nil`.
    func attribute(_ name: StaticString) -> UnsafeBufferPointer<UInt8>? {
        state.pointee.attribute(UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
    }

    /// The attributes of the current start tag: qualified name and decoded value each.
    func forEachAttribute(_ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> Void) {
        state.pointee.forEachAttribute(body)
    }

    /// Whether the current tag's local name is `name`.
    @inline(__always)
    func isNamed(_ name: StaticString) -> Bool {
        XMLBytes.equal(localName, name)
    }

    /// The 1-based line and column of input offset `offset` (at or after the last token read); needs `countsLines`.
    func position(of offset: Int) -> (line: Int, column: Int) { state.pointee.position(of: offset) }

    /// The line the current token starts on (needs `countsLines`).
    var tokenLine: Int { state.pointee.position(of: state.pointee.tokenOffset).line }
}

/// Byte comparisons for names.
enum XMLBytes {
    @inline(__always)
    static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ name: StaticString) -> Bool {
        let count = name.utf8CodeUnitCount
        guard bytes.count == count else { return false }
        let other = name.utf8Start
        for index in 0..<count where bytes[index] != other[index] { return false }
        return true
    }

    @inline(__always)
    static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        for index in 0..<a.count where a[index] != b[index] { return false }
        return true
    }

    /// The part of a qualified name after its prefix.
    @inline(__always)
    static func local(_ name: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var index = name.count - 1
        while index >= 0 {
            if name[index] == UInt8(ascii: ":") { return UnsafeBufferPointer(rebasing: name[(index + 1)...]) }
            index -= 1
        }
        return name
    }

    @inline(__always)
    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 }

    static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }
}

/// The state and scanning loops of an `XMLReader`.
struct XMLReaderState {
    private struct Attribute {
        var nameStart: Int
        /// Where the local name starts (after any prefix).
        var localStart: Int
        var nameEnd: Int
        var valueStart: Int
        var valueEnd: Int
        var needsDecoding: Bool
    }

    private let countsLines: Bool
    private let maximumToken: Int
    private let chunkSize: Int
    static let maximumDepth = 4096

    // Buffer: bytes [0, end) of the input from absolute offset `base`; scanning is at `position`.
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var end = 0
    private var position = 0
    private var base = 0
    private var atEnd = false
    private var incoming: [UInt8] = []

    // Line counting: lines before absolute offset `countedTo`.
    private var countedTo = 0
    private var linesBefore = 1
    private var lastLineStart = 0

    // Current token.
    private(set) var tokenOffset = 0
    private var nameStart = 0
    private var localStart = 0
    private var nameEnd = 0
    private(set) var emptyElement = false
    private var pendingEnd = false
    private var attributes: [Attribute] = []
    private var textStart = 0
    private var textEnd = 0
    private var textDecoded = false
    private(set) var textIsWhitespace = true
    private var scratch: UnsafeMutablePointer<UInt8>
    private var scratchCapacity = 4096
    private var valueScratch: UnsafeMutablePointer<UInt8>
    private var valueScratchCapacity = 1024
    private var valueLength = 0

    // Open elements: their names back to back.
    private var stack: [UInt8] = []
    private var stackEnds: [Int] = []

    private(set) var repairs = 0
    private(set) var firstRepairOffset: Int?

    init(countsLines: Bool, maximumToken: Int, chunkSize: Int) {
        self.countsLines = countsLines
        self.maximumToken = maximumToken
        self.chunkSize = chunkSize
        capacity = chunkSize * 2
        buffer = .allocate(capacity: capacity)
        scratch = .allocate(capacity: scratchCapacity)
        valueScratch = .allocate(capacity: valueScratchCapacity)
    }

    func release() {
        buffer.deallocate()
        scratch.deallocate()
        valueScratch.deallocate()
    }

    var depth: Int { stackEnds.count }

    var name: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: buffer + nameStart, count: nameEnd - nameStart) }

    var localName: UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: buffer + localStart, count: nameEnd - localStart)
    }

    /// Where the local part of `buffer[start..<end]` starts.
    @inline(__always)
    private func localStart(_ start: Int, _ end: Int) -> Int {
        var index = end - 1
        while index >= start {
            if buffer[index] == UInt8(ascii: ":") { return index + 1 }
            index -= 1
        }
        return start
    }

    var text: UnsafeBufferPointer<UInt8> {
        textDecoded
            ? UnsafeBufferPointer(start: scratch, count: textEnd - textStart)
            : UnsafeBufferPointer(start: buffer + textStart, count: textEnd - textStart)
    }

    // MARK: Input

    /// Makes room and reads more input; returns false at the end of the input. Offsets below `keep` stay valid
    /// relative to the buffer only if `keep` is 0: callers re-derive positions from the returned shift.
    private mutating func more(_ source: ByteSource, keepingFrom keep: Int) throws(XMLFailure) -> Int {
        // Returns how far the buffer's contents moved left (subtract from saved offsets).
        guard !atEnd else { return -1 }
        var shift = 0
        if keep > 0 {
            if countsLines { countLines(upTo: base + keep) }
            (buffer).update(from: buffer + keep, count: end - keep)
            end -= keep
            position -= keep
            base += keep
            shift = keep
        }
        if end + chunkSize > capacity {
            guard end < maximumToken else {
                throw XMLFailure(
                    kind: .tooLarge("a single tag or text run is longer than \(maximumToken >> 20) MiB"),
                    offset: base, line: nil, column: nil)
            }
            let newCapacity = max(capacity * 2, end + chunkSize)
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
            grown.update(from: buffer, count: end)
            buffer.deallocate()
            buffer = grown
            capacity = newCapacity
        }
        let got: Int
        do {
            if let direct = source.direct {
                got = try direct.copyBytes(to: buffer + end, maximum: min(chunkSize, capacity - end))
            } else {
                incoming.removeAll(keepingCapacity: true)
                got = try source.read(into: &incoming, maximum: min(chunkSize, capacity - end))
                if got > 0 {
                    incoming.withUnsafeBufferPointer { (buffer + end).update(from: $0.baseAddress!, count: got) }
                }
            }
        } catch {
            throw XMLFailure(kind: .input(error), offset: base + end, line: nil, column: nil)
        }
        if got == 0 {
            atEnd = true
            return shift == 0 ? -1 : shift
        }
        end += got
        return shift
    }

    private mutating func countLines(upTo absolute: Int) {
        guard absolute > countedTo else { return }
        var index = countedTo - base
        let stop = absolute - base
        while index < stop {
            if buffer[index] == 0x0A {
                linesBefore += 1
                lastLineStart = base + index + 1
            }
            index += 1
        }
        countedTo = absolute
    }

    mutating func position(of offset: Int) -> (line: Int, column: Int) {
        guard countsLines else { return (0, 0) }
        countLines(upTo: min(offset, base + end))
        return (linesBefore, offset - lastLineStart + 1)
    }

    private mutating func failure(_ kind: XMLFailure.Kind, at offset: Int) -> XMLFailure {
        if countsLines {
            let (line, column) = position(of: offset)
            return XMLFailure(kind: kind, offset: offset, line: line, column: column)
        }
        return XMLFailure(kind: kind, offset: offset, line: nil, column: nil)
    }

    // MARK: Tokens

    mutating func next(_ source: ByteSource) throws(XMLFailure) -> XMLToken {
        if pendingEnd {
            pendingEnd = false
            emptyElement = false
            popElement()
            return .endTag
        }
        while true {
            if position >= end {
                let shift = try more(source, keepingFrom: position)
                if shift < 0 && position >= end {
                    if !stackEnds.isEmpty { throw failure(.truncated, at: base + end) }
                    return .end
                }
                continue
            }
            tokenOffset = base + position
            if buffer[position] == UInt8(ascii: "<") {
                if let token = try markup(source) { return token }
                continue
            }
            return try textRun(source)
        }
    }

    /// Text up to the next `<` (or the end of the input).
    private mutating func textRun(_ source: ByteSource) throws(XMLFailure) -> XMLToken {
        var start = position
        var index = position
        var special = false
        var whitespace = true
        while true {
            let found = ByteSearch.first(
                in: UnsafeBufferPointer(start: buffer, count: end), from: index, 0x3C, 0x26, 0x0D, 0x3C)
            if whitespace {
                var probe = index
                while probe < found, whitespace {
                    if !XMLBytes.isSpace(buffer[probe]) { whitespace = false }
                    probe += 1
                }
            }
            if found < end {
                if buffer[found] == 0x3C {
                    index = found
                    break
                }
                special = true
                if buffer[found] == 0x26 { whitespace = false }
                index = found + 1
                continue
            }
            index = end
            let shift = try more(source, keepingFrom: start)
            if shift < 0 { break }
            start -= shift
            index -= shift
        }
        textStart = start
        textEnd = index
        textIsWhitespace = whitespace
        position = index
        textDecoded = false
        if special { decodeText() }
        return .text
    }

    /// Decodes entities and line ends of the current text into `scratch`.
    private mutating func decodeText() {
        let length = textEnd - textStart
        if length > scratchCapacity {
            scratch.deallocate()
            scratchCapacity = max(length, scratchCapacity * 2)
            scratch = .allocate(capacity: scratchCapacity)
        }
        let count = decode(from: textStart, to: textEnd, into: scratch)
        textDecoded = true
        textStart = 0
        textEnd = count
    }

    /// Decodes `buffer[from..<to]` into `out` (which holds at least `to - from` bytes: decoding never lengthens);
    /// returns the length.
    private mutating func decode(from: Int, to: Int, into out: UnsafeMutablePointer<UInt8>) -> Int {
        var read = from
        var write = 0
        while read < to {
            let byte = buffer[read]
            if byte == 0x0D {
                out[write] = 0x0A
                write += 1
                read += 1
                if read < to, buffer[read] == 0x0A { read += 1 }
                continue
            }
            guard byte == 0x26 else {
                out[write] = byte
                write += 1
                read += 1
                continue
            }
            // An entity or character reference: up to ';' within 12 bytes.
            var semicolon = read + 1
            while semicolon < to, semicolon - read <= 12, buffer[semicolon] != 0x3B { semicolon += 1 }
            if semicolon < to, buffer[semicolon] == 0x3B,
                let scalar = entity(UnsafeBufferPointer(start: buffer + read + 1, count: semicolon - read - 1))
            {
                write += Self.encode(scalar, into: out + write)
                read = semicolon + 1
                continue
            }
            noteRepair(at: base + read)
            out[write] = byte
            write += 1
            read += 1
        }
        return write
    }

    /// Writes `scalar` as UTF-8 (never longer than the reference that named it); returns the length.
    @inline(__always)
    private static func encode(_ scalar: UInt32, into out: UnsafeMutablePointer<UInt8>) -> Int {
        switch scalar {
        case 0..<0x80:
            out[0] = UInt8(scalar)
            return 1
        case 0x80..<0x800:
            out[0] = UInt8(0xC0 | scalar >> 6)
            out[1] = UInt8(0x80 | scalar & 0x3F)
            return 2
        case 0x800..<0x10000:
            out[0] = UInt8(0xE0 | scalar >> 12)
            out[1] = UInt8(0x80 | scalar >> 6 & 0x3F)
            out[2] = UInt8(0x80 | scalar & 0x3F)
            return 3
        default:
            out[0] = UInt8(0xF0 | scalar >> 18)
            out[1] = UInt8(0x80 | scalar >> 12 & 0x3F)
            out[2] = UInt8(0x80 | scalar >> 6 & 0x3F)
            out[3] = UInt8(0x80 | scalar & 0x3F)
            return 4
        }
    }

    private mutating func noteRepair(at offset: Int) {
        repairs += 1
        if firstRepairOffset == nil { firstRepairOffset = offset }
    }

    /// The scalar an entity body (between `&` and `;`) stands for: the predefined entities and character references.
    private func entity(_ body: UnsafeBufferPointer<UInt8>) -> UInt32? {
        if XMLBytes.equal(body, "lt") { return 0x3C }
        if XMLBytes.equal(body, "gt") { return 0x3E }
        if XMLBytes.equal(body, "amp") { return 0x26 }
        if XMLBytes.equal(body, "quot") { return 0x22 }
        if XMLBytes.equal(body, "apos") { return 0x27 }
        guard body.count >= 2, body[0] == UInt8(ascii: "#") else { return nil }
        var value: UInt32 = 0
        if body[1] == UInt8(ascii: "x") || body[1] == UInt8(ascii: "X") {
            guard body.count > 2, body.count <= 8 else { return nil }
            for byte in body[2...] {
                guard let digit = HexDigit.value(byte) else { return nil }
                value = value << 4 | UInt32(digit)
            }
        } else {
            guard body.count <= 8 else { return nil }
            for byte in body[1...] {
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                value = value * 10 + UInt32(byte - 0x30)
            }
        }
        guard value != 0, value <= 0x10FFFF, !(0xD800...0xDFFF).contains(value) else { return 0xFFFD }
        return value
    }

    /// Reads the markup at `position` (which holds `<`): a tag token, or `nil` after skipping a comment, processing
    /// instruction or DOCTYPE.
    private mutating func markup(_ source: ByteSource) throws(XMLFailure) -> XMLToken? {
        // Make sure at least the first few bytes are buffered.
        while end - position < 9, !atEnd {
            let shift = try more(source, keepingFrom: position)
            if shift < 0 { break }
        }
        let start = position
        guard start + 1 < end else { throw failure(.truncated, at: base + start) }
        let second = buffer[start + 1]
        switch second {
        case UInt8(ascii: "?"):
            try skip(until: "?>", source)
            return nil
        case UInt8(ascii: "!"):
            if hasPrefix("<!--", at: start) {
                try skip(until: "-->", source)
                return nil
            }
            if hasPrefix("<![CDATA[", at: start) { return try cdata(source) }
            try skipDeclaration(source)
            return nil
        case UInt8(ascii: "/"):
            var close = ByteSearch.first(
                in: UnsafeBufferPointer(start: buffer, count: end), from: position + 2, 0x3E, 0x3E, 0x3C, 0x3C)
            while close >= end {
                try moreForToken(source)
                close = ByteSearch.first(
                    in: UnsafeBufferPointer(start: buffer, count: end), from: position + 2, 0x3E, 0x3E, 0x3C, 0x3C)
            }
            guard buffer[close] == UInt8(ascii: ">") else {
                throw failure(.malformed("a tag is not closed before the next '<'"), at: tokenOffset)
            }
            var nameEnd = position + 2
            while nameEnd < close, !XMLBytes.isSpace(buffer[nameEnd]) { nameEnd += 1 }
            nameStart = position + 2
            self.nameEnd = nameEnd
            localStart = localStart(nameStart, nameEnd)
            guard nameEnd > nameStart else { throw failure(.malformed("an end tag without a name"), at: tokenOffset) }
            try closeElement()
            position = close + 1
            return .endTag
        default:
            guard Self.isNameStart(second) else {
                throw failure(.malformed("'<' not followed by a tag name"), at: tokenOffset)
            }
            while true {
                if let close = try startTag() {
                    position = close + 1
                    try pushElement()
                    if emptyElement { pendingEnd = true }
                    return .startTag
                }
                try moreForToken(source)
            }
        }
    }

    /// Reads more for the tag at `position` that the buffer ends inside: at least twice the bytes buffered from it,
    /// so a tag scanned again from its start after each read costs time linear in its length.
    private mutating func moreForToken(_ source: ByteSource) throws(XMLFailure) {
        let wanted = 2 * (end - position)
        if try more(source, keepingFrom: position) < 0 { throw failure(.truncated, at: tokenOffset) }
        while end - position < wanted, try more(source, keepingFrom: position) >= 0 {}
    }

    private static func isNameStart(_ byte: UInt8) -> Bool {
        byte >= 0x80 || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":")
            || (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    private func hasPrefix(_ prefix: StaticString, at offset: Int) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard offset + count <= end else { return false }
        for index in 0..<count where buffer[offset + index] != prefix.utf8Start[index] { return false }
        return true
    }

    /// Skips to just after `terminator`.
    private mutating func skip(until terminator: StaticString, _ source: ByteSource) throws(XMLFailure) {
        var index = position + 2
        while true {
            while index < end {
                if buffer[index] == terminator.utf8Start[0], hasPrefix(terminator, at: index) {
                    position = index + terminator.utf8CodeUnitCount
                    return
                }
                index += 1
            }
            index = max(position + 2, end - terminator.utf8CodeUnitCount)
            let shift = try more(source, keepingFrom: position)
            if shift < 0 { throw failure(.truncated, at: tokenOffset) }
            index -= shift
        }
    }

    /// Skips a `<!DOCTYPE …>` or other declaration, with any internal subset in brackets (never interpreted).
    private mutating func skipDeclaration(_ source: ByteSource) throws(XMLFailure) {
        var index = position + 2
        var brackets = 0
        var quote: UInt8 = 0
        while true {
            while index < end {
                let byte = buffer[index]
                if quote != 0 {
                    if byte == quote { quote = 0 }
                } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                    quote = byte
                } else if byte == UInt8(ascii: "[") {
                    brackets += 1
                } else if byte == UInt8(ascii: "]") {
                    brackets -= 1
                } else if byte == UInt8(ascii: ">"), brackets <= 0 {
                    position = index + 1
                    return
                }
                index += 1
            }
            let shift = try more(source, keepingFrom: position)
            if shift < 0 { throw failure(.truncated, at: tokenOffset) }
            index -= shift
        }
    }

    /// A CDATA section as a text token.
    private mutating func cdata(_ source: ByteSource) throws(XMLFailure) -> XMLToken {
        var index = position + 9
        while true {
            while index + 2 < end {
                if buffer[index] == UInt8(ascii: "]"), buffer[index + 1] == UInt8(ascii: "]"),
                    buffer[index + 2] == UInt8(ascii: ">")
                {
                    textStart = position + 9
                    textEnd = index
                    textDecoded = false
                    textIsWhitespace = false
                    position = index + 3
                    if UnsafeBufferPointer(start: buffer + textStart, count: textEnd - textStart).contains(0x0D) {
                        normaliseLineEnds()
                    }
                    return .text
                }
                index += 1
            }
            let shift = try more(source, keepingFrom: position)
            if shift < 0 { throw failure(.truncated, at: tokenOffset) }
            index -= shift
        }
    }

    /// CR and CRLF to LF in the current (undecoded) text, into `scratch`.
    private mutating func normaliseLineEnds() {
        let length = textEnd - textStart
        if length > scratchCapacity {
            scratch.deallocate()
            scratchCapacity = max(length, scratchCapacity * 2)
            scratch = .allocate(capacity: scratchCapacity)
        }
        var write = 0
        var read = textStart
        while read < textEnd {
            let byte = buffer[read]
            read += 1
            if byte == 0x0D {
                scratch[write] = 0x0A
                if read < textEnd, buffer[read] == 0x0A { read += 1 }
            } else {
                scratch[write] = byte
            }
            write += 1
        }
        textDecoded = true
        textStart = 0
        textEnd = write
    }

    /// Parses the start tag at `position` in one pass; returns the offset of its `>`, or `nil` when the buffer ends
    /// first (the caller reads more and parses it again).
    private mutating func startTag() throws(XMLFailure) -> Int? {
        var index = position + 1
        nameStart = index
        while index < end {
            let byte = buffer[index]
            if XMLBytes.isSpace(byte) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">") { break }
            if byte == UInt8(ascii: "<") {
                throw failure(.malformed("a tag is not closed before the next '<'"), at: tokenOffset)
            }
            index += 1
        }
        guard index < end else { return nil }
        nameEnd = index
        localStart = localStart(nameStart, nameEnd)
        attributes.removeAll(keepingCapacity: true)
        emptyElement = false
        while true {
            while index < end, XMLBytes.isSpace(buffer[index]) { index += 1 }
            guard index < end else { return nil }
            let byte = buffer[index]
            if byte == UInt8(ascii: ">") { return index }
            if byte == UInt8(ascii: "/") {
                guard index + 1 < end else { return nil }
                guard buffer[index + 1] == UInt8(ascii: ">") else {
                    throw failure(.malformed("'/' inside a tag"), at: base + index)
                }
                emptyElement = true
                return index + 1
            }
            let attributeStart = index
            while index < end {
                let byte = buffer[index]
                if byte == UInt8(ascii: "=") || XMLBytes.isSpace(byte) || byte == UInt8(ascii: ">")
                    || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "<")
                {
                    break
                }
                index += 1
            }
            let attributeEnd = index
            while index < end, XMLBytes.isSpace(buffer[index]) { index += 1 }
            guard index < end else { return nil }
            guard buffer[index] == UInt8(ascii: "="), attributeEnd > attributeStart else {
                throw failure(.malformed("an attribute without '=' and a quoted value"), at: base + attributeStart)
            }
            index += 1
            while index < end, XMLBytes.isSpace(buffer[index]) { index += 1 }
            guard index < end else { return nil }
            let quote = buffer[index]
            guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
                throw failure(.malformed("an attribute value without quotes"), at: base + index)
            }
            let valueStart = index + 1
            let valueEnd = ByteSearch.first(
                in: UnsafeBufferPointer(start: buffer, count: end), from: valueStart, quote, quote, quote, quote)
            guard valueEnd < end else { return nil }
            var needsDecoding = false
            var probe = valueStart
            while probe < valueEnd {
                let byte = buffer[probe]
                if byte == 0x26 || byte == 0x0D || byte == 0x0A || byte == 0x09 || byte == 0x3C {
                    if byte == 0x3C {
                        throw failure(.malformed("'<' inside an attribute value"), at: base + probe)
                    }
                    needsDecoding = true
                }
                probe += 1
            }
            attributes.append(
                Attribute(
                    nameStart: attributeStart, localStart: localStart(attributeStart, attributeEnd),
                    nameEnd: attributeEnd, valueStart: valueStart, valueEnd: valueEnd, needsDecoding: needsDecoding))
            index = valueEnd + 1
        }
    }

    private mutating func pushElement() throws(XMLFailure) {
        guard stackEnds.count < Self.maximumDepth else {
            throw failure(.tooLarge("elements nested more than \(Self.maximumDepth) deep"), at: tokenOffset)
        }
        let name = self.name
        stack.append(contentsOf: name)
        stackEnds.append(stack.count)
    }

    private mutating func popElement() {
        stackEnds.removeLast()
        stack.removeLast(stack.count - (stackEnds.last ?? 0))
    }

    private mutating func closeElement() throws(XMLFailure) {
        let found = name
        guard let last = stackEnds.last else {
            throw failure(.malformed("end tag </\(XMLBytes.string(found))> with no open element"), at: tokenOffset)
        }
        let start = stackEnds.count > 1 ? stackEnds[stackEnds.count - 2] : 0
        let matches = stack.withUnsafeBufferPointer { all in
            XMLBytes.equal(UnsafeBufferPointer(rebasing: all[start..<last]), found)
        }
        guard matches else {
            let expected = String(decoding: stack[start..<last], as: UTF8.self)
            throw failure(
                .mismatchedEndTag(expected: expected, found: XMLBytes.string(found)), at: tokenOffset)
        }
        popElement()
    }

    // MARK: Attributes

    mutating func attribute(_ wanted: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8>? {
        for index in attributes.indices {
            let attribute = attributes[index]
            guard attribute.nameEnd - attribute.localStart == wanted.count,
                buffer[attribute.localStart] == wanted[0],
                XMLBytes.equal(
                    UnsafeBufferPointer(start: buffer + attribute.localStart, count: wanted.count), wanted)
            else { continue }
            return value(of: attribute)
        }
        return nil
    }

    mutating func forEachAttribute(_ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> Void) {
        for index in attributes.indices {
            let attribute = attributes[index]
            let name = UnsafeBufferPointer(
                start: buffer + attribute.nameStart, count: attribute.nameEnd - attribute.nameStart)
            body(name, value(of: attribute))
        }
    }

    private mutating func value(of attribute: Attribute) -> UnsafeBufferPointer<UInt8> {
        guard attribute.needsDecoding else {
            return UnsafeBufferPointer(
                start: buffer + attribute.valueStart, count: attribute.valueEnd - attribute.valueStart)
        }
        let length = attribute.valueEnd - attribute.valueStart
        if length > valueScratchCapacity {
            valueScratch.deallocate()
            valueScratchCapacity = max(length, valueScratchCapacity * 2)
            valueScratch = .allocate(capacity: valueScratchCapacity)
        }
        valueLength = decode(from: attribute.valueStart, to: attribute.valueEnd, into: valueScratch)
        // Attribute value normalisation: tabs and line ends become spaces.
        for index in 0..<valueLength where valueScratch[index] == 0x0A || valueScratch[index] == 0x09 {
            valueScratch[index] = 0x20
        }
        return UnsafeBufferPointer(start: valueScratch, count: valueLength)
    }
}

/// Hexadecimal digits.
enum HexDigit {
    @inline(__always)
    static func value(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x41...0x46: byte - 0x41 + 10
        case 0x61...0x66: byte - 0x61 + 10
        default: nil
        }
    }
}
