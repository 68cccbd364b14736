/// What is wrong, as a rule put it: a template (one per kind of message a rule writes, `Template`) and its arguments
/// (counts and limits, small enums by their case number, the words quoted from the listing). Its text in either
/// language is made only when asked (`zh`, `en`, `text(_:)`), so a finding carries a few numbers, and a report
/// renders each distinct message once however many findings repeat it. Two messages are equal when their templates
/// and arguments are.
public struct FindingMessage: Hashable, Sendable {
    /// The numbers, by position; what each means is the template's (0 when unused).
    let first: Int
    let second: Int
    let third: Int
    /// The words, quoted or joined as the template says.
    let words: [String]
    let template: Template

    /// A message of `template` with these arguments (no array is made for the numbers).
    init(_ template: Template, _ first: Int = 0, _ second: Int = 0, _ third: Int = 0, words: [String] = []) {
        self.template = template
        self.first = first
        self.second = second
        self.third = third
        self.words = words
    }

    /// A message of fixed text: a finding made by hand rather than by a rule.
    public init(_ text: LocalizedText) {
        self.init(.fixed, words: [text.zh, text.en])
    }

    /// The message in Chinese.
    public var zh: String { text(.zh) }

    /// The message in English.
    public var en: String { text(.en) }

    /// The message in `language`, made from its template now.
    public func text(_ language: Language) -> String {
        template.text(of: self, language)
    }
}

extension FindingMessage: Codable {
    /// Encoded as `LocalizedText` is, both texts: what a `Finding` encoded when its message was text.
    public func encode(to encoder: any Encoder) throws {
        try LocalizedText(zh: zh, en: en).encode(to: encoder)
    }

    /// A message of fixed text, decoded as `LocalizedText` is.
    public init(from decoder: any Decoder) throws {
        self.init(try LocalizedText(from: decoder))
    }
}

extension CaseIterable where Self: Equatable, AllCases == [Self] {
    /// The case's position in `allCases`: a small enum as a message's number.
    var caseNumber: Int { Self.allCases.firstIndex(of: self)! }

    /// The case at position `caseNumber` in `allCases`.
    init(caseNumber: Int) {
        self = Self.allCases[caseNumber]
    }
}
