/// JSON text built straight into UTF-8 bytes, each value written as `JSONEncoder` writes it (compact, with
/// `.withoutEscapingSlashes`): strings with `"` and `\` escaped, `\b \t \n \f \r` as such and other control
/// characters as `\u00xx`; doubles as their shortest description without a trailing `.0`.
struct JSONByteWriter {
    private(set) var bytes: [UInt8] = []

    /// A writer with room for `capacity` bytes.
    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// Removes and returns the bytes written so far.
    mutating func take() -> [UInt8] {
        defer { bytes.removeAll(keepingCapacity: true) }
        return bytes
    }

    /// Appends `text` as it is (punctuation and keys already written as JSON).
    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends `bytes` as they are (JSON prepared beforehand).
    mutating func raw(_ bytes: ArraySlice<UInt8>) {
        self.bytes.append(contentsOf: bytes)
    }

    /// Appends `count` spaces (a pretty-printed line's indent).
    mutating func spaces(_ count: Int) {
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count))
    }

    /// Appends `value` as a JSON string.
    mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { string(utf8: $0) }
    }

    /// Appends the text whose UTF-8 bytes are `utf8` (well-formed, as a `String`'s are) as a JSON string: what
    /// `string(_:)` appends for that text.
    mutating func string(utf8: UnsafeBufferPointer<UInt8>) {
        bytes.append(Self.quote)
        var start = 0
        for (index, byte) in utf8.enumerated() where Self.needsEscape(byte) {
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
            start = index + 1
            bytes.append(Self.backslash)
            switch byte {
            case Self.quote, Self.backslash: bytes.append(byte)
            case 0x08: bytes.append(UInt8(ascii: "b"))
            case 0x09: bytes.append(UInt8(ascii: "t"))
            case 0x0A: bytes.append(UInt8(ascii: "n"))
            case 0x0C: bytes.append(UInt8(ascii: "f"))
            case 0x0D: bytes.append(UInt8(ascii: "r"))
            default:
                bytes.append(contentsOf: [UInt8(ascii: "u"), 0x30, 0x30])
                bytes.append(Self.hex[Int(byte >> 4)])
                bytes.append(Self.hex[Int(byte & 0xF)])
            }
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        bytes.append(Self.quote)
    }

    /// Appends `value` in decimal, as `String(value)` writes it.
    mutating func int(_ value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        let magnitude = value.magnitude
        var divisor: UInt = 1
        while magnitude / divisor >= 10 { divisor *= 10 }
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(magnitude / divisor % 10))
            divisor /= 10
        }
    }

    /// Appends `value`; `false` (and nothing appended) when it is not finite, which JSON cannot hold.
    mutating func double(_ value: Double) -> Bool {
        guard value.isFinite else { return false }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        bytes.append(contentsOf: text.utf8)
        return true
    }

    private static let quote = UInt8(ascii: "\"")
    private static let backslash = UInt8(ascii: "\\")
    private static let hex = Array("0123456789abcdef".utf8)

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == quote || byte == backslash
    }
}
