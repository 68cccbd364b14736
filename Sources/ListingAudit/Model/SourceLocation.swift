/// Where a value came from: the input file, the 1-based physical line its record starts on, and (when known) the
/// 1-based column: in a table, the field's number inside that record; in an XML feed, the byte column of the
/// element that holds the value (its line then being the element's), so items on one line are told apart.
///
/// The file is held as a `SourceFileName`, which the process keeps once made, by an unowned reference: a location is
/// plain numbers to copy and to drop (no reference counted), and the name's text is read only where a location is
/// printed or compared with another file's.
public struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The file's name. `unowned(unsafe)` is safe because `SourceFileName.named(_:)`, the only maker of one, keeps
    /// every name it made for the life of the process.
    private unowned(unsafe) var name: SourceFileName
    /// 1-based line number of the record that holds the value.
    public var line: Int
    /// 1-based column of the value (a table's field number, a feed element's byte column), when it is known.
    public var column: Int?

    /// The path of the input file as the user named it.
    public var file: String {
        get { name.text }
        set { name = SourceFileName.named(newValue) }
    }

    /// The file's name, for making more locations in the file without looking its text up again.
    var fileName: SourceFileName { name }

    public init(file: String, line: Int, column: Int? = nil) {
        self.init(file: SourceFileName.named(file), line: line, column: column)
    }

    /// A location in the file `file`, named once by its reader (no look-up of its text).
    init(file: SourceFileName, line: Int, column: Int? = nil) {
        name = file
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

    /// Locations are equal when their lines, columns and files are, the files compared as `String`s.
    public static func == (left: SourceLocation, right: SourceLocation) -> Bool {
        left.line == right.line && left.column == right.column && SourceFileName.same(left.name, right.name)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(name.textHash)
        hasher.combine(line)
        hasher.combine(column)
    }

    private enum CodingKeys: String, CodingKey {
        case file, line, column
    }

    /// Decodes a location encoded as its file's text, line and column.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            file: try container.decode(String.self, forKey: .file), line: try container.decode(Int.self, forKey: .line),
            column: try container.decodeIfPresent(Int.self, forKey: .column))
    }

    /// Encodes the location as its file's text, line and column (none when it is not known).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(line, forKey: .line)
        try container.encodeIfPresent(column, forKey: .column)
    }
}
