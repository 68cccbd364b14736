import Foundation

/// `{"findings": [...], "summary": {...}}`, keys sorted, pretty-printed the way `JSONEncoder` prints the whole
/// document, but written one finding at a time, each straight into bytes (`JSONByteWriter`, which escapes strings
/// as `JSONEncoder` does). A finding's keys are the findings layout's English column ids (`FindingColumns`); the
/// severity is its id, text (message, titles, fix) in the output's language.
enum FindingsJSON {
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

    /// Appends one finding's object to `json`, indented as an element of `findings` (no separator, no newline), its
    /// keys in sorted order, as `JSONEncoder` prints them (a finding with no column has no `column` key); its message
    /// is `message` (its text in `language`).
    static func append(_ finding: Finding, message: String, language: Language, to json: inout JSONByteWriter) {
        let rule = RuleRegistry.texts(id: finding.ruleID)
        let location = finding.location
        json.raw("    {\n      ")
        if let column = location.column {
            json.raw("\"column\" : ")
            json.int(column)
            json.raw(",\n      ")
        }
        json.raw("\"evidence\" : ")
        json.string(finding.evidence)
        json.raw(",\n      \"file\" : ")
        json.string(location.file)
        json.raw(",\n      \"fix\" : ")
        json.string(rule?.fix.text(language) ?? "")
        json.raw(",\n      \"line\" : ")
        json.int(location.line)
        json.raw(",\n      \"listing_id\" : ")
        json.string(finding.listingID)
        json.raw(",\n      \"message\" : ")
        json.string(message)
        json.raw(",\n      \"rule\" : ")
        json.string(rule?.title.text(language) ?? "")
        json.raw(",\n      \"rule_id\" : ")
        json.string(finding.ruleID)
        json.raw(",\n      \"severity\" : ")
        json.string(finding.severity.rawValue)
        json.raw(",\n      \"title\" : ")
        json.string(finding.title)
        json.raw("\n    }")
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
