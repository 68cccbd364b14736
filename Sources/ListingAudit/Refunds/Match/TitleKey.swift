/// The comparison key of a product title: lower-cased, full-width forms folded to half-width, and every run of
/// white space, punctuation or symbols folded to one space, so `【新款】Women’s  Maxi-Dress！` and
/// `【新款】women's maxi dress!` compare equal.
public enum TitleKey {
    /// The key of `title`; `""` when it has no letters or digits.
    public static func of(_ title: String) -> String {
        var title = title
        var key: [UInt8] = []
        title.withUTF8 { append(of: $0, to: &key) }
        return String(decoding: key, as: UTF8.self)
    }

    /// Appends the UTF-8 key of the UTF-8 `title` to `key` (nothing when it has no letters or digits), reading
    /// bytes: ASCII and caseless CJK letters need no Unicode property lookups.
    static func append(of title: UnsafeBufferPointer<UInt8>, to key: inout [UInt8]) {
        let start = key.count
        var pendingSpace = false
        var index = 0
        while index < title.count {
            let byte = title[index]
            if byte < 0x80 {
                index += 1
                guard isAlphanumeric(byte) else {
                    pendingSpace = key.count > start
                    continue
                }
                if pendingSpace {
                    key.append(0x20)
                    pendingSpace = false
                }
                key.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
                continue
            }
            let (original, length) = decode(title, at: index)
            let scalar = halfWidth(original)
            let caseless = isCaselessLetter(scalar)
            if !caseless && isSeparator(scalar) {
                pendingSpace = key.count > start
                index += length
                continue
            }
            if pendingSpace {
                key.append(0x20)
                pendingSpace = false
            }
            if caseless {
                key.append(contentsOf: UnsafeBufferPointer(rebasing: title[index..<index + length]))
            } else if scalar.value >= 0x41 && scalar.value <= 0x5A {
                key.append(UInt8(scalar.value + 0x20))
            } else if scalar.isASCII {
                key.append(UInt8(scalar.value))
            } else {
                key.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
            }
            index += length
        }
    }

    /// Full-width ASCII forms (U+FF01–U+FF5E) and the ideographic space as their half-width equivalents.
    @inline(__always)
    static func halfWidth(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0xFF01...0xFF5E: Unicode.Scalar(scalar.value - 0xFEE0) ?? scalar
        case 0x3000: " "
        default: scalar
        }
    }

    @inline(__always)
    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        byte >= 0x30 && byte <= 0x39 || byte >= 0x41 && byte <= 0x5A || byte >= 0x61 && byte <= 0x7A
    }

    /// CJK unified ideographs (with extension A) and Hangul syllables: letters (or unassigned) without case, so
    /// neither separators nor changed by lower-casing.
    @inline(__always)
    private static func isCaselessLetter(_ scalar: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
            || (0xAC00...0xD7A3).contains(scalar.value)
    }

    /// The scalar whose UTF-8 encoding starts at `index`, and the encoding's length; U+FFFD for a malformed one.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[index]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard length > 1, index + length <= bytes.count else { return ("\u{FFFD}", 1) }
        var value = UInt32(lead) & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F)
        for offset in 1..<length {
            let next = bytes[index + offset]
            guard next & 0xC0 == 0x80 else { return ("\u{FFFD}", 1) }
            value = value << 6 | UInt32(next & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    @inline(__always)
    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return !(value >= 0x30 && value <= 0x39 || value >= 0x41 && value <= 0x5A || value >= 0x61 && value <= 0x7A)
        }
        switch scalar.properties.generalCategory {
        case .spaceSeparator, .lineSeparator, .paragraphSeparator, .control, .format,
            .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol,
            .nonspacingMark, .enclosingMark:
            return true
        default:
            return false
        }
    }
}
