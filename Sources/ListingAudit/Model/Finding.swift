/// How much a finding matters. Ordered: `advice < warning < error`.
public enum Severity: String, Sendable, Codable, CaseIterable, Comparable {
    case advice
    case warning
    case error

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// One problem a rule found in one listing, with the evidence that triggered it.
public struct Finding: Sendable, Codable, Hashable {
    /// The listing's id.
    public var listingID: String
    /// The listing's (product's) title, for the reports a person reads; empty when not known.
    public var title: String
    /// The rule's id, `family.name`.
    public var ruleID: String
    /// The severity (after configuration overrides).
    public var severity: Severity
    /// What is wrong, in either language (`FindingMessage.text(_:)`).
    public var message: FindingMessage
    /// The phrase, value or count that triggered the finding, quoted from the listing.
    public var evidence: String
    /// Where the evidence was read.
    public var location: SourceLocation

    public init(
        listingID: String, ruleID: String, severity: Severity, message: FindingMessage, evidence: String,
        location: SourceLocation, title: String = ""
    ) {
        self.listingID = listingID
        self.title = title
        self.ruleID = ruleID
        self.severity = severity
        self.message = message
        self.evidence = evidence
        self.location = location
    }

    /// A finding whose message is fixed text (one made by hand rather than by a rule).
    public init(
        listingID: String, ruleID: String, severity: Severity, message: LocalizedText, evidence: String,
        location: SourceLocation, title: String = ""
    ) {
        self.init(
            listingID: listingID, ruleID: ruleID, severity: severity, message: FindingMessage(message),
            evidence: evidence, location: location, title: title)
    }
}
