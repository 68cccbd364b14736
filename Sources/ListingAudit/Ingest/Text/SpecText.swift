/// Reads size/specification cells, which hold either plain sizes (`S,M,L`) or name–value pairs
/// (`颜色分类:黑色;尺码:M`, full-width `：`/`；` too).
enum SpecText {
    /// The options in a size or specification cell from the column `columnName`.
    static func options(_ text: String, columnName: String, split: (String) -> [String]) -> [VariantOption] {
        guard !text.isEmpty else { return [] }
        let columnKind = OptionNames.kind(of: columnName)
        let kind: OptionKind = columnKind == .other ? .size : columnKind
        guard text.unicodeScalars.contains(where: { $0 == ":" || $0 == "：" }) else {
            return split(text).map { VariantOption(name: columnName, value: $0, kind: kind) }
        }
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
}
