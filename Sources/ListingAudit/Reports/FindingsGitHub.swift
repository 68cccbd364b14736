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

    /// Escapes a command's data (`%`, CR and LF), as GitHub's own toolkit does: byte by byte in one pass, so a `%`
    /// before a combining mark is escaped too (a search by `Character` does not see it: the `%` and its mark are
    /// one character).
    static func data(_ value: String) -> String { escaped(value, isProperty: false) }

    /// Escapes a property value (also `:` and `,`).
    static func property(_ value: String) -> String { escaped(value, isProperty: true) }

    /// `value` with `%`, CR and LF (and, in a property, `:` and `,`) written as `%` and two hex digits.
    private static func escaped(_ value: String, isProperty: Bool) -> String {
        func escapes(_ byte: UInt8) -> Bool {
            byte == 0x25 || byte == 0x0D || byte == 0x0A || isProperty && (byte == 0x3A || byte == 0x2C)
        }
        guard value.utf8.contains(where: escapes) else { return value }
        let hex = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(value.utf8.count + 16)
        for byte in value.utf8 {
            if escapes(byte) {
                bytes += [0x25, hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
