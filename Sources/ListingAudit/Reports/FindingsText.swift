/// `file:line: severity: [rule] message (listing id)`, one finding a line, the way compilers print diagnostics.
/// Control characters from the input are escaped (`TerminalText`): a line is always one finding.
enum FindingsText {
    /// The line for `finding`, with its newline.
    static func line(_ finding: Finding, language: Language) -> String {
        TerminalText.escaped(
            "\(finding.location): \(finding.severity.rawValue): [\(finding.ruleID)] "
                + "\(finding.message.text(language)) (\(finding.listingID))") + "\n"
    }
}
