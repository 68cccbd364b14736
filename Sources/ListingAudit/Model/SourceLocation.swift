/// Where a value came from: the input file, the 1-based physical line its record starts on, and (when known) the
/// 1-based column: in a table, the field's number inside that record; in an XML feed, the byte column of the
/// element that holds the value (its line then being the element's), so items on one line are told apart.
public struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The path of the input file as the user named it.
    public var file: String
    /// 1-based line number of the record that holds the value.
    public var line: Int
    /// 1-based column of the value (a table's field number, a feed element's byte column), when it is known.
    public var column: Int?

    public init(file: String, line: Int, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line` or `file:line:column`, the form compilers and editors understand; only `file` for a problem of the
    /// file as a whole (line 0).
    public var description: String {
        if line == 0 { return file }
        if let column { return "\(file):\(line):\(column)" }
        return "\(file):\(line)"
    }
}
