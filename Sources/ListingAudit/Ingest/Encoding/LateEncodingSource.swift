/// The text of a file whose first 64 KiB are plain ASCII, so that they cannot tell UTF-8 from GB18030: passes ASCII
/// through, and decides the encoding at the first non-ASCII byte, from up to 64 KiB read from there
/// (`EncodingDetector`). ASCII reads the same in both, so the bytes already passed on stay right either way: a
/// GB18030 export whose Chinese text starts late is decoded as GB18030, not garbled into U+FFFD.
final class LateEncodingSource: ByteSource {
    private let base: ByteSource
    /// Bytes read from `base` from the first non-ASCII byte on, not yet passed on.
    private var held: [UInt8] = []
    private var baseEnded = false
    /// The decoder once the encoding is decided.
    private var decided: ByteSource?
    /// UTF-8 until a non-ASCII byte decides otherwise.
    private(set) var encoding = TextEncoding.utf8

    init(base: ByteSource) {
        self.base = base
    }

    func read(into buffer: inout [UInt8], maximum: Int) throws(IngestError) -> Int {
        if let decided { return try decided.read(into: &buffer, maximum: maximum) }
        if held.isEmpty {
            // Straight into the caller's buffer; only a chunk with a non-ASCII byte is held back from it.
            let start = buffer.count
            let got = try base.read(into: &buffer, maximum: maximum)
            if got == 0 { return 0 }
            let ascii = buffer.withUnsafeBufferPointer { chunk in
                let appended = UnsafeBufferPointer(rebasing: chunk[start...])
                return UTF8Validation.isASCII(appended) ? got : appended.firstIndex { $0 >= 0x80 }!
            }
            if ascii == got { return got }
            held = Array(buffer[(start + ascii)...])
            buffer.removeLast(got - ascii)
            if ascii > 0 { return ascii }
        }
        try decide()
        return try read(into: &buffer, maximum: maximum)
    }

    /// Decides the encoding from up to `DelimitedFile.prefixLength` held bytes starting at a non-ASCII byte.
    private func decide() throws(IngestError) {
        while !baseEnded, held.count < DelimitedFile.prefixLength {
            if try base.read(into: &held, maximum: DelimitedFile.prefixLength - held.count) == 0 { baseEnded = true }
        }
        encoding = EncodingDetector.detect(held, isWholeInput: baseEnded).encoding == .gb18030 ? .gb18030 : .utf8
        let rest = PrefixedByteSource(prefix: held, rest: base)
        held = []
        decided = encoding == .gb18030 ? GB18030ByteSource(base: rest) : rest
    }
}
