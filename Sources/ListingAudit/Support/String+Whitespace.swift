extension String {
    /// The string without leading and trailing white space (including full-width spaces and line breaks).
    public func trimmingWhitespace() -> String {
        // Most cells start and end with a visible ASCII character: answer from the bytes, without walking
        // grapheme clusters (this runs for every image address and term of every listing).
        if let first = utf8.first, let last = utf8.last, Self.isVisibleASCII(first), Self.isVisibleASCII(last) {
            return self
        }
        guard let start = firstIndex(where: { !$0.isWhitespace }) else { return "" }
        let end = lastIndex { !$0.isWhitespace }!
        return String(self[start...end])
    }

    /// Whether the string is empty or white space only: `trimmingWhitespace().isEmpty` answered from the scalars,
    /// without building the trimmed string.
    public var isBlank: Bool {
        if let first = utf8.first, Self.isVisibleASCII(first) { return false }
        return unicodeScalars.allSatisfy(\.isWhitespace)
    }

    private static func isVisibleASCII(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x7F }
}

extension Unicode.Scalar {
    /// `properties.isWhitespace`, answered without the Unicode property tables for ASCII (tab to carriage return,
    /// space), the common case in per-scalar loops.
    var isWhitespace: Bool {
        value < 0x80 ? value == 0x20 || (value >= 0x09 && value <= 0x0D) : properties.isWhitespace
    }
}
