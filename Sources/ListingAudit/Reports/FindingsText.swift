/// `file:line:column: severity: [rule] message (listing id)`, one finding a line the way compilers print
/// diagnostics, followed by a `note:` line at the same place with the rest of the findings layout
/// (`FindingColumns`): the rule's title, the fix and the product's title. Control characters from the input are
/// escaped (`TerminalText`): a line is always one line of the output.
enum FindingsText {
    /// Appends the finding's two lines, each with its newline, to `bytes`, its message being `message` (its text in
    /// `language`): every piece is copied as UTF-8 and escaped where it is copied, so a finding of a large check
    /// makes no `String` of its lines.
    static func append(_ finding: Finding, message: String, language: Language, to bytes: inout [UInt8]) {
        // The location and the rule start both lines.
        var location = finding.location.description
        var ruleID = finding.ruleID
        func start(_ kind: String) {
            TerminalText.appendEscaped(&location, to: &bytes)
            bytes += ": ".utf8
            bytes += kind.utf8
            bytes += ": [".utf8
            TerminalText.appendEscaped(&ruleID, to: &bytes)
            bytes += "] ".utf8
        }
        start(finding.severity.rawValue)
        var message = message
        TerminalText.appendEscaped(&message, to: &bytes)
        bytes += " (".utf8
        var id = finding.listingID
        TerminalText.appendEscaped(&id, to: &bytes)
        bytes += ")\n".utf8
        start("note")
        var note = note(finding, language)
        TerminalText.appendEscaped(&note, to: &bytes)
        bytes.append(UInt8(ascii: "\n"))
    }

    /// The rule's title and fix, and the product's title: `Too few images; fix: … (product: Wool coat)`.
    static func note(_ finding: Finding, _ language: Language) -> String {
        let rule = RuleRegistry.texts(id: finding.ruleID)
        let title = rule?.title.text(language) ?? finding.ruleID
        let fix = rule?.fix.text(language) ?? ""
        let product = finding.title.abbreviated(to: 40)
        switch language {
        case .zh: return "\(title)；修改：\(fix)" + (product.isEmpty ? "" : "（商品：\(product)）")
        case .en: return "\(title); fix: \(fix)" + (product.isEmpty ? "" : " (product: \(product))")
        }
    }
}
