/// Byte-level UTF-8 checks used on every record, with an ASCII fast path eight bytes at a time.
enum UTF8Validation {
    /// Whether every byte in `bytes` is below 0x80.
    @inline(__always)
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        var index = 0
        let raw = UnsafeRawPointer(base)
        while index + 8 <= count {
            if raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            index += 8
        }
        while index < count {
            if base[index] >= 0x80 { return false }
            index += 1
        }
        return true
    }

    /// The `String` of `bytes`, which their reader has already checked to be valid UTF-8 (`CSVRecord.isValidUTF8`):
    /// the text `String(decoding:as:)` makes of them (the same bytes, marked ASCII when they are all ASCII), copied
    /// without the standard library checking them a second time (~10 instructions a byte of mixed Chinese and
    /// English). Bytes not known to be valid must not come here: such a `String` breaks the standard library's
    /// invariants; debug builds (the tests) check them again to hold every caller to that.
    static func string(ofChecked bytes: UnsafeBufferPointer<UInt8>) -> String {
        assert(firstInvalidOffset(bytes, allowTruncatedEnd: false) == nil, "bytes given as checked are not UTF-8")
        return String(copying: UTF8Span(unchecked: bytes.span, isKnownASCII: isASCII(bytes)))
    }

    /// The offset of the first byte that does not start a well-formed UTF-8 sequence (Unicode table 3-7), or
    /// `nil` when all of `bytes` is valid. With `allowTruncatedEnd`, a sequence cut off by the end of the
    /// buffer counts as valid (a prefix read for detection may end mid-character).
    static func firstInvalidOffset(_ bytes: UnsafeBufferPointer<UInt8>, allowTruncatedEnd: Bool = false) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base)
        let count = bytes.count
        var index = 0
        while index < count {
            let lead = base[index]
            if lead < 0x80 {
                index = asciiRunEnd(raw, from: index, count: count)
                continue
            }
            // The common three-byte scalars (CJK among them): leads E1–EC and EE–EF take any two continuation bytes,
            // a run of them two at a time.
            if isCommonThreeByteLead(lead) {
                let at = commonThreeByteRunEnd(raw, from: index, count: count)
                if at > index {
                    index = at
                    continue
                }
                if index + 3 <= count, base[index + 1] & 0xC0 == 0x80, base[index + 2] & 0xC0 == 0x80 {
                    index += 3
                    continue
                }
            }
            let length: Int
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xE0: length = 3; low = 0xA0
            case 0xED: length = 3; high = 0x9F
            case 0xF1...0xF3: length = 4
            case 0xF0: length = 4; low = 0x90
            case 0xF4: length = 4; high = 0x8F
            default: return index
            }
            guard index + length <= count else {
                return allowTruncatedEnd && isContinuation(base, from: index + 1, to: count, low: low, high: high)
                    ? nil : index
            }
            let second = base[index + 1]
            if second < low || second > high { return index }
            if length > 2 && base[index + 2] & 0xC0 != 0x80 { return index }
            if length > 3 && base[index + 3] & 0xC0 != 0x80 { return index }
            index += length
        }
        return nil
    }

    /// The end of the ASCII run at `start` (a byte below 0x80): the offset of the first byte at or above 0x80, or
    /// `count`. Sixteen bytes a step (two words tested at once), then a word, then byte by byte.
    @inline(__always)
    private static func asciiRunEnd(_ raw: UnsafeRawPointer, from start: Int, count: Int) -> Int {
        let high: UInt64 = 0x8080_8080_8080_8080
        var at = start
        while at + 16 <= count {
            let first = raw.loadUnaligned(fromByteOffset: at, as: UInt64.self) & high
            let second = raw.loadUnaligned(fromByteOffset: at + 8, as: UInt64.self) & high
            if first | second != 0 {
                return first != 0 ? at + first.trailingZeroBitCount >> 3 : at + 8 + second.trailingZeroBitCount >> 3
            }
            at += 16
        }
        if at + 8 <= count {
            let word = raw.loadUnaligned(fromByteOffset: at, as: UInt64.self) & high
            if word != 0 { return at + word.trailingZeroBitCount >> 3 }
            at += 8
        }
        let bytes = raw.assumingMemoryBound(to: UInt8.self)
        while at < count, bytes[at] < 0x80 { at += 1 }
        return at
    }

    /// The end of the pairs of common three-byte scalars (`isCommonThreeByteLead`) from `start`, read six bytes at a
    /// time from a word while its first six bytes are two of them (bytes 0 and 3 leads, 1, 2, 4 and 5
    /// continuations): `start` when they are not.
    @inline(__always)
    private static func commonThreeByteRunEnd(_ raw: UnsafeRawPointer, from start: Int, count: Int) -> Int {
        var at = start
        while at + 8 <= count {
            let word = raw.loadUnaligned(fromByteOffset: at, as: UInt64.self)
            guard isCommonThreeByteLead(UInt8(truncatingIfNeeded: word)),
                word & 0x0000_C0C0_00C0_C000 == 0x0000_8080_0080_8000,
                isCommonThreeByteLead(UInt8(truncatingIfNeeded: word &>> 24))
            else { break }
            at += 6
        }
        return at
    }

    /// Whether `byte` leads a three-byte sequence whose second byte may be any continuation byte (E1–EC, EE–EF).
    @inline(__always)
    private static func isCommonThreeByteLead(_ byte: UInt8) -> Bool { byte &- 0xE1 < 0x0F && byte != 0xED }

    /// Whether the bytes from `start` to `end` could continue a sequence whose second byte is in `low...high`.
    private static func isContinuation(_ base: UnsafePointer<UInt8>, from start: Int, to end: Int, low: UInt8,
                                       high: UInt8) -> Bool {
        for index in start..<end {
            let byte = base[index]
            if index == start ? (byte < low || byte > high) : (byte & 0xC0 != 0x80) { return false }
        }
        return true
    }

    /// Counts well-formed multi-byte sequences and invalid bytes (each invalid byte is skipped on its own), for
    /// weighing UTF-8 against other encodings; a sequence cut off by the end of `bytes` is not counted.
    static func census(_ bytes: [UInt8]) -> (multiByte: Int, invalid: Int) {
        bytes.withUnsafeBufferPointer { all in
            var multiByte = 0
            var invalid = 0
            var start = 0
            while start < all.count {
                let rest = UnsafeBufferPointer(rebasing: all[start...])
                guard let bad = firstInvalidOffset(rest, allowTruncatedEnd: true) else {
                    multiByte += multiByteCount(UnsafeBufferPointer(rebasing: rest[..<rest.count]))
                    break
                }
                multiByte += multiByteCount(UnsafeBufferPointer(rebasing: rest[..<(rest.startIndex + bad)]))
                invalid += 1
                start += bad + 1
            }
            return (multiByte, invalid)
        }
    }

    /// Lead bytes of multi-byte sequences in valid UTF-8.
    private static func multiByteCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        for byte in bytes where byte >= 0xC0 { count += 1 }
        return count
    }

    /// Whether `bytes` is entirely valid UTF-8.
    static func isValid(_ bytes: [UInt8], allowTruncatedEnd: Bool = false) -> Bool {
        bytes.withUnsafeBufferPointer { firstInvalidOffset($0, allowTruncatedEnd: allowTruncatedEnd) == nil }
    }
}
