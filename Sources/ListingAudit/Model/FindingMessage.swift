/// The arguments of one kind of finding message and how each language reads them: a rule keeps what it found (a
/// count, the phrases it quoted) and the text is written only when an output asks for it, in the output's language.
///
/// Two arguments values that are equal must read the same in every language (`text` depends on nothing else), so
/// that texts rendered once can stand for every equal message.
public protocol MessageArguments: Hashable, Sendable {
    /// The message in `language`.
    func text(_ language: Language) -> String
}

/// What a finding says: either arguments rendered on demand (`MessageArguments`, what most rules make) or a text
/// already written in both languages (a fixed message, an image rule's, one read back from a spool or a report).
///
/// Equality, hashing and coding are those of the text: two messages are equal when they read the same in both
/// languages, however each is held, and a message is encoded as its `LocalizedText` (`{"zh": …, "en": …}`).
public struct FindingMessage: Sendable, Hashable, Codable {
    fileprivate enum Storage: Sendable {
        case written(LocalizedText)
        case deferred(any MessageArguments)
    }

    fileprivate let storage: Storage

    /// A message whose text is made from `arguments` when it is asked for.
    public init(_ arguments: some MessageArguments) {
        storage = .deferred(arguments)
    }

    /// A message already written in both languages.
    public init(_ text: LocalizedText) {
        storage = .written(text)
    }

    /// The message in `language`.
    public func text(_ language: Language) -> String {
        switch storage {
        case .written(let text): text.text(language)
        case .deferred(let arguments): arguments.text(language)
        }
    }

    /// The message in both languages (rendering each).
    public var texts: LocalizedText {
        switch storage {
        case .written(let text): text
        case .deferred(let arguments): LocalizedText(zh: arguments.text(.zh), en: arguments.text(.en))
        }
    }

    /// Whether the two messages read the same in both languages.
    public static func == (lhs: FindingMessage, rhs: FindingMessage) -> Bool {
        lhs.text(.zh) == rhs.text(.zh) && lhs.text(.en) == rhs.text(.en)
    }

    /// Hashes the text in both languages.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(texts)
    }

    /// Reads a message encoded as its `LocalizedText`.
    public init(from decoder: any Decoder) throws {
        self.init(try LocalizedText(from: decoder))
    }

    /// Writes the message as its `LocalizedText`.
    public func encode(to encoder: any Encoder) throws {
        try texts.encode(to: encoder)
    }
}

/// The texts of the messages of one batch of findings in both languages, each distinct deferred message rendered
/// once: messages with equal arguments share their texts (`MessageArguments`), without a text being made to compare.
struct RenderedMessages {
    private var texts: [AnyHashable: LocalizedText] = [:]

    /// The text of `message` in both languages.
    mutating func texts(of message: FindingMessage) -> LocalizedText {
        switch message.storage {
        case .written(let text):
            return text
        case .deferred(let arguments):
            let key = AnyHashable(arguments)
            if let known = texts[key] { return known }
            let text = message.texts
            texts[key] = text
            return text
        }
    }
}
