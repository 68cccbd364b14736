/// Why an audit could not run to the end. The CLI maps each case to its exit code.
public enum AuditError: Error, Equatable, Sendable, CustomStringConvertible {
    /// An input file could not be read or used (exit 66 or 65, from the ingest error).
    case ingest(IngestError)
    /// The configuration is invalid (exit 64, or 66 when unreadable).
    case configuration(ConfigurationError)
    /// The folder given to `audit DIR` holds no usable listing export, or several files of one kind (exit 65 or
    /// 66 as the case says).
    case discovery(DiscoveryProblem)
    /// A report file could not be written (exit 73): the system's reason, or what else is in the way.
    case cannotWrite(path: String, reason: LocalizedText)
    /// Another audit is writing into the output or history folder `path` (exit 75); `holder` is its process id
    /// when known.
    case busy(path: String, holder: Int32?)

    /// The message in `language`: input, configuration, folder, write and busy-folder errors, all in both languages
    /// (a JSON parser's reason for a config that is not JSON is quoted as the parser gives it).
    public func message(_ language: Language) -> String {
        switch self {
        case .ingest(let error):
            return error.message(language)
        case .configuration(let error):
            return error.message(language)
        case .discovery(let problem):
            return problem.message(language)
        case .cannotWrite(let path, let reason) where language == .zh:
            return "\(path)：无法写入：\(reason.zh)"
        case .busy(let path, let holder) where language == .zh:
            return "\(path)：另一个审计\(holder.map { "（进程 \($0)）" } ?? "")正在写入这个文件夹；请等它结束，或换一个文件夹"
        default:
            return description
        }
    }

    public var description: String {
        switch self {
        case .ingest(let error): error.description
        case .configuration(let error): error.description
        case .discovery(let problem): problem.description
        case .cannotWrite(let path, let reason): "\(path): cannot write: \(reason.en)"
        case .busy(let path, let holder):
            "\(path): another audit\(holder.map { " (process \($0))" } ?? "") is writing into this folder; "
                + "wait for it to finish, or choose another folder"
        }
    }
}
