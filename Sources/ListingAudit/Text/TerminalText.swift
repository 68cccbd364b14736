/// Text bound for a terminal or a CI log, with its control characters made visible so that input text cannot move
/// the cursor, clear the screen, set the window title or start a fake diagnostic line: every C0 control but tab,
/// DEL and every C1 control is written as an escape (`\n`, `\r`, `\e`, `\x07`, `\u{9B}`).
public enum TerminalText {
    /// `text` with its control characters escaped; `text` itself (no copy) when it has none. One pass over the
    /// UTF-8 bytes: a C1 control is the two bytes `C2 80`…`C2 9F`.
    public static func escaped(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            firstMaybeControl(in: bytes) < bytes.count ? escaped(bytes) : nil
        } ?? text
    }

    /// Appends `text`'s UTF-8 to `out`, its control characters escaped as `escaped` does: no `String` is made.
    static func appendEscaped(_ text: inout String, to out: inout [UInt8]) {
        text.withUTF8 { bytes in
            let first = firstMaybeControl(in: bytes)
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[..<first]))
            if first < bytes.count { appendEscaped(UnsafeBufferPointer(rebasing: bytes[first...]), to: &out) }
        }
    }

    private static func escaped(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 8)
        appendEscaped(bytes, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `bytes` to `out`, each control character written as its escape.
    private static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case 0x0A: append(0x5C, 0x6E, to: &out)
            case 0x0D: append(0x5C, 0x72, to: &out)
            case 0x1B: append(0x5C, 0x65, to: &out)
            case 0x00...0x08, 0x0B...0x0C, 0x0E...0x1A, 0x1C...0x1F, 0x7F:
                append(0x5C, 0x78, to: &out)
                appendHex(byte, to: &out)
            case 0xC2 where index + 1 < bytes.count && bytes[index + 1] & 0xE0 == 0x80:
                append(0x5C, 0x75, to: &out)
                out.append(0x7B)
                appendHex(bytes[index + 1], to: &out)
                out.append(0x7D)
                index += 1
            default: out.append(byte)
            }
            index += 1
        }
    }

    /// Whether a UTF-8 byte is a control other than tab, or the lead byte of one (C1 controls start with C2).
    @inline(__always)
    static func mayBeControl(_ byte: UInt8) -> Bool {
        (byte < 0x20 && byte != 0x09) || byte == 0x7F || byte == 0xC2
    }

    /// The index of the first byte of `bytes` that `mayBeControl`, or `bytes.count`: eight bytes at a time while
    /// eight are left, each byte tested on its own (no borrow between bytes).
    static func firstMaybeControl(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let (low, high) = (0x7F7F_7F7F_7F7F_7F7F as UInt64, 0x8080_8080_8080_8080 as UInt64)
        var index = 0
        while index + 8 <= bytes.count {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
            // Below 0x20: the low seven bits plus 0x60 stay below 0x80, and the high bit is clear.
            let below = ~(((word & low) &+ (0x60 &* ones)) | word) & high
            let hits = (below & ~ByteSearch.equalBytes(word, 0x09)) | ByteSearch.equalBytes(word, 0x7F)
                | ByteSearch.equalBytes(word, 0xC2)
            if hits != 0 { return index + hits.trailingZeroBitCount >> 3 }
            index += 8
        }
        while index < bytes.count, !mayBeControl(base[index]) { index += 1 }
        return index
    }

    @inline(__always)
    private static func append(_ first: UInt8, _ second: UInt8, to out: inout [UInt8]) {
        out.append(first)
        out.append(second)
    }

    /// Appends `value` as two upper-case hex digits.
    private static func appendHex(_ value: UInt8, to out: inout [UInt8]) {
        let (upper, lower) = (value >> 4, value & 0x0F)
        out.append(upper < 10 ? 0x30 + upper : 0x37 + upper)
        out.append(lower < 10 ? 0x30 + lower : 0x37 + lower)
    }
}
