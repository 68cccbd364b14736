/// What ranking and reports need to know about each rule: its title, fix, and the refund categories its findings
/// link to (after the link map's overrides). Not to be confused with `RuleCatalogue`, which documents the rules.
public struct RuleLinkTable: Sendable {
    /// One rule as ranking sees it.
    public struct Entry: Sendable, Equatable {
        public var id: String
        public var title: LocalizedText
        public var fix: LocalizedText
        /// Linked refund categories, in taxonomy order; never fulfilment categories.
        public var categories: [RefundCategory]

        public init(id: String, title: LocalizedText, fix: LocalizedText, categories: [RefundCategory]) {
            self.id = id
            self.title = title
            self.fix = fix
            self.categories = categories
        }
    }

    private var entries: [String: Entry]
    /// The link map the categories were resolved with (applied to rules not in the table, too).
    public let links: RefundLinkMap

    /// A table of `descriptions`, their categories resolved through `links`.
    public init(descriptions: [RuleDescription], links: RefundLinkMap = RefundLinkMap()) {
        self.links = links
        var entries: [String: Entry] = [:]
        for description in descriptions {
            entries[description.id] = Entry(
                id: description.id, title: description.title, fix: description.fix,
                categories: links.categories(ruleID: description.id, declared: description.linkedCategories))
        }
        self.entries = entries
    }

    /// The entry for `ruleID`; a rule the table does not know is named by its id and linked by its family.
    public func entry(for ruleID: String) -> Entry {
        if let entry = entries[ruleID] { return entry }
        let name = LocalizedText(zh: ruleID, en: ruleID)
        return Entry(id: ruleID, title: name, fix: name, categories: links.categories(ruleID: ruleID, declared: nil))
    }
}
