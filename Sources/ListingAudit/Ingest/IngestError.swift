/// Why an input file could not be read at all. Row-level problems are `CSVIssue`s and skipped rows instead.
public enum IngestError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file does not exist (exit 66).
    case fileNotFound(path: String)
    /// The file exists but cannot be read (exit 66): the system's reason, or what else is in the way.
    case unreadable(path: String, reason: LocalizedText)
    /// The data cannot be used, said in English only: the labelled sets read by `evaluate-rules` and
    /// `classify-reasons` (files the project's developers write; every shop export's refusal is `unusableInput`).
    /// Exit 65.
    case unusableData(location: SourceLocation, reason: String)
    /// The data cannot be used, said in both languages: a damaged, encrypted or hostile workbook, a feed that is not
    /// well-formed, a sheet with no table (exit 65).
    case unusableInput(location: SourceLocation, reason: LocalizedText)

    public var description: String { message(.en) }

    /// The message in `language` (`unusableData`, about the project's own labelled sets, is in English only).
    public func message(_ language: Language) -> String {
        switch self {
        case .fileNotFound(let path):
            language == .zh ? "\(path)：文件不存在" : "\(path): no such file"
        case .unreadable(let path, let reason):
            language == .zh ? "\(path)：无法读取：\(reason.zh)" : "\(path): cannot read: \(reason.en)"
        case .unusableData(let location, let reason): "\(location): \(reason)"
        case .unusableInput(let location, let reason):
            language == .zh ? "\(location)：\(reason.zh)" : "\(location): \(reason.en)"
        }
    }

    /// An `.unusableInput` error at `location`.
    static func input(_ location: SourceLocation, zh: String, en: String) -> IngestError {
        .unusableInput(location: location, reason: LocalizedText(zh: zh, en: en))
    }

    /// An `.unusableInput` error about the file at `path` as a whole.
    static func input(_ path: String, zh: String, en: String) -> IngestError {
        .unusableInput(location: SourceLocation(file: path, line: 0), reason: LocalizedText(zh: zh, en: en))
    }
}
