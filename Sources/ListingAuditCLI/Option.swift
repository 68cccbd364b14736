import ListingAudit

/// An option as a command reads it: the `OptionSpec` that parsing and help are generated from, and how the texts
/// given for the option become a typed value.
///
/// A command declares each option once, as a constant that its `CommandSpec` lists, and reads it only through that
/// constant (`arguments.value(Options.format)`), so a misspelt option name does not compile. Options whose text is
/// checked when read (a number, a date) have `Failure == UsageError`; the others cannot fail, and reading them needs
/// no `try`.
struct Option<Value, Failure: Error>: DeclaredOption {
    let spec: OptionSpec
    private let read: @Sendable (_ given: [String], _ command: String) throws(Failure) -> Value

    private init(
        _ spec: OptionSpec, read: @escaping @Sendable (_ given: [String], _ command: String) throws(Failure) -> Value
    ) {
        self.spec = spec
        self.read = read
    }

    /// The value from the texts given for the option, in order (none when it was not given); a usage error names
    /// `command`.
    func value(given: [String], command: String) throws(Failure) -> Value {
        try read(given, command)
    }
}

/// What a `CommandSpec` lists: any option, whatever its value type.
protocol DeclaredOption: Sendable {
    var spec: OptionSpec { get }
}

// MARK: - Options that cannot fail when read

extension Option where Value == Bool, Failure == Never {
    /// A flag: `true` when given.
    static func flag(_ name: String, short: Character? = nil, help: LocalizedText) -> Self {
        Option(OptionSpec(name, short: short, help: help)) { given, _ in !given.isEmpty }
    }
}

extension Option where Value == String?, Failure == Never {
    /// A value kept as text (a path, a folder); `nil` when not given. `shown` is the default help prints; a
    /// non-empty `allowed` makes parsing refuse any other value.
    static func text(
        _ name: String, short: Character? = nil, value: String, help: LocalizedText, allowed: [String] = [],
        default shown: LocalizedText? = nil
    ) -> Self {
        Option(OptionSpec(name, short: short, value: value, help: help, allowed: allowed, default: shown)) { given, _ in
            given.last
        }
    }
}

extension Option where Value == [String], Failure == Never {
    /// A repeatable option; each value given may also be a comma-separated list.
    static func list(_ name: String, value: String, help: LocalizedText) -> Self {
        Option(OptionSpec(name, value: value, help: help, repeatable: true)) { given, _ in
            given.flatMap { $0.split(separator: ",").map(String.init) }
        }
    }
}

extension Option where Failure == Never {
    /// One of `cases` (help lists them in this order; parsing refuses any other); `nil` when not given. `shown` is
    /// the default help prints.
    static func choice<Choice: RawRepresentable<String> & Sendable>(
        _ name: String, value: String, help: LocalizedText, cases: [Choice], default shown: LocalizedText? = nil
    ) -> Self where Value == Choice? {
        let spec = OptionSpec(name, value: value, help: help, allowed: cases.map(\.rawValue), default: shown)
        return Option(spec) { given, _ in given.last.flatMap(Choice.init(rawValue:)) }
    }

    /// One of `cases`, or `defaultValue` when not given. Help shows `shown`, or else the default's raw value.
    static func choice(
        _ name: String, value: String, help: LocalizedText, cases: [Value], default defaultValue: Value,
        shown: LocalizedText? = nil
    ) -> Self where Value: RawRepresentable<String> & Sendable {
        let spec = OptionSpec(
            name, value: value, help: help, allowed: cases.map(\.rawValue),
            default: shown ?? LocalizedText(zh: defaultValue.rawValue, en: defaultValue.rawValue))
        return Option(spec) { given, _ in given.last.flatMap(Value.init(rawValue:)) ?? defaultValue }
    }
}

// MARK: - Options checked when read

extension Option where Failure == UsageError {
    /// A value `convert` makes from the text; `nil` when not given. A text `convert` refuses is a usage error worded
    /// by `invalid`. `shown` is the default help prints.
    static func converted<Converted: Sendable>(
        _ name: String, value: String, help: LocalizedText, default shown: LocalizedText? = nil,
        convert: @escaping @Sendable (String) -> Converted?, invalid: @escaping @Sendable (String) -> LocalizedText
    ) -> Self where Value == Converted? {
        Option(OptionSpec(name, value: value, help: help, default: shown)) { given, command throws(UsageError) in
            guard let text = given.last else { return nil }
            guard let converted = convert(text) else { throw UsageError(message: invalid(text), command: command) }
            return converted
        }
    }

    /// A whole number ≥ 0, or `defaultValue` when not given (help shows it). Any other text is a usage error worded
    /// by `invalid`.
    static func count(
        _ name: String, value: String, help: LocalizedText, default defaultValue: Int,
        invalid: @escaping @Sendable (String) -> LocalizedText
    ) -> Self where Value == Int {
        let shown = LocalizedText(zh: String(defaultValue), en: String(defaultValue))
        return Option(OptionSpec(name, value: value, help: help, default: shown)) { given, command throws(UsageError) in
            guard let text = given.last else { return defaultValue }
            guard let count = Int(text), count >= 0 else {
                throw UsageError(message: invalid(text), command: command)
            }
            return count
        }
    }
}
