import ListingAudit

/// The shape of one option a command accepts. Parsing and help are both generated from these, so they cannot drift;
/// commands declare and read options through a typed `Option`, which carries its spec.
struct OptionSpec: Sendable {
    /// The long name without dashes, e.g. `format`.
    let name: String
    /// A one-letter short name, if any.
    let short: Character?
    /// The value's placeholder (`<format>`); `nil` for a flag that takes no value.
    let valueName: String?
    /// One line of help.
    let help: LocalizedText
    /// The allowed values, when the set is closed.
    let allowed: [String]
    /// The default shown in help.
    let defaultValue: LocalizedText?
    /// Whether the option may be given more than once.
    let repeatable: Bool

    init(
        _ name: String, short: Character? = nil, value: String? = nil, help: LocalizedText, allowed: [String] = [],
        default defaultValue: LocalizedText? = nil, repeatable: Bool = false
    ) {
        self.name = name
        self.short = short
        self.valueName = value
        self.help = help
        self.allowed = allowed
        self.defaultValue = defaultValue
        self.repeatable = repeatable
    }

    var isFlag: Bool { valueName == nil }
}

/// What a subcommand is: its name, one-line abstract, longer discussion, positional arguments and options.
struct CommandSpec: Sendable {
    let name: String
    let abstract: LocalizedText
    let discussion: LocalizedText?
    /// The positional arguments as shown in usage, e.g. `<file> ...`.
    let arguments: String
    /// Help for the positional arguments.
    let argumentHelp: [(String, LocalizedText)]
    let options: [OptionSpec]

    /// - Parameter options: the command's declared options, in the order usage and help list them.
    init(
        name: String, abstract: LocalizedText, discussion: LocalizedText? = nil, arguments: String = "",
        argumentHelp: [(String, LocalizedText)] = [], options: [any DeclaredOption] = []
    ) {
        self.name = name
        self.abstract = abstract
        self.discussion = discussion
        self.arguments = arguments
        self.argumentHelp = argumentHelp
        self.options = options.map(\.spec)
    }

    func option(named name: String) -> OptionSpec? { options.first { $0.name == name } }
    func option(short: Character) -> OptionSpec? { options.first { $0.short == short } }
}

/// A subcommand of `listing-audit`.
protocol Command: Sendable {
    static var spec: CommandSpec { get }
    /// Runs the command with parsed, validated arguments; options are read through the command's declared `Option`s.
    static func run(_ arguments: ParsedArguments, console: Console) -> ExitCode
}
