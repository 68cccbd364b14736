/// Text bound for a terminal or a CI log, with its control characters made visible so that input text cannot move
/// the cursor, clear the screen, set the window title or start a fake diagnostic line: every C0 control but tab,
/// DEL and every C1 control is written as an escape (`\n`, `\r`, `\e`, `\x07`, `\u{9B}`).
public enum TerminalText {
    /// `text` with its control characters escaped; `text` itself (no copy) when it has none.
    public static func escaped(_ text: String) -> String {
        guard text.utf8.contains(where: mayBeControl) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x1B: out += "\\e"
            case 0x00...0x08, 0x0B...0x0C, 0x0E...0x1A, 0x1C...0x1F, 0x7F:
                out += "\\x" + hex(scalar.value, digits: 2)
            case 0x80...0x9F: out += "\\u{" + hex(scalar.value, digits: 2) + "}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Whether a UTF-8 byte is a control other than tab, or the lead byte of one (C1 controls start with C2).
    @inline(__always)
    private static func mayBeControl(_ byte: UInt8) -> Bool {
        (byte < 0x20 && byte != 0x09) || byte == 0x7F || byte == 0xC2
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
