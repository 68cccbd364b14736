/// Reads size/specification cells, which hold either plain sizes (`S,M,L`) or name–value pairs
/// (`颜色分类:黑色;尺码:M`, full-width `：`/`；` too).
enum SpecText {
    /// The options in a size or specification cell from the column `columnName`.
    static func options(_ text: String, columnName: String, split: (String) -> [String]) -> [VariantOption] {
        guard !text.isEmpty else { return [] }
        let kind = plainKind(of: columnName)
        guard text.unicodeScalars.contains(where: { $0 == ":" || $0 == "：" }) else {
            return split(text).map { VariantOption(name: columnName, value: $0, kind: kind) }
        }
        return pairs(text, columnName: columnName, kind: kind)
    }

    /// `options` of the cell whose trimmed text has the UTF-8 bytes `cell`, appended to `options` (an array, or a
    /// reader's shared `OptionStore`). `kind` is
    /// `plainKind(of: columnName)`, worked out once per column; the plain values' `String`s come from `texts`.
    static func options(
        _ cell: UnsafeBufferPointer<UInt8>, columnName: String, kind: OptionKind, separator: ListSeparator,
        texts: inout TextInterner, into options: inout some VariantOptionSink
    ) {
        guard !cell.isEmpty else { return }
        guard !hasColon(cell) else {
            for option in pairs(String(decoding: cell, as: UTF8.self), columnName: columnName, kind: kind) {
                options.append(option)
            }
            return
        }
        separator.forEachItem(in: cell, texts: &texts) {
            options.append(VariantOption(name: columnName, value: $0, kind: kind))
        }
    }

    /// The kind of the plain values of a column called `columnName`: what the name says, else size.
    static func plainKind(of columnName: String) -> OptionKind {
        let kind = OptionNames.kind(of: columnName)
        return kind == .other ? .size : kind
    }

    /// The options of a cell of name–value pairs.
    private static func pairs(_ text: String, columnName: String, kind: OptionKind) -> [VariantOption] {
        var options: [VariantOption] = []
        for pair in CellText.list(text, separators: [";", "；", "\n"]) {
            guard let colon = pair.firstIndex(where: { $0 == ":" || $0 == "：" }) else {
                options.append(VariantOption(name: columnName, value: pair, kind: kind))
                continue
            }
            let name = String(pair[..<colon]).trimmingWhitespace()
            let value = String(pair[pair.index(after: colon)...]).trimmingWhitespace()
            guard !value.isEmpty else { continue }
            options.append(VariantOption(name: name, value: value, kind: OptionNames.kind(of: name)))
        }
        return options
    }

    /// Whether the bytes hold `:` or the full-width `：` (EF BC 9A).
    private static func hasColon(_ cell: UnsafeBufferPointer<UInt8>) -> Bool {
        for index in cell.indices {
            let byte = cell[index]
            if byte == UInt8(ascii: ":") { return true }
            if byte == 0xEF, index + 2 < cell.count, cell[index + 1] == 0xBC, cell[index + 2] == 0x9A { return true }
        }
        return false
    }
}
