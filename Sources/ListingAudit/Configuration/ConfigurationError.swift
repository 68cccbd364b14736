/// Why a config file could not be used. Printed as `FILE: message` in the user's language; the CLI exits 64
/// (usage) for every case but an unreadable file (66). Keys, paths, rule ids and the values the user typed are
/// quoted as given (`'key'` in English, `“key”` in Chinese).
public enum ConfigurationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file does not exist or cannot be read.
    case unreadable(path: String, reason: Reason)
    /// The file is not valid JSON.
    case invalidJSON(reason: Reason)
    /// A key the configuration does not know, with the nearest known key.
    case unknownKey(key: String, suggestion: String?)
    /// A key an earlier version knew and this one replaced: the key that took its place.
    case retiredKey(key: String, replacement: String)
    /// A value outside its allowed range or set, or of the wrong type.
    case invalidValue(key: String, reason: Reason)
    /// A rule id no rule has.
    case unknownRule(id: String, key: String, suggestion: String?)
    /// A platform name no `PlatformProfile` has (config `platform`, `--platform`), with the nearest name.
    case unknownPlatform(name: String, key: String, suggestion: String?)
    /// The error, located in `file`.
    indirect case inFile(String, ConfigurationError)

    /// The message in English.
    public var description: String { message(.en) }

    /// The message in `language`. A reason the system gives (a JSON parser's) is quoted as the system gives it.
    public func message(_ language: Language) -> String {
        let zh = language == .zh
        switch self {
        case .unreadable(let path, let reason):
            return zh ? "\(path)：无法读取配置：\(reason.text(.zh))" : "\(path): cannot read config: \(reason.text(.en))"
        case .invalidJSON(let reason):
            return zh ? "不是有效的配置：\(reason.text(.zh))" : "not a valid config: \(reason.text(.en))"
        case .unknownKey(let key, let suggestion):
            return zh ? "未知配置项“\(key)”" + Self.hint(suggestion, language) : "unknown key '\(key)'"
                + Self.hint(suggestion, language)
        case .retiredKey(let key, let replacement):
            return zh ? "配置项“\(key)”已停用，请改用“\(replacement)”"
                : "key '\(key)' is no longer used; set '\(replacement)' instead"
        case .invalidValue(let key, let reason):
            return zh ? "配置项“\(key)”的值无效：\(reason.text(.zh))"
                : "invalid value for '\(key)': \(reason.text(.en))"
        case .unknownRule(let id, let key, let suggestion):
            return (zh ? "“\(key)”中有未知规则“\(id)”" : "unknown rule '\(id)' in '\(key)'")
                + Self.hint(suggestion, language)
        case .unknownPlatform(let name, let key, let suggestion):
            let choices = Reason.oneOf(PlatformProfile.choices).text(language)
            let nearest = suggestion.map { zh ? "；是不是“\($0)”？" : "; did you mean '\($0)'?" } ?? ""
            return zh ? "“\(key)”中有未知平台“\(name)”（\(choices)）\(nearest)"
                : "unknown platform '\(name)' in '\(key)' (\(choices))\(nearest)"
        case .inFile(let file, let error):
            return zh ? "\(file)：\(error.message(.zh))" : "\(file): \(error.message(.en))"
        }
    }

    /// ` (did you mean 'x'?)` / `（是不是“x”？）`, or nothing without a suggestion.
    private static func hint(_ suggestion: String?, _ language: Language) -> String {
        guard let suggestion else { return "" }
        return language == .zh ? "（是不是“\(suggestion)”？）" : " (did you mean '\(suggestion)'?)"
    }
}
