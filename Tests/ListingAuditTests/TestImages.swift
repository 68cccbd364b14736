/// Image files built byte by byte for the probe tests: headers of known formats and sizes, followed by filler
/// (the readers never look at pixels).
enum TestImages {
    static func png(_ width: Int, _ height: Int, filler: Int = 5000) -> [UInt8] {
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]
        bytes += Array("IHDR".utf8) + be32(width) + be32(height) + [8, 2, 0, 0, 0] + [0, 0, 0, 0]
        return bytes + [UInt8](repeating: 0x11, count: filler)
    }

    /// A JPEG with a JFIF segment, optionally an EXIF segment with `orientation`, then a baseline frame.
    static func jpeg(_ width: Int, _ height: Int, orientation: Int? = nil, bigEndian: Bool = true, filler: Int = 5000)
        -> [UInt8]
    {
        var bytes: [UInt8] = [0xFF, 0xD8]
        bytes += segment(0xE0, Array("JFIF\0".utf8) + [1, 1, 0, 0, 1, 0, 1, 0, 0])
        if let orientation {
            let word: (Int) -> [UInt8] = { bigEndian ? be16($0) : le16($0) }
            let long: (Int) -> [UInt8] = { bigEndian ? be32($0) : le32($0) }
            var tiff: [UInt8] = bigEndian ? Array("MM".utf8) : Array("II".utf8)
            tiff += word(42) + long(8) + word(2)
            tiff += word(0x010F) + word(2) + long(4) + long(0)  // Make, not read
            tiff += word(0x0112) + word(3) + long(1) + word(orientation) + word(0)
            tiff += long(0)
            bytes += segment(0xE1, Array("Exif\0\0".utf8) + tiff)
        }
        bytes += segment(0xDB, [0] + [UInt8](repeating: 1, count: 64))
        bytes += segment(0xC0, [8] + be16(height) + be16(width) + [1, 1, 0x11, 0])
        return bytes + segment(0xDA, [1, 1, 0, 0, 63, 0]) + [UInt8](repeating: 0, count: filler) + [0xFF, 0xD9]
    }

    static func gif(_ width: Int, _ height: Int, filler: Int = 2000) -> [UInt8] {
        Array("GIF89a".utf8) + le16(width) + le16(height) + [0, 0, 0] + [UInt8](repeating: 0x3B, count: filler)
    }

    enum WebPKind { case lossy, lossless, extended }

    static func webp(_ width: Int, _ height: Int, _ kind: WebPKind, filler: Int = 3000) -> [UInt8] {
        var chunk: [UInt8]
        switch kind {
        case .lossy:
            chunk = Array("VP8 ".utf8) + le32(10 + filler) + [0x10, 0x02, 0x00, 0x9D, 0x01, 0x2A]
                + le16(width) + le16(height)
        case .lossless:
            let bits = UInt32(width - 1) | UInt32(height - 1) << 14
            chunk = Array("VP8L".utf8) + le32(5 + filler) + [0x2F] + le32(Int(bits))
        case .extended:
            chunk = Array("VP8X".utf8) + le32(10) + [0, 0, 0, 0] + le24(width - 1) + le24(height - 1)
        }
        let body = Array("WEBP".utf8) + chunk + [UInt8](repeating: 0, count: filler)
        return Array("RIFF".utf8) + le32(body.count) + body
    }

    static func bmp(_ width: Int, _ height: Int, filler: Int = 2000) -> [UInt8] {
        Array("BM".utf8) + le32(54 + filler) + [0, 0, 0, 0] + le32(54) + le32(40) + le32(width)
            + le32(Int(UInt32(bitPattern: Int32(height)))) + le16(1) + le16(24) + [UInt8](repeating: 0, count: 24)
            + [UInt8](repeating: 0, count: filler)
    }

    /// An AVIF (`brand` avif) or HEIC (`heic`) with `meta` → `iprp` → `ipco` → `ispe`.
    static func isoMedia(_ width: Int, _ height: Int, brand: String, filler: Int = 2000) -> [UInt8] {
        let ftyp = box("ftyp", Array(brand.utf8) + [0, 0, 0, 0] + Array("mif1".utf8) + Array(brand.utf8))
        let hdlr = box("hdlr", [0, 0, 0, 0] + [0, 0, 0, 0] + Array("pict".utf8) + [UInt8](repeating: 0, count: 13))
        let ispe = box("ispe", [0, 0, 0, 0] + be32(width) + be32(height))
        let meta = box("meta", [0, 0, 0, 0] + hdlr + box("iprp", box("ipco", ispe)))
        return ftyp + meta + box("mdat", [UInt8](repeating: 0, count: filler))
    }

    // MARK: - Pieces

    static func segment(_ marker: UInt8, _ payload: [UInt8]) -> [UInt8] {
        [0xFF, marker] + be16(payload.count + 2) + payload
    }

    static func box(_ type: String, _ payload: [UInt8]) -> [UInt8] {
        be32(payload.count + 8) + Array(type.utf8) + payload
    }

    static func be16(_ value: Int) -> [UInt8] { [UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)] }
    static func le16(_ value: Int) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF)] }
    static func le24(_ value: Int) -> [UInt8] { (0..<3).map { UInt8(value >> ($0 * 8) & 0xFF) } }
    static func be32(_ value: Int) -> [UInt8] { (0..<4).reversed().map { UInt8(value >> ($0 * 8) & 0xFF) } }
    static func le32(_ value: Int) -> [UInt8] { (0..<4).map { UInt8(value >> ($0 * 8) & 0xFF) } }
}
