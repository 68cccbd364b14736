/// A problem in one record that the reader repaired by a stated rule. The record is still delivered; the issue
/// travels with it so nothing is lost silently.
public struct CSVIssue: Hashable, Sendable, CustomStringConvertible {
    /// What went wrong, and the repair rule applied.
    public enum Kind: String, Hashable, Sendable {
        /// A quoted field was still open at the end of input, and the input ends mid-line (a file cut short) or
        /// the rest of it is more than a field may hold (`FieldLimit`). Repair: the field runs to the end of input.
        case unterminatedQuote = "unterminated-quote"
        /// A quote that opened a field was never closed, in input that ends with a line end (a file written
        /// whole). Repair: the quote is a character of the field, which ends at the next delimiter or line end; the
        /// lines after it are read as rows.
        case strayQuote = "stray-quote"
        /// A quote character inside an unquoted field. Repair: kept as a literal character.
        case quoteInUnquotedField = "quote-in-unquoted-field"
        /// Characters after a closing quote before the delimiter. Repair: appended to the field.
        case textAfterClosingQuote = "text-after-closing-quote"
        /// Bytes that are not valid in the file's encoding. Repair: replaced with U+FFFD.
        case invalidEncoding = "invalid-encoding"
        /// NUL bytes inside a field. Repair: removed.
        case nulByte = "nul-byte"
        /// A field longer than `FieldLimit.maximumBytes`. Repair: only its first `FieldLimit.maximumBytes` are read.
        case fieldTooLong = "field-too-long"
    }

    public var kind: Kind
    /// 1-based physical line where the problem is.
    public var line: Int
    /// 1-based field number where the problem is.
    public var column: Int

    public init(kind: Kind, line: Int, column: Int) {
        self.kind = kind
        self.line = line
        self.column = column
    }

    /// The repair rule, for messages, in English.
    public var repair: String { repairText.en }

    /// The repair rule, for messages, in both languages.
    public var repairText: LocalizedText {
        let mebibytes = FieldLimit.maximumBytes >> 20
        switch kind {
        case .unterminatedQuote:
            return LocalizedText(
                zh: "引号未闭合；该单元格读到文件末尾", en: "quoted field never closed; read to the end of the file")
        case .strayQuote:
            return LocalizedText(
                zh: "单元格开头的引号到文件末尾都没有闭合；按文字读取，其后各行照常逐行读取",
                en: "a quote opening the field is never closed; kept as text, and the lines after it read as rows")
        case .quoteInUnquotedField:
            return LocalizedText(
                zh: "未加引号的单元格中有引号；按文字保留", en: "quote character inside an unquoted field; kept as text")
        case .textAfterClosingQuote:
            return LocalizedText(
                zh: "右引号后还有文字；并入该单元格", en: "text after a closing quote; kept as part of the field")
        case .invalidEncoding:
            return LocalizedText(
                zh: "有不符合文件编码的字节；替换为 \u{FFFD}",
                en: "bytes not valid in the file's encoding; replaced with \u{FFFD}")
        case .nulByte:
            return LocalizedText(zh: "单元格中有空字节（NUL）；已删除", en: "NUL bytes inside the field; removed")
        case .fieldTooLong:
            return LocalizedText(
                zh: "单元格超过 \(mebibytes) MB；只读取前 \(mebibytes) MB",
                en: "field longer than \(mebibytes) MiB; only its first \(mebibytes) MiB are read")
        }
    }

    public var description: String { "line \(line), column \(column): \(repair)" }
}
