/// Transcodes a UTF-16 byte stream (either byte order, BOM already removed) to UTF-8, chunk by chunk.
///
/// Surrogate pairs are joined, also across chunk boundaries. Undecodable input (an unpaired surrogate, an odd
/// trailing byte) becomes the byte 0xFF, which is never valid UTF-8, so `CSVReader` reports it with its line and
/// column and replaces it with U+FFFD.
public final class UTF16ByteSource: ByteSource {
    private let base: ByteSource
    private let bigEndian: Bool
    private var input: [UInt8] = []
    /// Where a chunk's UTF-8 is written before it is appended to the caller's buffer in one copy.
    private var scratch = UnsafeMutableBufferPointer<UInt8>(start: nil, count: 0)
    /// A high surrogate waiting for its low half, or 0.
    private var pendingHigh: UInt32 = 0
    private var finished = false

    /// - Parameters:
    ///   - base: the raw UTF-16 bytes.
    ///   - bigEndian: the byte order.
    public init(base: ByteSource, bigEndian: Bool) {
        self.base = base
        self.bigEndian = bigEndian
    }

    deinit { scratch.deallocate() }

    public func read(into buffer: inout [UInt8], maximum: Int) throws(IngestError) -> Int {
        let before = buffer.count
        while buffer.count == before, !finished {
            let got = try base.read(into: &input, maximum: max(2, maximum / 2 * 2))
            if got == 0 {
                finished = true
                if pendingHigh != 0 { buffer.append(0xFF) }
                if !input.isEmpty { buffer.append(0xFF) }
                pendingHigh = 0
                input.removeAll()
                break
            }
            let usable = input.count & ~1
            let needed = usable / 2 * 3 + 8
            if scratch.count < needed {
                scratch.deallocate()
                scratch = .allocate(capacity: needed)
            }
            let written = input.withUnsafeBufferPointer { transcode($0, count: usable) }
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: scratch[..<written]))
            input.removeFirst(usable)
        }
        return buffer.count - before
    }

    /// Converts the first `count` bytes (whole units) of `bytes` into `scratch`; returns the bytes written.
    private func transcode(_ bytes: UnsafeBufferPointer<UInt8>, count: Int) -> Int {
        guard let out = scratch.baseAddress else { return 0 }
        let shiftFirst: UInt32 = bigEndian ? 8 : 0
        let shiftSecond: UInt32 = bigEndian ? 0 : 8
        var high = pendingHigh
        var index = 0
        var written = 0
        while index < count {
            let unit = UInt32(bytes[index]) << shiftFirst | UInt32(bytes[index + 1]) << shiftSecond
            index += 2
            if high != 0 {
                let waiting = high
                high = 0
                if unit >= 0xDC00 && unit <= 0xDFFF {
                    let scalar = 0x10000 + ((waiting - 0xD800) << 10) + (unit - 0xDC00)
                    out[written] = UInt8(0xF0 | scalar >> 18)
                    out[written + 1] = UInt8(0x80 | (scalar >> 12) & 0x3F)
                    out[written + 2] = UInt8(0x80 | (scalar >> 6) & 0x3F)
                    out[written + 3] = UInt8(0x80 | scalar & 0x3F)
                    written += 4
                    continue
                }
                out[written] = 0xFF
                written += 1
            }
            if unit < 0x80 {
                out[written] = UInt8(unit)
                written += 1
            } else if unit < 0x800 {
                out[written] = UInt8(0xC0 | unit >> 6)
                out[written + 1] = UInt8(0x80 | unit & 0x3F)
                written += 2
            } else if unit >= 0xD800 && unit <= 0xDBFF {
                high = unit
            } else if unit >= 0xDC00 && unit <= 0xDFFF {
                out[written] = 0xFF
                written += 1
            } else {
                out[written] = UInt8(0xE0 | unit >> 12)
                out[written + 1] = UInt8(0x80 | (unit >> 6) & 0x3F)
                out[written + 2] = UInt8(0x80 | unit & 0x3F)
                written += 3
            }
        }
        pendingHigh = high
        return written
    }
}
