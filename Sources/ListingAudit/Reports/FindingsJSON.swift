import Foundation

/// `{"findings": [...], "summary": {...}}`, keys sorted, pretty-printed the way `JSONEncoder` prints the whole
/// document, but written one finding at a time. A finding's keys are the findings layout's English column ids
/// (`FindingColumns`); the severity is its id, text (message, titles, fix) in the output's language.
enum FindingsJSON {
    private struct Entry: Encodable {
        let listingID: String
        let title: String
        let ruleID: String
        let rule: String
        let severity: Severity
        let message: String
        let evidence: String
        let fix: String
        let file: String
        let line: Int
        let column: Int?

        enum CodingKeys: String, CodingKey {
            case listingID = "listing_id", title, ruleID = "rule_id", rule, severity, message, evidence, fix, file
            case line, column
        }
    }

    private struct Summary: Encodable {
        let listings: Int
        let findings: Int
        let errors: Int
        let warnings: Int
        let advice: Int
        let skippedRows: Int
    }

    /// Everything before the first finding.
    static let opening = "{\n  \"findings\" : [\n"

    /// One finding's object, indented as an element of `findings` (no separator, no newline); its message is
    /// `message` (its text in `language`).
    static func entry(_ finding: Finding, message: String, language: Language) -> String {
        let rule = RuleRegistry.texts(id: finding.ruleID)
        let entry = Entry(
            listingID: finding.listingID, title: finding.title, ruleID: finding.ruleID,
            rule: rule?.title.text(language) ?? "", severity: finding.severity, message: message,
            evidence: finding.evidence, fix: rule?.fix.text(language) ?? "", file: finding.location.file,
            line: finding.location.line, column: finding.location.column)
        return indented(encode(entry), by: 4)
    }

    /// Everything after the last finding: the end of `findings` and the `summary` object.
    static func closing(_ summary: FindingsSummary) -> String {
        let counts = Summary(
            listings: summary.listingCount, findings: summary.findingCount, errors: summary.count(.error),
            warnings: summary.count(.warning), advice: summary.count(.advice), skippedRows: summary.skippedRows)
        return "\n  ],\n  \"summary\" : " + indented(encode(counts), by: 2, skipFirst: true) + "\n}\n"
    }

    private static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(value)) ?? Data("{}".utf8), as: UTF8.self)
    }

    /// `text` with `spaces` spaces at the start of each line (but the first when `skipFirst`), inserted as bytes
    /// after each line feed: the encoder's output holds no carriage return (it escapes one in a string), so every
    /// line feed is a line's end on its own, as splitting the text into lines would find it.
    private static func indented(_ text: String, by spaces: Int, skipFirst: Bool = false) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16 * spaces)
        if !skipFirst { bytes += repeatElement(UInt8(ascii: " "), count: spaces) }
        for byte in text.utf8 {
            bytes.append(byte)
            if byte == 0x0A { bytes += repeatElement(UInt8(ascii: " "), count: spaces) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
