/// PNG: the signature, then the `IHDR` chunk's big-endian width and height.
enum PNGHeader {
    static func read(_ data: HeaderBytes) -> HeaderReading {
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        let present = min(data.count, signature.count)
        guard data.bytes[0..<present].elementsEqual(signature[0..<present]) else { return .unrecognised }
        guard data.has(24, at: 0) else { return .needMore }
        guard data.matches("IHDR", at: 12), let width = data.uint32(at: 16, bigEndian: true),
            let height = data.uint32(at: 20, bigEndian: true)
        else { return .unrecognised }
        return ImageHeaderReader.header(.png, width, height)
    }
}

/// GIF: `GIF87a` / `GIF89a`, then the logical screen's little-endian width and height.
enum GIFHeader {
    static func read(_ data: HeaderBytes) -> HeaderReading {
        guard data.has(10, at: 0) else { return .needMore }
        guard data.matches("GIF87a", at: 0) || data.matches("GIF89a", at: 0),
            let width = data.uint16(at: 6, bigEndian: false), let height = data.uint16(at: 8, bigEndian: false)
        else { return .unrecognised }
        return ImageHeaderReader.header(.gif, width, height)
    }
}

/// BMP: `BM`, then a DIB header: the 12-byte OS/2 core header has 16-bit sizes, the later ones signed 32-bit sizes
/// (a negative height is a top-down bitmap).
enum BMPHeader {
    static func read(_ data: HeaderBytes) -> HeaderReading {
        guard let headerSize = data.uint32(at: 14, bigEndian: false) else { return .needMore }
        if headerSize == 12 {
            guard let width = data.uint16(at: 18, bigEndian: false), let height = data.uint16(at: 20, bigEndian: false)
            else { return .needMore }
            return ImageHeaderReader.header(.bmp, width, height)
        }
        guard headerSize >= 40 else { return .unrecognised }
        guard let width = data.littleEndian(at: 18, length: 4), let height = data.littleEndian(at: 22, length: 4)
        else { return .needMore }
        let signedHeight = Int(Int32(bitPattern: UInt32(truncatingIfNeeded: height)))
        // `magnitude` of Int32.min is representable as Int, so this cannot trap.
        return ImageHeaderReader.header(
            .bmp, Int(Int32(bitPattern: UInt32(truncatingIfNeeded: width))), Int(signedHeight.magnitude))
    }
}
