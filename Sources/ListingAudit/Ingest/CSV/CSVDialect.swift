/// How a delimited text file is laid out.
public struct CSVDialect: Hashable, Sendable {
    /// The field separator: `,`, tab, `;` or `|`.
    public var delimiter: UInt8
    /// The quote character (RFC 4180: `"`).
    public var quote: UInt8

    public init(delimiter: UInt8 = UInt8(ascii: ","), quote: UInt8 = UInt8(ascii: "\"")) {
        self.delimiter = delimiter
        self.quote = quote
    }

    /// Whether the delimiter and the quote are ASCII bytes (those of every dialect the reader picks), which never lie
    /// inside a multi-byte UTF-8 sequence: valid text split at them, its quotes taken out, leaves valid fields.
    var marksAreASCII: Bool { delimiter < 0x80 && quote < 0x80 }

    /// Comma-separated values.
    public static let csv = CSVDialect()
    /// Tab-separated values.
    public static let tsv = CSVDialect(delimiter: UInt8(ascii: "\t"))

    /// A readable name for the delimiter, as `inspect` prints it.
    public var delimiterName: String {
        switch delimiter {
        case UInt8(ascii: ","): "comma"
        case UInt8(ascii: "\t"): "tab"
        case UInt8(ascii: ";"): "semicolon"
        case UInt8(ascii: "|"): "pipe"
        default: String(UnicodeScalar(delimiter))
        }
    }
}
