/// Escapes text for HTML and SVG: every `&`, `<`, `>`, `"` and `'` becomes an entity, so user text is safe both
/// between tags and inside quoted attribute values.
public enum HTMLEscape {
    /// `value` with the five special characters replaced by entities.
    public static func escape(_ value: String) -> String {
        guard value.utf8.contains(where: isSpecial) else { return value }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(value.utf8.count + 16)
        append(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the UTF-8 of `value` escaped to `bytes`: the runs between special characters as they are, each
    /// special character as its entity (all five are ASCII, so no scalar is split).
    static func append(_ value: String, to bytes: inout [UInt8]) {
        var value = value
        value.withUTF8 { utf8 in
            var start = 0
            for index in utf8.indices where isSpecial(utf8[index]) {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
                entity(utf8[index]).withUTF8Buffer { bytes.append(contentsOf: $0) }
                start = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        }
    }

    /// Whether `byte` is `&`, `<`, `>`, `"` or `'`.
    private static func isSpecial(_ byte: UInt8) -> Bool {
        byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27
    }

    /// The entity of the special character `byte`.
    private static func entity(_ byte: UInt8) -> StaticString {
        switch byte {
        case 0x26: "&amp;"
        case 0x3C: "&lt;"
        case 0x3E: "&gt;"
        case 0x22: "&quot;"
        default: "&#39;"
        }
    }
}
