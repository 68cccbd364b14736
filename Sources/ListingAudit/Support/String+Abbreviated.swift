extension String {
    /// The text cut to `limit` characters with `…`, line breaks flattened: for quoting evidence.
    public func abbreviated(to limit: Int = 60) -> String {
        let flat = split(whereSeparator: \.isNewline).joined(separator: " ").trimmingWhitespace()
        guard flat.count > limit else { return flat }
        return String(flat.prefix(limit)) + "…"
    }
}

extension Array where Element: Hashable {
    /// The elements without repeats, first occurrence kept.
    public func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
