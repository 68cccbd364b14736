/// Why a config file could not be used. Printed as `FILE: message`; the CLI exits 64 (usage) for every case but
/// an unreadable file (66).
public enum ConfigurationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file does not exist or cannot be read.
    case unreadable(path: String, reason: String)
    /// The file is not valid JSON or a value has the wrong type.
    case invalidJSON(reason: String)
    /// A key the configuration does not know, with the nearest known key.
    case unknownKey(key: String, suggestion: String?)
    /// A value outside its allowed range or set.
    case invalidValue(key: String, reason: String)
    /// A rule id no rule has.
    case unknownRule(id: String, key: String, suggestion: String?)
    /// A platform name no `PlatformProfile` has (config `platform`, `--platform`), with the nearest name.
    case unknownPlatform(name: String, key: String, suggestion: String?)
    /// The error, located in `file`.
    indirect case inFile(String, ConfigurationError)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): "\(path): cannot read config: \(reason)"
        case .invalidJSON(let reason): "not a valid config: \(reason)"
        case .unknownKey(let key, let suggestion):
            "unknown key '\(key)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
        case .invalidValue(let key, let reason): "invalid value for '\(key)': \(reason)"
        case .unknownRule(let id, let key, let suggestion):
            "unknown rule '\(id)' in '\(key)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
        case .unknownPlatform(let name, let key, let suggestion):
            "unknown platform '\(name)' in '\(key)' (use one of \(PlatformProfile.choices.joined(separator: ", ")))"
                + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
        case .inFile(let file, let error): "\(file): \(error)"
        }
    }
}
