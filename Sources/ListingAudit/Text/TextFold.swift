/// The one folding every text goes through before it is matched against a word list, hashed or compared: what two
/// spellings of the same word have in common. It works scalar by scalar, so each folded scalar stands for exactly one
/// scalar as written and a match found in folded text can be quoted as the shop or buyer wrote it.
///
/// - ASCII capitals to lower case; full-width ASCII (`Ｔ恤`, `ＸＬ`, `６０`, `！`) to ASCII; other capitals to their
///   one-scalar lower case (`É` → `é`);
/// - the ideographic and no-break spaces to a space; curly quotes and the inch mark to straight ones (`“”″` → `"`,
///   `‘’` → `'`); `×` to `x`; dashes (`–`, `—`, `〜`) to `-`;
/// - traditional and variant forms of common Chinese characters to the simplified ones (`顏色` → `颜色`).
///
/// `FoldedText` adds the one rule that needs context: a hyphen between two letters joins words and folds to a space
/// (`T-Shirt` and `t shirt` are one spelling).
public enum TextFold {
    /// `value` folded.
    @inline(__always)
    public static func fold(_ value: UInt32) -> UInt32 {
        if value < 0x80 { return value &- 0x41 < 26 ? value + 0x20 : value }
        if value >= ChineseVariants.first && value <= ChineseVariants.last { return ChineseVariants.simplified(value) }
        return foldOther(value)
    }

    /// `value` folded, the variant table given (read once per text by a caller folding many scalars).
    @inline(__always)
    static func fold(_ value: UInt32, variants: UnsafeBufferPointer<UInt16>) -> UInt32 {
        if value < 0x80 { return value &- 0x41 < 26 ? value + 0x20 : value }
        if value >= ChineseVariants.first && value <= ChineseVariants.last {
            let mapped = variants[Int(value - ChineseVariants.first)]
            return mapped == 0 ? value : UInt32(mapped)
        }
        return foldOther(value)
    }

    private static func foldOther(_ value: UInt32) -> UInt32 {
        switch value {
        case 0xFF01...0xFF5E: return fold(value - 0xFEE0)
        case 0x3000, 0x00A0: return 0x20
        case 0x2033, 0x201C, 0x201D: return 0x22
        case 0x2018, 0x2019: return 0x27
        case 0x00D7: return 0x78
        case 0x2013, 0x2014, 0x301C: return 0x2D
        case 0x3400...0x4DBF, 0xAC00...0xD7AF: return value
        // Blocks without case, asked about often (`。`, `、`, `【】`, `…`, emoji): no property look-up.
        case 0x2000...0x206F, 0x3001...0x303F, 0x1_F000...0x1_FAFF: return value
        default: break
        }
        return lowercasedByProperties(value)
    }

    /// `value`'s one-scalar lower case by the standard library's properties, or `value`. Kept out of line as
    /// `meaningfulByProperties` is: the cases above (full-width forms, Chinese punctuation) need no properties.
    @inline(never)
    private static func lowercasedByProperties(_ value: UInt32) -> UInt32 {
        guard let scalar = Unicode.Scalar(value), scalar.properties.changesWhenLowercased else { return value }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        guard lower.count == 1, let first = lower.first else { return value }
        return first.value
    }

    /// Whether `value` is a letter of a script that separates words with spaces (Latin, Greek, Cyrillic, …): the
    /// scalars a Latin word list entry must not be glued to. Accented letters are letters, written as one scalar
    /// (`à`) or as a letter and a combining mark (`a` + U+0300), so `belt` is not in `Beltà` either way. Digits are
    /// not letters (`2pcs` holds the word `pcs`), nor are Chinese, Japanese and Korean characters, which are written
    /// without spaces.
    @inline(__always)
    public static func isWordLetter(_ value: UInt32) -> Bool {
        if value < 0x80 { return value | 0x20 &- 0x61 < 26 }
        if value < 0x1_0000 { return BMPClasses.wordLetters.contains(value) }
        return !isUnspacedScript(value) && isAlphabeticByProperties(value)
    }

    /// Whether the scalar `value` (past U+FFFF) is alphabetic, by the standard library's property. Kept out of line
    /// as `meaningfulByProperties` is, for the same reason.
    @inline(never)
    private static func isAlphabeticByProperties(_ value: UInt32) -> Bool {
        Unicode.Scalar(value)?.properties.isAlphabetic ?? false
    }

