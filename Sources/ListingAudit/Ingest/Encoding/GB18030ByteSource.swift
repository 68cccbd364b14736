import Foundation

/// Transcodes GB18030 (and so GBK and GB2312) to UTF-8, chunk by chunk.
///
/// Chunks are cut only after a byte below 0x30 (preferably a line feed): such bytes never occur inside a GB18030
/// multi-byte sequence, so every piece decodes on its own. Two-byte characters (nearly all Chinese text) come
/// from a table built once with Foundation; the rare four-byte ones are decoded by Foundation one at a time.
/// Each byte that starts no decodable character becomes 0xFF, which is never valid UTF-8, so `CSVReader`
/// reports it with its line and column and replaces it with U+FFFD; the rest of the chunk is kept.
public final class GB18030ByteSource: ByteSource {
    /// Foundation's GB18030 encoding (`kCFStringEncodingGB_18030_2000`).
    static let encoding = String.Encoding(rawValue: 0x8000_0632)
    /// Bytes held without a line feed before the piece is cut at another safe byte.
    private static let longestCarry = 1 << 22

    private let base: ByteSource
    private var pending: [UInt8] = []
    private var finished = false

    public init(base: ByteSource) {
        self.base = base
    }

    public func read(into buffer: inout [UInt8], maximum: Int) throws(IngestError) -> Int {
        let before = buffer.count
        while buffer.count == before {
            if !finished, try base.read(into: &pending, maximum: max(1, maximum)) == 0 { finished = true }
            guard let cut = cutPoint() else { continue }
            if cut == 0 { return 0 }
            pending.withUnsafeBufferPointer { Self.decode(UnsafeBufferPointer(rebasing: $0[..<cut]), into: &buffer) }
            pending.removeFirst(cut)
        }
        return buffer.count - before
    }

    /// How many pending bytes can be decoded now, or `nil` to read more first.
    private func cutPoint() -> Int? {
        if finished { return pending.count }
        if let lineFeed = pending.lastIndex(of: 0x0A) { return lineFeed + 1 }
        guard pending.count >= Self.longestCarry else { return nil }
        if let safe = pending.lastIndex(where: { $0 < 0x30 }) { return safe + 1 }
        return pending.count
    }

    /// Unicode scalars of all two-byte characters (lead 0x81–0xFE, trail 0x40–0xFE except 0x7F), index
    /// `(lead - 0x81) * 191 + (trail - 0x40)`, 0 where none; built once from one Foundation decode of them all.
    private static let twoByteTable: [UInt16] = {
        var bytes: [UInt8] = []
        for lead in 0x81...0xFE {
            for trail in 0x40...0xFE where trail != 0x7F { bytes += [UInt8(lead), UInt8(trail)] }
        }
        var table = [UInt16](repeating: 0, count: 126 * 191)
        let scalars = bytes.withUnsafeBufferPointer { decodeWhole($0) }.map { Array($0.unicodeScalars) } ?? []
        guard scalars.count == bytes.count / 2 else { return table }
        for (index, scalar) in scalars.enumerated() where scalar.value <= 0xFFFF {
            table[(Int(bytes[2 * index]) - 0x81) * 191 + Int(bytes[2 * index + 1]) - 0x40] = UInt16(scalar.value)
        }
        return table
    }()

    /// Decodes `bytes`: ASCII as is, two-byte characters from `twoByteTable`, anything else (four-byte
    /// characters, the single byte 0x80) one character at a time with Foundation; a byte that starts no
    /// decodable character becomes 0xFF.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        let table = twoByteTable
        out.reserveCapacity(out.count + bytes.count * 3 / 2 + 4)
        table.withUnsafeBufferPointer { table in
            var index = 0
            let count = bytes.count
            while index < count {
                let lead = bytes[index]
                if lead < 0x80 {
                    out.append(lead)
                    index += 1
                    continue
                }
                if lead >= 0x81 && lead <= 0xFE && index + 1 < count {
                    let trail = bytes[index + 1]
                    if trail >= 0x40 && trail != 0x7F && trail != 0xFF {
                        let scalar = UInt32(table[(Int(lead) - 0x81) * 191 + Int(trail) - 0x40])
                        if scalar != 0 {
                            appendUTF8(scalar, to: &out)
                            index += 2
                            continue
                        }
                    }
                }
                index += decodeCharacter(bytes, at: index, into: &out)
            }
        }
    }

    /// Decodes the character at `index` with Foundation; returns the bytes used (1 when it fails: 0xFF out).
    private static func decodeCharacter(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int,
                                        into out: inout [UInt8]) -> Int {
        let lead = bytes[index]
        var length = 1
        if lead >= 0x81 && lead <= 0xFE && index + 1 < bytes.count {
            let second = bytes[index + 1]
            length = second >= 0x30 && second <= 0x39 ? 4 : 2
        }
        if index + length <= bytes.count,
           let text = decodeWhole(UnsafeBufferPointer(rebasing: bytes[index..<index + length])) {
            out.append(contentsOf: text.utf8)
            return length
        }
        out.append(0xFF)
        return 1
    }

    @inline(__always)
    private static func appendUTF8(_ scalar: UInt32, to out: inout [UInt8]) {
        if scalar < 0x80 {
            out.append(UInt8(scalar))
        } else if scalar < 0x800 {
            out.append(UInt8(0xC0 | scalar >> 6))
            out.append(UInt8(0x80 | scalar & 0x3F))
        } else {
            out.append(UInt8(0xE0 | scalar >> 12))
            out.append(UInt8(0x80 | (scalar >> 6) & 0x3F))
            out.append(UInt8(0x80 | scalar & 0x3F))
        }
    }

    private static func decodeWhole(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        if bytes.isEmpty { return "" }
        return String(data: Data(buffer: bytes), encoding: encoding)
    }

    /// Whether `bytes` (a prefix, cut at its last safe byte unless it is the whole input) decodes as GB18030.
    static func decodes(_ bytes: [UInt8], isWholeInput: Bool) -> Bool {
        let end = safeEnd(bytes, isWholeInput: isWholeInput)
        return bytes.withUnsafeBufferPointer { decodeWhole(UnsafeBufferPointer(rebasing: $0[..<end])) != nil }
    }

    /// How many bytes of `bytes` (cut like `decodes`) do not decode as GB18030.
    static func invalidByteCount(_ bytes: [UInt8], isWholeInput: Bool) -> Int {
        let end = safeEnd(bytes, isWholeInput: isWholeInput)
        var decoded: [UInt8] = []
        bytes.withUnsafeBufferPointer { decode(UnsafeBufferPointer(rebasing: $0[..<end]), into: &decoded) }
        return decoded.reduce(0) { $1 == 0xFF ? $0 + 1 : $0 }
    }

    private static func safeEnd(_ bytes: [UInt8], isWholeInput: Bool) -> Int {
        if !isWholeInput, let safe = bytes.lastIndex(where: { $0 < 0x30 }) { return safe + 1 }
        return bytes.count
    }
}
