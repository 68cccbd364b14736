extension ConfigurationError {
    /// Why a config file or value is not accepted, said in both languages. The names listed (`oneOf`) are quoted as
    /// the user would type them; a reason the system gives (`system`) is quoted as the system gives it.
    public enum Reason: Equatable, Sendable {
        /// The file does not exist.
        case fileNotFound
        /// The file exists but cannot be read.
        case permissionDenied
        /// A number below 0 where 0 or more is needed.
        case negative
        /// A number that must be more than 0.
        case notPositive
        /// A name that must be one of these.
        case oneOf([String])
        /// A value of the wrong JSON type.
        case expected(ValueKind)
        /// `null` where a value is needed.
        case null
        /// A `links` entry that cannot be used.
        case links(LinkMapError)
        /// A number the decoder cannot read as the value needed: a fraction where a whole number is needed, or
        /// too large a number (Foundation says only that the data is not JSON, and names no key).
        case unreadableNumber
        /// What the system (Foundation's JSON parser) says, as it says it.
        case system(String)
        /// What the JSON parser says, as it says it, at a 1-based line and column (in characters).
        case syntax(line: Int, column: Int, system: String)

        /// The reason in `language`.
        public func text(_ language: Language) -> String {
            let zh = language == .zh
            switch self {
            case .fileNotFound: return zh ? "文件不存在" : "no such file"
            case .permissionDenied: return zh ? "没有读取权限" : "permission denied"
            case .negative: return zh ? "不能小于 0" : "must be 0 or more"
            case .notPositive: return zh ? "必须大于 0" : "must be more than 0"
            case .oneOf(let names):
                return zh ? "可用：" + names.map { "“\($0)”" }.joined(separator: "、")
                    : "use one of " + names.joined(separator: ", ")
            case .expected(let kind): return zh ? "应为\(kind.name.zh)" : "expected \(kind.name.en)"
            case .null: return zh ? "不能为“null”" : "must not be null"
            case .links(let error): return error.message(language)
            case .unreadableNumber:
                return zh ? "有数字无法按所需类型读取（需要整数却写了小数，或数值过大）"
                    : "a number cannot be read as the value needed (a fraction where a whole number is needed, or too "
                        + "large)"
            case .system(let text): return text
            case .syntax(let line, let column, let system):
                return zh ? "第 \(line) 行第 \(column) 列：\(system)" : "line \(line), column \(column): \(system)"
            }
        }
    }

    /// The JSON type a config value must have.
    public enum ValueKind: Equatable, Sendable {
        case wholeNumber, number, text, boolean, list, object

        /// The kind of the Swift type `type` a decoder expected, if it is one a config holds.
        init?(decoding type: Any.Type) {
            let name = String(describing: type)
            switch name {
            case "Int", "Int64", "Int32", "UInt", "UInt64", "UInt32": self = .wholeNumber
            case "Double", "Float": self = .number
            case "String": self = .text
            case "Bool": self = .boolean
            default:
                if name.hasPrefix("Array<") {
                    self = .list
                } else if name.hasPrefix("Dictionary<") {
                    self = .object
                } else {
                    return nil
                }
            }
        }

        /// What a value of this kind is called, with an example for the containers.
        var name: LocalizedText {
            switch self {
            case .wholeNumber: LocalizedText(zh: "整数", en: "a whole number")
            case .number: LocalizedText(zh: "数字", en: "a number")
            case .text: LocalizedText(zh: "带引号的文字", en: "text in quotes")
            case .boolean: LocalizedText(zh: "“true”或“false”", en: "true or false")
            case .list: LocalizedText(zh: "列表（[…]）", en: "a list ([…])")
            case .object: LocalizedText(zh: "对象（{…}）", en: "an object ({…})")
            }
        }
    }
}
