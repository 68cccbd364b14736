/// Text prepared for matching: one folded scalar per original scalar, so a match found in the folded form can be
/// quoted exactly as the listing wrote it. Folding lower-cases, turns full-width ASCII (`Ｃｍ`, `６０`) into ASCII
/// and the ideographic space into a space.
public struct FoldedText: Sendable {
    /// The scalars as written.
    public let original: [Unicode.Scalar]
    /// The folded scalars, index for index with `original`.
    public let folded: [Unicode.Scalar]

    public init(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        original = scalars
        folded = scalars.map(Self.fold)
    }

    /// The original text of `range` (scalar offsets).
    public func quote(_ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: original[range])
        return String(view)
    }

    /// The scalar count.
    public var count: Int { folded.count }

    /// One scalar folded for matching.
    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        if value < 0x80 {
            if value >= 0x41 && value <= 0x5A { return Unicode.Scalar(value + 0x20) ?? scalar }
            return scalar
        }
        if value >= 0x3400 && value <= 0x9FFF { return scalar }
        if value >= 0xFF01 && value <= 0xFF5E {
            return fold(Unicode.Scalar(value - 0xFEE0) ?? scalar)
        }
        switch value {
        case 0x3000, 0x00A0: return " "
        case 0x2033, 0x201D, 0x201C: return "\""
        case 0x00D7: return "x"
        case 0x2013, 0x2014, 0xFF5E, 0x301C: return "-"
        default: break
        }
        if scalar.properties.changesWhenLowercased {
            let lower = scalar.properties.lowercaseMapping.unicodeScalars
            if lower.count == 1, let first = lower.first { return first }
        }
        return scalar
    }
}

extension Unicode.Scalar {
    /// An ASCII letter (after folding: `a`–`z`).
    var isASCIILetter: Bool { (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A) }
    /// An ASCII digit `0`–`9`.
    var isASCIIDigit: Bool { value >= 0x30 && value <= 0x39 }
    /// A CJK ideograph (Chinese character).
    var isCJK: Bool {
        (value >= 0x4E00 && value <= 0x9FFF) || (value >= 0x3400 && value <= 0x4DBF)
            || (value >= 0x20000 && value <= 0x2A6DF) || (value >= 0xF900 && value <= 0xFAFF)
    }
    /// A scalar that carries meaning: a letter, digit or ideograph (not punctuation, space, symbol or emoji).
    var isWordScalar: Bool {
        // ASCII and the main CJK block are answered without the Unicode property tables: the lookup dominated the
        // rules' profile, and for these ranges the answer is fixed (letters and digits; every ideograph).
        if value < 0x80 { return isASCIILetter || isASCIIDigit }
        if value >= 0x4E00 && value <= 0x9FFF { return true }
        return properties.isAlphabetic || properties.numericType != nil
    }
}

extension String {
    /// Whether the text contains a Chinese character.
    public var containsCJK: Bool { unicodeScalars.contains { $0.isCJK } }
}
