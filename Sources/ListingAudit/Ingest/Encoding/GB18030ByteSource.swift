import Foundation

/// Transcodes GB18030 (and so GBK and GB2312) to UTF-8 with Foundation, chunk by chunk.
///
/// Chunks are cut only after a byte below 0x30 (preferably a line feed): such bytes never occur inside a GB18030
/// multi-byte sequence, so every piece decodes on its own. A piece that fails to decode is decoded again in smaller
/// parts, down to single characters; each byte that still fails becomes 0xFF, which is never valid UTF-8, so
/// `CSVReader` reports it with its line and column and replaces it with U+FFFD.
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

    /// Decodes `bytes`, falling back to ever smaller parts when the whole does not decode.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        if let text = decodeWhole(bytes) {
            out.append(contentsOf: text.utf8)
            return
        }
        var start = 0
        var index = 0
        while index < bytes.count {
            index += 1
            if bytes[index - 1] < 0x30 || index == bytes.count {
                let part = UnsafeBufferPointer(rebasing: bytes[start..<index])
                if let text = decodeWhole(part) {
                    out.append(contentsOf: text.utf8)
                } else {
                    decodeCharacters(part, into: &out)
                }
                start = index
            }
        }
    }

    /// Decodes one character at a time; a byte that starts no decodable character becomes 0xFF.
    private static func decodeCharacters(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                out.append(lead)
                index += 1
                continue
            }
            var length = 1
            if lead >= 0x81 && lead <= 0xFE && index + 1 < bytes.count {
                let second = bytes[index + 1]
                length = second >= 0x30 && second <= 0x39 ? 4 : 2
            }
            if index + length <= bytes.count,
               let text = decodeWhole(UnsafeBufferPointer(rebasing: bytes[index..<index + length])) {
                out.append(contentsOf: text.utf8)
                index += length
            } else {
                out.append(0xFF)
                index += 1
            }
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
