/// A language the tool speaks. Ids (rules, categories) never change with it; text does.
public enum Language: String, Sendable, Codable, CaseIterable {
    case zh
    case en
}

/// A piece of user-facing text in both first-class languages.
public struct LocalizedText: Hashable, Sendable, Codable {
    public var zh: String
    public var en: String

    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    /// The text in `language`.
    public func text(_ language: Language) -> String {
        switch language {
        case .zh: zh
        case .en: en
        }
    }
}
