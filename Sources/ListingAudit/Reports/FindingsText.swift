/// `file:line:column: severity: [rule] message (listing id)`, one finding a line the way compilers print
/// diagnostics, followed by a `note:` line at the same place with the rest of the findings layout
/// (`FindingColumns`): the rule's title, the fix and the product's title. Control characters from the input are
/// escaped (`TerminalText`): a line is always one line of the output.
enum FindingsText {
    /// The finding's two lines, each with its newline.
    static func line(_ finding: Finding, language: Language) -> String {
        // The location is written on both lines: made once.
        let location = finding.location.description
        var text = TerminalText.escaped(
            "\(location): \(finding.severity.rawValue): [\(finding.ruleID)] "
                + "\(finding.message.text(language)) (\(finding.listingID))") + "\n"
        text += TerminalText.escaped("\(location): note: [\(finding.ruleID)] " + note(finding, language)) + "\n"
        return text
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
