/// Decides a file's text encoding from its first bytes.
///
/// Order: a byte-order mark; else the NUL-byte pattern of BOM-less UTF-16 (ASCII characters have a zero high
/// byte); else UTF-8 when the prefix is valid UTF-8; else GB18030 when the prefix decodes as GB18030. A prefix
/// that is neither is weighed: mostly well-formed UTF-8 (at most one invalid byte per 20 multi-byte characters)
/// stays UTF-8; GB18030 is chosen only when it leaves at most a quarter as many undecodable bytes. The reader
/// reports the bytes that remain bad.
public enum EncodingDetector {
    /// What was detected: the encoding and the length of the byte-order mark to skip.
    public struct Result: Equatable, Sendable {
        public var encoding: TextEncoding
        public var byteOrderMarkLength: Int
    }

    /// Detects the encoding of `prefix`, the first bytes of the input (`isWholeInput` when it is all of it).
    public static func detect(_ prefix: [UInt8], isWholeInput: Bool) -> Result {
        if let encoding = encodingFromByteOrderMark(prefix) {
            return Result(encoding: encoding, byteOrderMarkLength: encoding.byteOrderMark.count)
        }
        if let encoding = utf16FromNulPattern(prefix) { return Result(encoding: encoding, byteOrderMarkLength: 0) }
        if UTF8Validation.isValid(prefix, allowTruncatedEnd: !isWholeInput) {
            return Result(encoding: .utf8, byteOrderMarkLength: 0)
        }
        if GB18030ByteSource.decodes(prefix, isWholeInput: isWholeInput) {
            return Result(encoding: .gb18030, byteOrderMarkLength: 0)
        }
        let utf8 = UTF8Validation.census(prefix)
        if utf8.invalid * 20 <= utf8.multiByte {
            return Result(encoding: .utf8, byteOrderMarkLength: 0)
        }
        let gb18030Invalid = GB18030ByteSource.invalidByteCount(prefix, isWholeInput: isWholeInput)
        return Result(encoding: gb18030Invalid * 4 <= utf8.invalid ? .gb18030 : .utf8, byteOrderMarkLength: 0)
    }

    /// The length of `encoding`'s byte-order mark at the start of `prefix`, or 0.
    public static func byteOrderMarkLength(of encoding: TextEncoding, in prefix: [UInt8]) -> Int {
        prefix.starts(with: encoding.byteOrderMark) ? encoding.byteOrderMark.count : 0
    }

    static func encodingFromByteOrderMark(_ prefix: [UInt8]) -> TextEncoding? {
        for encoding in [TextEncoding.utf8, .utf16LE, .utf16BE] where prefix.starts(with: encoding.byteOrderMark) {
            return encoding
        }
        return nil
    }

    /// UTF-16 without a BOM: NUL bytes concentrated on one parity (the high byte of ASCII characters), and the
    /// other byte of those units mostly printable (binary data has NULs next to control bytes).
    static func utf16FromNulPattern(_ prefix: [UInt8]) -> TextEncoding? {
        let sample = min(prefix.count, 4096) & ~1
        guard sample >= 4 else { return nil }
        var evenZeros = 0
        var oddZeros = 0
        var evenControls = 0
        var oddControls = 0
        for index in stride(from: 0, to: sample, by: 2) {
            if prefix[index] == 0 {
                evenZeros += 1
                if NotTextDetector.isBinaryControl(prefix[index + 1]) { evenControls += 1 }
            }
            if prefix[index + 1] == 0 {
                oddZeros += 1
                if NotTextDetector.isBinaryControl(prefix[index]) { oddControls += 1 }
            }
        }
        let units = sample / 2
        func plausible(_ zeros: Int, controls: Int, otherZeros: Int) -> Bool {
            zeros >= 2 && zeros * 16 >= units && otherZeros * 4 <= zeros && controls * 10 <= zeros
        }
        if plausible(oddZeros, controls: oddControls, otherZeros: evenZeros) { return .utf16LE }
        if plausible(evenZeros, controls: evenControls, otherZeros: oddZeros) { return .utf16BE }
        return nil
    }
}
