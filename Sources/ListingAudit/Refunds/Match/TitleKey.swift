/// The comparison key of a product title: lower-cased, full-width forms folded to half-width, and every run of
/// white space, punctuation or symbols folded to one space, so `【新款】Women’s  Maxi-Dress！` and
/// `【新款】women's maxi dress!` compare equal.
public enum TitleKey {
    /// The key of `title`; `""` when it has no letters or digits.
    public static func of(_ title: String) -> String {
        var scalars = String.UnicodeScalarView()
        var pendingSpace = false
        for original in title.unicodeScalars {
            let scalar = halfWidth(original)
            if isSeparator(scalar) {
                pendingSpace = !scalars.isEmpty
                continue
            }
            if pendingSpace {
                scalars.append(" ")
                pendingSpace = false
            }
            if scalar.value >= 0x41 && scalar.value <= 0x5A {
                scalars.append(Unicode.Scalar(scalar.value + 0x20)!)
            } else if scalar.isASCII {
                scalars.append(scalar)
            } else {
                scalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return String(scalars)
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
