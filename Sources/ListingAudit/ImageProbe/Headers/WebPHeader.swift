/// WebP: a RIFF container whose first chunk is `VP8 ` (lossy: 14-bit sizes after the key-frame start code),
/// `VP8L` (lossless: 14-bit sizes minus one, packed after the signature byte 0x2F) or `VP8X` (extended: 24-bit
/// canvas sizes minus one).
enum WebPHeader {
    static func read(_ data: HeaderBytes) -> HeaderReading {
        guard data.has(16, at: 0) else {
            return "RIFF".utf8.starts(with: data.bytes.prefix(4)) ? .needMore : .unrecognised
        }
        guard data.matches("RIFF", at: 0), data.matches("WEBP", at: 8) else { return .unrecognised }
        if data.matches("VP8 ", at: 12) {
            guard data.has(30, at: 0) else { return .needMore }
            guard data.bytes[23] == 0x9D, data.bytes[24] == 0x01, data.bytes[25] == 0x2A,
                let width = data.uint16(at: 26, bigEndian: false), let height = data.uint16(at: 28, bigEndian: false)
            else { return .unrecognised }
            return ImageHeaderReader.header(.webp, width & 0x3FFF, height & 0x3FFF)
        }
        if data.matches("VP8L", at: 12) {
            guard let bits = data.littleEndian(at: 21, length: 4) else { return .needMore }
            guard data.bytes[20] == 0x2F else { return .unrecognised }
            let width = Int(bits & 0x3FFF) + 1
            let height = Int((bits >> 14) & 0x3FFF) + 1
            return ImageHeaderReader.header(.webp, width, height)
        }
        if data.matches("VP8X", at: 12) {
            guard let width = data.littleEndian(at: 24, length: 3), let height = data.littleEndian(at: 27, length: 3)
            else { return .needMore }
            return ImageHeaderReader.header(.webp, Int(width) + 1, Int(height) + 1)
        }
        return .unrecognised
    }
}