    /// Whether `value` is an ASCII digit.
    @inline(__always)
    public static func isDigit(_ value: UInt32) -> Bool { value &- 0x30 < 10 }

    /// Whether `value` belongs to a script written without spaces between words: CJK ideographs, kana, hangul.
    @inline(__always)
    public static func isUnspacedScript(_ value: UInt32) -> Bool {
        (value >= 0x2E80 && value <= 0xA4CF) || (value >= 0xAC00 && value <= 0xD7AF)
            || (value >= 0xF900 && value <= 0xFAFF) || (value >= 0x2_0000 && value <= 0x3_FFFF)
    }

    /// Whether `value` is a Chinese character (CJK ideograph), which counts double in title and description lengths.
    @inline(__always)
    public static func isCJK(_ value: UInt32) -> Bool {
        (value >= 0x4E00 && value <= 0x9FFF) || (value >= 0x3400 && value <= 0x4DBF)
            || (value >= 0x2_0000 && value <= 0x2_A6DF) || (value >= 0xF900 && value <= 0xFAFF)
    }

    /// Whether `value` carries meaning: a letter, digit or ideograph (not punctuation, space, symbol or emoji).
    @inline(__always)
    public static func isMeaningful(_ value: UInt32) -> Bool {
        if value < 0x80 { return value | 0x20 &- 0x61 < 26 || value &- 0x30 < 10 }
        if value >= 0x4E00 && value <= 0x9FFF { return true }
        if value < 0x1_0000 { return BMPClasses.meaningful.contains(value) }
        return meaningfulByProperties(value)
    }

    /// `isMeaningful` past U+FFFF, by the standard library's properties. Kept out of line: `Unicode.Scalar.Properties`
    /// and `Unicode.NumericType` are types of unknown size to this module, and a function that inlines their use
    /// makes room for them on the stack at every call, asking the runtime for their metadata (about a hundred
    /// instructions a call of the description's fold or `ColourPromise`'s reading, whatever the text holds).
    @inline(never)
    private static func meaningfulByProperties(_ value: UInt32) -> Bool {
        guard let scalar = Unicode.Scalar(value) else { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

}

/// The classes of every scalar of the Basic Multilingual Plane, as bits built from the generated ranges of
/// `UnicodeTables`: the per-scalar tests of folded text then cost a bit look-up instead of a property search.
private enum BMPClasses {
    /// `TextFold.isMeaningful` for U+0000–U+FFFF.
    static let meaningful = BitTable(ranges: UnicodeTables.alphabeticOrNumeric) { _ in true }
    /// `TextFold.isWordLetter` for U+0080–U+FFFF: alphabetic, from U+00C0, not of a script written without spaces;
    /// and the combining diacritical marks, which belong to the letter before them.
    static let wordLetters = BitTable(ranges: UnicodeTables.alphabetic + combiningMarks) {
        $0 >= 0xC0 && !TextFold.isUnspacedScript($0)
    }
    /// The blocks of combining diacritical marks (first, last, …): U+0300–036F and its extensions and supplement.
    static let combiningMarks: [UInt32] = [0x300, 0x36F, 0x1AB0, 0x1AFF, 0x1DC0, 0x1DFF, 0x20D0, 0x20FF, 0xFE20, 0xFE2F]

    /// One bit per BMP scalar.
    struct BitTable: Sendable {
        private let words: [UInt64]

        /// The scalars of `ranges` (first, last, first, last, …) that pass `keep`.
        init(ranges: [UInt32], keep: (UInt32) -> Bool) {
            var words = [UInt64](repeating: 0, count: 1024)
            for pair in stride(from: 0, to: ranges.count - 1, by: 2) {
                for value in ranges[pair]...ranges[pair + 1] where keep(value) {
                    words[Int(value >> 6)] |= 1 << UInt64(value & 63)
                }
            }
            self.words = words
        }

        @inline(__always)
        func contains(_ value: UInt32) -> Bool { words[Int(value >> 6)] & 1 << UInt64(value & 63) != 0 }
    }
}

extension Unicode.Scalar {
    /// A Chinese character (CJK ideograph).
    var isCJK: Bool { TextFold.isCJK(value) }
    /// A scalar that carries meaning: a letter, digit or ideograph (not punctuation, space, symbol or emoji).
    var isWordScalar: Bool { TextFold.isMeaningful(value) }
}

extension String {
    /// Whether the text contains a Chinese character.
    public var containsCJK: Bool { unicodeScalars.contains { $0.isCJK } }
}
