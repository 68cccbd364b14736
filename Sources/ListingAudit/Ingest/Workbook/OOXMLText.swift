/// OOXML's escaping of characters XML cannot hold: `_xHHHH_` stands for U+HHHH (`_x000D_` for a carriage return,
/// `_x005F_` for a literal underscore before `x`).
enum OOXMLText {
    /// Decodes the escapes in `bytes[from...]` in place.
    static func decodeEscapes(_ bytes: inout [UInt8], from start: Int) {
        guard bytes.count - start >= 7 else { return }
        let found = bytes.withUnsafeBufferPointer { all in
            var index = start
            while true {
                index = ByteSearch.first(in: all, from: index, 0x5F, 0x5F, 0x5F, 0x5F)
                guard index + 6 < all.count else { return false }
                if all[index + 1] == UInt8(ascii: "x"), all[index + 6] == UInt8(ascii: "_") { return true }
                index += 1
            }
        }
        guard found else { return }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count - start)
        var index = start
        while index < bytes.count {
            if index + 6 < bytes.count, bytes[index] == UInt8(ascii: "_"), bytes[index + 1] == UInt8(ascii: "x"),
                bytes[index + 6] == UInt8(ascii: "_"), let value = hex4(bytes, at: index + 2)
            {
                if value == 0x0D {
                    // A CR escaped before a line feed is the line break Excel stores; keep only the LF.
                    if !(index + 7 < bytes.count && bytes[index + 7] == 0x0A) { out.append(0x0A) }
                } else if let scalar = Unicode.Scalar(value) {
                    UTF8Scalars.append(scalar.value, to: &out)
                } else {
                    out.append(contentsOf: [0xEF, 0xBF, 0xBD])
                }
                index += 7
                continue
            }
            out.append(bytes[index])
            index += 1
        }
        bytes.removeSubrange(start...)
        bytes.append(contentsOf: out)
    }

    private static func hex4(_ bytes: [UInt8], at index: Int) -> UInt32? {
        var value: UInt32 = 0
        for offset in 0..<4 {
            guard let digit = HexDigit.value(bytes[index + offset]) else { return nil }
            value = value << 4 | UInt32(digit)
        }
        return value
    }
}
