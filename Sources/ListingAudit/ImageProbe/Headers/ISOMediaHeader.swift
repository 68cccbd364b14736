/// AVIF and HEIC: ISO base media boxes. The `ftyp` brand names the format; the size is the first image spatial
/// extents property (`meta` → `iprp` → `ipco` → `ispe`).
enum ISOMediaHeader {
    private static let avifBrands: Set<String> = ["avif", "avis"]
    private static let heicBrands: Set<String> = ["heic", "heix", "heim", "heis", "hevc", "hevx", "mif1", "msf1"]

    static func read(_ data: HeaderBytes) -> HeaderReading {
        guard data.has(12, at: 0) else { return .needMore }
        guard data.matches("ftyp", at: 4), let ftypSize = data.uint32(at: 0, bigEndian: true), ftypSize >= 16
        else { return .unrecognised }
        guard data.has(ftypSize, at: 0) else { return .needMore }
        var brands: [String] = [brand(data, at: 8)]
        var offset = 16
        while offset + 4 <= ftypSize {
            brands.append(brand(data, at: offset))
            offset += 4
        }
        let format: ImageFormat
        if brands.contains(where: avifBrands.contains) {
            format = .avif
        } else if brands.contains(where: heicBrands.contains) {
            format = .heic
        } else {
            return .unrecognised
        }
        return size(data, format: format, from: ftypSize, to: Int.max, depth: 0)
    }

    private static func brand(_ data: HeaderBytes, at offset: Int) -> String {
        String(decoding: data.bytes[offset..<(offset + 4)], as: UTF8.self)
    }

    /// The first `ispe` among the boxes from `start` to `end` (or the end of the bytes), descending into the boxes
    /// that hold it; `needMore` when the bytes end first.
    private static func size(
        _ data: HeaderBytes, format: ImageFormat, from start: Int, to end: Int, depth: Int
    ) -> HeaderReading {
        guard depth < 8 else { return .unrecognised }
        var offset = start
        while offset < end {
            guard let declared = data.uint32(at: offset, bigEndian: true), data.has(8, at: offset) else {
                return .needMore
            }
            var header = 8
            var boxSize = declared
            if declared == 1 {
                guard let large = data.bigEndian(at: offset + 8, length: 8) else { return .needMore }
                guard large <= UInt64(Int.max) else { return .unrecognised }
                boxSize = Int(large)
                header = 16
            } else if declared == 0 {
                boxSize = Int.max - offset
            }
            guard boxSize >= header, let boxEnd = HeaderBytes.add(offset, boxSize) else { return .unrecognised }
            let type = String(decoding: data.bytes[(offset + 4)..<(offset + 8)], as: UTF8.self)
            switch type {
            case "meta":
                return size(data, format: format, from: offset + header + 4, to: boxEnd, depth: depth + 1)
            case "iprp", "ipco":
                return size(data, format: format, from: offset + header, to: boxEnd, depth: depth + 1)
            case "ispe":
                guard let width = data.uint32(at: offset + header + 4, bigEndian: true),
                    let height = data.uint32(at: offset + header + 8, bigEndian: true)
                else { return .needMore }
                return ImageHeaderReader.header(format, width, height)
            case "mdat":
                return .unrecognised
            default:
                offset = boxEnd
            }
        }
        return .unrecognised
    }
}
