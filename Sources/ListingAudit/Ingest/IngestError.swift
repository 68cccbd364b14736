/// Why an input file could not be read at all. Row-level problems are `CSVIssue`s and skipped rows instead.
public enum IngestError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file does not exist (exit 66).
    case fileNotFound(path: String)
    /// The file exists but cannot be read (exit 66).
    case unreadable(path: String, reason: String)
    /// The data cannot be used: not a table we recognise, no header, a required column missing (exit 65).
    case unusableData(location: SourceLocation, reason: String)

    public var description: String {
        switch self {
        case .fileNotFound(let path): "\(path): no such file"
        case .unreadable(let path, let reason): "\(path): cannot read: \(reason)"
        case .unusableData(let location, let reason): "\(location): \(reason)"
        }
    }
}
