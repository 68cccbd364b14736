extension String {
    /// The string without leading and trailing white space (including full-width spaces and line breaks).
    public func trimmingWhitespace() -> String {
        // Most cells start and end with a visible ASCII character: answer from the bytes, without walking
        // grapheme clusters (this runs for every image address and term of every listing).
        if let first = utf8.first, let last = utf8.last, Self.isVisibleASCII(first), Self.isVisibleASCII(last) {
            return self
        }
        // Likewise for Chinese text (refund reasons, lexicon words): a first scalar that is no white space starts a
        // character that is none, and a last scalar that never joins the one before it (CJK, full-width forms)
        // starts the last character.
        if let first = unicodeScalars.first, let last = unicodeScalars.last, Self.startsCharacter(last),
            !first.isWhitespace {
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

    /// Whether `scalar` is no white space and always starts a character (grapheme cluster break property Other, not
    /// emoji): visible ASCII, CJK ideographs, CJK punctuation up to U+3029, full-width forms.
    private static func startsCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x21...0x7E, 0x3001...0x3029, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF5E: true
        default: false
        }
    }
}

extension Unicode.Scalar {
    /// `properties.isWhitespace`, answered without the Unicode property tables for ASCII (tab to carriage return,
    /// space) and above U+3000, the ideographic space (no later scalar is white space: Chinese text), the common
    /// cases in per-scalar loops.
    var isWhitespace: Bool {
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        return value <= 0x3000 && properties.isWhitespace
    }
}
