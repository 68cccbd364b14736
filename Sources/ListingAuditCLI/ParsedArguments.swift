import ListingAudit

/// A usage mistake: printed with the command's usage line and a hint, exit 64.
struct UsageError: Error, Equatable {
    let message: LocalizedText
    /// The command whose usage to show; `nil` for the top level.
    let command: String?

    /// No `<file>` given to a command that needs at least one.
    static let missingFiles = LocalizedText(
        zh: "缺少必需的参数“<file> ...”。", en: "Missing expected argument '<file> ...'.")
}

/// The arguments of one command invocation after parsing. Options are read only through the command's declared
/// `Option`s, never by name.
struct ParsedArguments: Equatable {
    /// The command parsed for, named in usage errors.
    private let command: String
    /// The names of the options the command declares.
    private let declared: Set<String>
    /// The texts given for each option, in order; a flag given twice has two empty texts.
    private var given: [String: [String]] = [:]
    /// Positional arguments.
    private(set) var positionals: [String] = []

    private init(spec: CommandSpec) {
        command = spec.name
        declared = Set(spec.options.map(\.name))
    }

    /// The value of `option`: what its declaration makes of the texts given for it (its default when absent).
    /// Reading an option the command's spec does not list is a programming error.
    func value<Value, Failure>(_ option: Option<Value, Failure>) throws(Failure) -> Value {
        assert(declared.contains(option.spec.name), "'\(command)' does not list the option '--\(option.spec.name)'")
        return try option.value(given: given[option.spec.name] ?? [], command: command)
    }

    /// Parses `arguments` against `spec`: `--name value`, `--name=value`, `-x value`, flags, `--` ends options.
    /// `-h`/`--help` are handled by the caller before this runs.
    static func parse(_ arguments: [String], spec: CommandSpec) throws(UsageError) -> ParsedArguments {
        var result = ParsedArguments(spec: spec)
        var index = 0
        var onlyPositionals = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyPositionals || argument == "-" || !argument.hasPrefix("-") {
                result.positionals.append(argument)
                continue
            }
            if argument == "--" {
                onlyPositionals = true
                continue
            }
            var inline: String?
            let option: OptionSpec
            if argument.hasPrefix("--") {
                var name = String(argument.dropFirst(2))
                if let equals = name.firstIndex(of: "=") {
                    inline = String(name[name.index(after: equals)...])
                    name = String(name[..<equals])
                }
                guard let found = spec.option(named: name) else {
                    throw UsageError(message: unknownOption(argument, spec: spec), command: spec.name)
                }
                option = found
            } else {
                guard argument.count == 2, let found = spec.option(short: argument.last!) else {
                    throw UsageError(message: unknownOption(argument, spec: spec), command: spec.name)
                }
                option = found
            }
            if option.isFlag {
                if inline != nil {
                    throw UsageError(
                        message: LocalizedText(
                            zh: "选项“--\(option.name)”不带值。", en: "Option '--\(option.name)' takes no value."),
                        command: spec.name)
                }
                result.given[option.name, default: []].append("")
                continue
            }
            let value: String
            if let inline {
                value = inline
            } else if index < arguments.count {
                value = arguments[index]
                index += 1
            } else {
                let shown = "--\(option.name) \(option.valueName!)"
                throw UsageError(
                    message: LocalizedText(zh: "“\(shown)”缺少值。", en: "Missing value for '\(shown)'."),
                    command: spec.name)
            }
            if !option.allowed.isEmpty, !option.allowed.contains(value) {
                let allowed = option.allowed.joined(separator: ", ")
                throw UsageError(
                    message: LocalizedText(
                        zh: "“--\(option.name)”的值“\(value)”无效，可用：\(allowed)。",
                        en: "The value '\(value)' is invalid for '--\(option.name)'. Use one of: \(allowed)."),
                    command: spec.name)
            }
            if !option.repeatable, result.given[option.name] != nil {
                throw UsageError(
                    message: LocalizedText(
                        zh: "选项“--\(option.name)”给了不止一次。",
                        en: "Option '--\(option.name)' was given more than once."),
                    command: spec.name)
            }
            result.given[option.name, default: []].append(value)
        }
        return result
    }

    private static func unknownOption(_ argument: String, spec: CommandSpec) -> LocalizedText {
        let name = argument.drop { $0 == "-" }.split(separator: "=").first.map(String.init) ?? ""
        let candidates = spec.options.map(\.name) + ["help"]
        if let best = candidates.min(by: { EditDistance.between($0, name) < EditDistance.between($1, name) }),
            EditDistance.between(best, name) <= 2
        {
            return LocalizedText(
                zh: "未知选项“\(argument)”。是不是“--\(best)”？",
                en: "Unknown option '\(argument)'. Did you mean '--\(best)'?")
        }
        return LocalizedText(zh: "未知选项“\(argument)”。", en: "Unknown option '\(argument)'.")
    }
}
