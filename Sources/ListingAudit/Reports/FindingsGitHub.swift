import Foundation

/// GitHub Actions workflow commands: `::warning file=…,line=…,title=rule::message`, the message followed by the
/// rule's title, the fix and the product (`FindingsText.note`) on a second line; advice is a `notice`.
enum FindingsGitHub {
    /// The workflow command for `finding`, with its newline; its message is `message` (its text in `language`).
    static func line(_ finding: Finding, message: String, language: Language) -> String {
        let level = switch finding.severity {
        case .error: "error"
        case .warning: "warning"
        case .advice: "notice"
        }
        var properties = ["file=\(property(finding.location.file))", "line=\(finding.location.line)"]
        if let column = finding.location.column { properties.append("col=\(column)") }
        properties.append("title=\(property(finding.ruleID))")
        let text = "\(message) (\(finding.listingID))\n"
            + FindingsText.note(finding, language)
        return "::\(level) \(properties.joined(separator: ","))::\(data(text))\n"
    }

    static func data(_ value: String) -> String {
        value.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// Escapes a property value (also `:` and `,`).
    static func property(_ value: String) -> String {
        data(value).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
