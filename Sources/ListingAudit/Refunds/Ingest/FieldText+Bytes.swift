/// The byte forms of the cell readers, for the refund and order rows of a chunk: each answers as its `String`
/// counterpart does, reading the common forms (plain cells, `51.65`, `2`) straight from the bytes and handing
/// anything else to the `String` reader.
extension FieldText {
    /// The cell as `ExportTable.text` reads it, as a slice of `cell`: empty when the cell holds only spaces and
    /// tabs; unchanged when its first and last scalars are not white space; else without leading and trailing
    /// white-space `Character`s. `cell` must be valid UTF-8 (as `CSVRecord` fields are).
    ///
    /// Inlined, so that the common cell (visible ASCII at both ends) costs two comparisons, not a call: it runs for
    /// every field read of every refund row.
    @inline(__always)
    static func trimmed(_ cell: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        guard let first = cell.first, let last = cell.last else { return cell }
        if isVisibleASCII(first) && isVisibleASCII(last) { return cell }
        return edgeTrimmed(cell)
    }

    /// `trimmed(_:)` of a non-empty cell with an edge byte that is not visible ASCII.
    @inline(never)
    private static func edgeTrimmed(_ cell: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        // Before the scan for spaces and tabs: a cell of them starts with white space. Chinese text ends with a
        // non-ASCII scalar.
        if !startsWithWhitespace(cell) && !endsWithWhitespace(cell) { return cell }
        if cell.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return UnsafeBufferPointer(rebasing: cell[0..<0]) }
        return characterTrimmed(cell)
    }

    /// `String.trimmingWhitespace()` as a slice of `cell`: without leading and trailing white-space `Character`s.
    static func characterTrimmed(_ cell: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        guard let first = cell.first, let last = cell.last else { return cell }
        if isVisibleASCII(first) && isVisibleASCII(last) { return cell }
        let text = String(decoding: cell, as: UTF8.self)
        guard let start = text.firstIndex(where: { !$0.isWhitespace }),
            let last = text.lastIndex(where: { !$0.isWhitespace })
        else { return UnsafeBufferPointer(rebasing: cell[0..<0]) }
        let lower = text.utf8.distance(from: text.startIndex, to: start)
        let upper = text.utf8.distance(from: text.startIndex, to: text.index(after: last))
        return UnsafeBufferPointer(rebasing: cell[lower..<upper])
    }

    /// `amount(_:)` of the cell's text: a plain decimal from the bytes, anything else by `NumberGrammar`.
    static func amount(_ cell: UnsafeBufferPointer<UInt8>) -> Parsed<Double> {
        if cell.isEmpty { return .blank }
        if let plain = PlainDecimal.read(cell) { return .value(plain.magnitude) }
        switch NumberGrammar.amount(cell) {
        case .value(let value): return .value(abs(value))
        case .blank: return .blank
        case .invalid: return .invalid
        case .outOfRange: return .outOfRange
        }
    }

    /// `quantity(_:)` of the cell's text: up to nine digits from the bytes, anything else by `NumberGrammar`.
    static func quantity(_ cell: UnsafeBufferPointer<UInt8>) -> Parsed<Int> {
        if cell.isEmpty { return .blank }
        if cell.count <= 9, cell.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            return .value(cell.reduce(0) { $0 * 10 + Int($1 - 0x30) })
        }
        return NumberGrammar.quantity(cell)
    }

    @inline(__always)
    private static func isVisibleASCII(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x7F }

    /// `Unicode.Scalar.isWhitespace`, answered without the property tables above U+3000 (the ideographic space,
    /// the last white-space scalar): CJK text, the common non-ASCII edge of a cell.
    @inline(__always)
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value > 0x3000 ? false : scalar.isWhitespace
    }

    /// Whether the first scalar of non-empty `cell` is white space. A three-byte scalar from U+4000 on (CJK
    /// ideographs, the common non-ASCII edge) is told by its lead byte, without decoding it.
    @inline(__always)
    private static func startsWithWhitespace(_ cell: UnsafeBufferPointer<UInt8>) -> Bool {
        if cell.count >= 3 && isHighThreeByteLead(cell[0]) { return false }
        return isWhitespace(scalar(in: cell, at: 0))
    }

    /// Whether the last scalar of non-empty `cell` is white space; a three-byte scalar from U+4000 on is told by its
    /// bytes (a lead byte and two continuation bytes at the end), without decoding it.
    @inline(__always)
    private static func endsWithWhitespace(_ cell: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = cell.count
        if count >= 3 && isHighThreeByteLead(cell[count - 3]) && cell[count - 2] & 0xC0 == 0x80
            && cell[count - 1] & 0xC0 == 0x80 {
            return false
        }
        return isWhitespace(scalar(in: cell, at: lastScalarStart(cell)))
    }

    /// Whether `byte` leads a three-byte UTF-8 scalar from U+4000 on: above U+3000, never white space.
    @inline(__always)
    private static func isHighThreeByteLead(_ byte: UInt8) -> Bool { byte >= 0xE4 && byte <= 0xEF }

    /// The start of the last scalar of non-empty `cell`.
    private static func lastScalarStart(_ cell: UnsafeBufferPointer<UInt8>) -> Int {
        var start = cell.count - 1
        while start > 0, cell[start] & 0xC0 == 0x80 { start -= 1 }
        return start
    }

    /// The scalar whose UTF-8 encoding starts at `start`.
    private static func scalar(in cell: UnsafeBufferPointer<UInt8>, at start: Int) -> Unicode.Scalar {
        let lead = cell[start]
        if lead < 0x80 { return Unicode.Scalar(lead) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = UInt32(lead) & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F)
        for offset in 1..<length where start + offset < cell.count {
            value = value << 6 | UInt32(cell[start + offset] & 0x3F)
        }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }
}
