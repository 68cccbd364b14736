/// Reading a record's cells the way the adapters read them — trimmed, split into list items, as plain text, as a
/// price — from the record's bytes. A `String` is built only for the value an adapter keeps; the character-level
/// trim runs only for a cell whose first or last byte may be white space.
extension CSVRecord {
    /// Field `column` trimmed, or `""` when the column is absent.
    func text(_ column: Int?) -> String {
        guard let column else { return "" }
        return withUTF8(column) { cell in
            CellText.needsTrim(cell) ? String(decoding: cell, as: UTF8.self).trimmingWhitespace() : text(of: cell)
        }
    }

    /// `text(column)`, its `String` taken from `texts` when the field's bytes are the text (a short value met in an
    /// earlier row: a category, a brand).
    func text(_ column: Int?, texts: inout TextInterner) -> String {
        guard let column else { return "" }
        return withUTF8(column) { cell in
            CellText.needsTrim(cell) ? String(decoding: cell, as: UTF8.self).trimmingWhitespace() : texts.text(cell)
        }
    }

    /// Calls `body` with the UTF-8 bytes of `text(column)`: the field's own bytes when trimming leaves them as they
    /// are (no `String` is built), otherwise those of the trimmed text.
    @inline(__always)
    func withText<Result>(_ column: Int?, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        guard let column else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        return withUTF8(column) { cell in
            guard CellText.needsTrim(cell) else { return body(cell) }
            var trimmed = String(decoding: cell, as: UTF8.self).trimmingWhitespace()
            return trimmed.withUTF8(body)
        }
    }

    /// The items of list cell `column` (`CellText.list` of `text(column)`).
    func items(_ column: Int?, _ separator: ListSeparator) -> [String] {
        withText(column) { separator.items(in: $0) }
    }

    /// Calls `body` with each item of list cell `column`, in order.
    func forEachItem(_ column: Int?, _ separator: ListSeparator, _ body: (String) -> Void) {
        withText(column) { separator.forEachItem(in: $0, body) }
    }

    /// `HTMLText.plainText` of `text(column)`.
    func plainText(_ column: Int?) -> String {
        // A trimmed cell's bytes are a `String`'s: valid whenever the record's are.
        withText(column) { HTMLText.plainText(utf8: $0, isValidUTF8: isValidUTF8) }
    }

    /// `HTMLText.pictureCount` of `text(column)`.
    func pictureCount(_ column: Int?) -> Int {
        withText(column) { HTMLText.pictureCount(utf8: $0) }
    }

    /// `CellText.price` of `text(column)`.
    func price(_ column: Int?) -> Double? {
        withText(column) { CellText.price($0) }
    }
}
