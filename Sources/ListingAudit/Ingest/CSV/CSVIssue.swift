/// A problem in one record that the reader repaired by a stated rule. The record is still delivered; the issue
/// travels with it so nothing is lost silently.
public struct CSVIssue: Hashable, Sendable, CustomStringConvertible {
    /// What went wrong, and the repair rule applied.
    public enum Kind: String, Hashable, Sendable {
        /// A quoted field was still open at the end of input. Repair: the field runs to the end of input.
        case unterminatedQuote = "unterminated-quote"
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

    /// The repair rule, for messages.
    public var repair: String {
        switch kind {
        case .unterminatedQuote: "quoted field never closed; read to the end of the file"
        case .quoteInUnquotedField: "quote character inside an unquoted field; kept as text"
        case .textAfterClosingQuote: "text after a closing quote; kept as part of the field"
        case .invalidEncoding: "bytes not valid in the file's encoding; replaced with \u{FFFD}"
        case .nulByte: "NUL bytes inside the field; removed"
        case .fieldTooLong:
            "field longer than \(FieldLimit.maximumBytes >> 20) MiB; only its first "
                + "\(FieldLimit.maximumBytes >> 20) MiB are read"
        }
    }

    public var description: String { "line \(line), column \(column): \(repair)" }
}
