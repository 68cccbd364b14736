/// Text prepared for lexicon matching: Unicode scalar values, lower-cased, full-width forms folded to half-width,
/// curly apostrophes straightened, so lookups compare plain integers.
struct ReasonText {
    let scalars: [UInt32]

    init(_ text: String) {
        var scalars: [UInt32] = []
        scalars.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            scalars.append(Self.fold(scalar.value))
        }
        // A hyphen inside a word (`best-before`, `see-through`, `t-shirt`) joins words; elsewhere it is a dash.
        var index = 1
        while index + 1 < scalars.count {
            if scalars[index] == 0x2D && Self.isLetter(scalars[index - 1]) && Self.isLetter(scalars[index + 1]) {
                scalars[index] = 0x20
            }
            index += 1
        }
        self.scalars = scalars
    }

    /// One scalar folded: ASCII and full-width capitals lowered, full-width ASCII to half-width, ideographic
    /// space to space, ’ and ‘ to an apostrophe, traditional and variant forms of common characters to the
    /// simplified ones the lexicon uses (`顏色`, `顔色` → `颜色`, `尺碼` → `尺码`).
    @inline(__always)
    static func fold(_ value: UInt32) -> UInt32 {
        var value = value
        if value >= 0xFF01 && value <= 0xFF5E { value -= 0xFEE0 }
        switch value {
        case 0x41...0x5A: return value + 0x20
        case 0x3000: return 0x20
        case 0x2018, 0x2019: return 0x27
        case ChineseVariants.first...ChineseVariants.last: return ChineseVariants.simplified(value)
        default: return value
        }
    }

    /// Whether `value` is a lower-case ASCII letter.
    @inline(__always)
    static func isLetter(_ value: UInt32) -> Bool { value >= 0x61 && value <= 0x7A }

    /// Whether `value` is an ASCII letter or digit (for word boundaries of English entries).
    @inline(__always)
    static func isWordScalar(_ value: UInt32) -> Bool {
        (value >= 0x61 && value <= 0x7A) || (value >= 0x30 && value <= 0x39) || value == 0x27
    }

    /// Whether `value` ends a clause: sentence and clause punctuation in both languages, line breaks, and a
    /// hyphen or slash used as a dash.
    @inline(__always)
    static func isClauseBreak(_ value: UInt32) -> Bool {
        switch value {
        case 0x2C, 0x2E, 0x3B, 0x21, 0x3F, 0x0A, 0x0D, 0x3A, 0x2D,  // , . ; ! ? LF CR : -
            0x3001, 0x3002, 0xFF0C, 0xFF1B, 0x2026, 0x2014, 0xFF5E, 0x7E:  // 、 。 ， ； … — ～ ~
            return true
        default:
            return false
        }
    }

    /// The folded text of `range` as a `String`, for evidence.
    func string(_ range: Range<Int>) -> String {
        var out = String.UnicodeScalarView()
        for value in scalars[range] {
            if let scalar = Unicode.Scalar(value) { out.append(scalar) }
        }
        return String(out)
    }
}
