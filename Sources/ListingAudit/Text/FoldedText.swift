/// A text prepared for matching: its UTF-8 bytes after `TextFold`, scalar for scalar, with the way back to the text
/// as written, so a match found in the folded bytes is quoted exactly as the listing or the buyer wrote it.
///
/// Offsets and ranges are byte offsets into `bytes`. Besides the scalar folding, a hyphen between two ASCII letters
/// becomes a space: it joins the parts of one word (`T-Shirt`, `best-before`) and both spellings must match the same
/// list entry.
public struct FoldedText: Sendable {
    /// The folded text, UTF-8.
    public let bytes: [UInt8]
    /// The text as written.
    public let source: String
    /// Where each folded scalar starts in `source`'s UTF-8, indexed by folded byte offset (`count + 1` entries);
    /// `nil` when folding kept every scalar's length, so the offsets are the same.
    private let sourceOffsets: [Int32]?

    public init(_ text: String) {
        source = text
        var text = text
        (bytes, sourceOffsets) = text.withUTF8 { Self.fold($0) }
    }

    /// The folded byte count.
    public var count: Int { bytes.count }

    /// Whether the text is empty.
    public var isEmpty: Bool { bytes.isEmpty }

    /// The text as written of the folded byte range `range` (whose ends lie on scalar boundaries).
    public func quote(_ range: Range<Int>) -> String {
        let lower = sourceOffset(range.lowerBound)
        let upper = sourceOffset(range.upperBound)
        let utf8 = source.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: lower)
        return String(Substring(utf8[start..<utf8.index(start, offsetBy: upper - lower)]))
    }

    /// The offset in `source`'s UTF-8 of the folded byte offset `offset`.
    public func sourceOffset(_ offset: Int) -> Int {
        guard let sourceOffsets else { return offset }
        return Int(sourceOffsets[offset])
    }

    /// The scalar as written that folded byte `index` (a scalar start) stands for.
    public func sourceScalar(at index: Int) -> UInt32 {
        guard sourceOffsets != nil else { return scalar(at: index).value }
        var source = source
        let offset = sourceOffset(index)
        return source.withUTF8 { UTF8Scalars.decode($0, at: offset).value }
    }

    /// The folded scalar starting at byte `index` and its byte length.
    @inline(__always)
    public func scalar(at index: Int) -> (value: UInt32, length: Int) {
        bytes.withUnsafeBufferPointer { UTF8Scalars.decode($0, at: index) }
    }

    /// The folded scalar ending right before byte `index`, and where it starts; `nil` at the start.
    @inline(__always)
    public func scalar(before index: Int) -> (value: UInt32, start: Int)? {
        guard index > 0 else { return nil }
        var start = index - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return (scalar(at: start).value, start)
    }

    /// Folds `source`: the folded bytes and, when some scalar changed length, the offsets back into `source`.
    private static func fold(_ source: UnsafeBufferPointer<UInt8>) -> ([UInt8], [Int32]?) {
        var out = [UInt8]()
        out.reserveCapacity(source.count)
        var offsets: [Int32]?
        var index = 0
        while index < source.count {
            let byte = source[index]
            if byte < 0x80 {
                out.append(byte &- 0x41 < 26 ? byte + 0x20 : byte)
                offsets?.append(Int32(index))
                index += 1
                continue
            }
            let (value, length) = UTF8Scalars.decode(source, at: index)
            let folded = TextFold.fold(value)
            let before = out.count
            UTF8Scalars.append(folded, to: &out)
            if offsets == nil, out.count - before != length {
                // The first scalar whose length changed: every earlier offset was its own.
                offsets = (0..<before).map { Int32($0) }
            }
            if offsets != nil {
                for _ in before..<out.count { offsets!.append(Int32(index)) }
            }
            index += length
        }
        offsets?.append(Int32(source.count))
        joinHyphenatedWords(&out)
        return (out, offsets)
    }

    /// A hyphen between two ASCII letters becomes a space.
    private static func joinHyphenatedWords(_ bytes: inout [UInt8]) {
        guard bytes.count > 2 else { return }
        for index in 1..<(bytes.count - 1) where bytes[index] == 0x2D {
            if bytes[index - 1] &- 0x61 < 26, bytes[index + 1] &- 0x61 < 26 { bytes[index] = 0x20 }
        }
    }
}

/// Decoding and encoding one scalar of well-formed UTF-8.
public enum UTF8Scalars {
    /// The scalar starting at `index` of well-formed UTF-8 and its byte length.
    @inline(__always)
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (lead, 1) }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2) }
        if lead < 0xF0 {
            return ((lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3)
        }
        let value = (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
            | UInt32(bytes[index + 3] & 0x3F)
        return (value, 4)
    }

    /// Appends the UTF-8 encoding of `value`.
    @inline(__always)
    public static func append(_ value: UInt32, to bytes: inout [UInt8]) {
        if value < 0x80 {
            bytes.append(UInt8(value))
        } else if value < 0x800 {
            bytes.append(UInt8(0xC0 | value >> 6))
            bytes.append(UInt8(0x80 | value & 0x3F))
        } else if value < 0x1_0000 {
            bytes.append(UInt8(0xE0 | value >> 12))
            bytes.append(UInt8(0x80 | value >> 6 & 0x3F))
            bytes.append(UInt8(0x80 | value & 0x3F))
        } else {
            bytes.append(UInt8(0xF0 | value >> 18))
            bytes.append(UInt8(0x80 | value >> 12 & 0x3F))
            bytes.append(UInt8(0x80 | value >> 6 & 0x3F))
            bytes.append(UInt8(0x80 | value & 0x3F))
        }
    }

    /// The UTF-8 bytes of `text` folded (`TextFold` scalar by scalar, hyphenated words joined): the key that list
    /// entries are compiled from.
    public static func folded(_ text: String) -> [UInt8] {
        FoldedText(text).bytes
    }
}

extension TextFold {
    /// `text` folded as `FoldedText` folds it, as a `String`: the key for exact look-ups in word sets.
    public static func key(_ text: String) -> String {
        String(decoding: FoldedText(text).bytes, as: UTF8.self)
    }
}
