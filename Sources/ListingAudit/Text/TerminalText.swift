/// Text bound for a terminal or a CI log, with its control characters made visible so that input text cannot move
/// the cursor, clear the screen, set the window title or start a fake diagnostic line: every C0 control but tab,
/// DEL and every C1 control is written as an escape (`\n`, `\r`, `\e`, `\x07`, `\u{9B}`).
public enum TerminalText {
    /// `text` with its control characters escaped; `text` itself (no copy) when it has none. One pass over the
    /// UTF-8 bytes: a C1 control is the two bytes `C2 80`…`C2 9F`.
    public static func escaped(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            bytes.contains(where: mayBeControl) ? escaped(bytes) : nil
        } ?? text
    }

    private static func escaped(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case 0x0A: out += [0x5C, 0x6E]
            case 0x0D: out += [0x5C, 0x72]
            case 0x1B: out += [0x5C, 0x65]
            case 0x00...0x08, 0x0B...0x0C, 0x0E...0x1A, 0x1C...0x1F, 0x7F:
                out += [0x5C, 0x78]
                appendHex(byte, to: &out)
            case 0xC2 where index + 1 < bytes.count && bytes[index + 1] & 0xE0 == 0x80:
                out += [0x5C, 0x75, 0x7B]
                appendHex(bytes[index + 1], to: &out)
                out.append(0x7D)
                index += 1
            default: out.append(byte)
            }
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether a UTF-8 byte is a control other than tab, or the lead byte of one (C1 controls start with C2).
    @inline(__always)
    private static func mayBeControl(_ byte: UInt8) -> Bool {
        (byte < 0x20 && byte != 0x09) || byte == 0x7F || byte == 0xC2
    }

    /// Appends `value` as two upper-case hex digits.
    private static func appendHex(_ value: UInt8, to out: inout [UInt8]) {
        for digit in [value >> 4, value & 0x0F] { out.append(digit < 10 ? 0x30 + digit : 0x37 + digit) }
    }
}
