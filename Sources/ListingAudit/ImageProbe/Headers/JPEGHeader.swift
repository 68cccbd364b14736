/// JPEG: the segments up to the first start-of-frame marker, whose height and width are the image's; an EXIF
/// `APP1` segment before it may say the picture is shown turned (orientations 5–8 swap width and height).
enum JPEGHeader {
    static func read(_ data: HeaderBytes) -> HeaderReading {
        var offset = 2
        var orientation = 1
        while true {
            guard let first = data.byte(at: offset) else { return .needMore }
            guard first == 0xFF else { return .unrecognised }
            // Any number of 0xFF fill bytes may precede a marker.
            var markerOffset = offset + 1
            while data.byte(at: markerOffset) == 0xFF { markerOffset += 1 }
            guard let marker = data.byte(at: markerOffset) else { return .needMore }
            let segment = markerOffset + 1
            if marker == 0x01 || (0xD0...0xD8).contains(marker) {
                offset = segment
                continue
            }
            guard marker != 0xD9, marker != 0xDA, marker != 0x00 else { return .unrecognised }
            guard let length = data.uint16(at: segment, bigEndian: true) else { return .needMore }
            guard length >= 2 else { return .unrecognised }
            if isStartOfFrame(marker) {
                guard let height = data.uint16(at: segment + 3, bigEndian: true),
                    let width = data.uint16(at: segment + 5, bigEndian: true)
                else { return .needMore }
                let turned = (5...8).contains(orientation)
                return ImageHeaderReader.header(.jpeg, turned ? height : width, turned ? width : height)
            }
            if marker == 0xE1, data.has(length, at: segment), data.matches("Exif\0\0", at: segment + 2) {
                orientation = exifOrientation(data, tiff: segment + 8, end: segment + length) ?? orientation
            }
            guard let next = HeaderBytes.add(segment, length) else { return .unrecognised }
            offset = next
        }
    }

    /// SOF0–SOF15 less DHT (C4), JPG (C8) and DAC (CC).
    private static func isStartOfFrame(_ marker: UInt8) -> Bool {
        (0xC0...0xCF).contains(marker) && marker != 0xC4 && marker != 0xC8 && marker != 0xCC
    }

    /// The orientation tag (0x0112) of the TIFF structure at `tiff`, read no further than `end`.
    private static func exifOrientation(_ data: HeaderBytes, tiff: Int, end: Int) -> Int? {
        let big: Bool
        if data.matches("MM", at: tiff) {
            big = true
        } else if data.matches("II", at: tiff) {
            big = false
        } else {
            return nil
        }
        guard let ifdOffset = data.uint32(at: tiff + 4, bigEndian: big), let ifd = HeaderBytes.add(tiff, ifdOffset),
            let entries = data.uint16(at: ifd, bigEndian: big)
        else { return nil }
        for index in 0..<min(entries, 256) {
            let entry = ifd + 2 + index * 12
            guard entry + 12 <= end, let tag = data.uint16(at: entry, bigEndian: big) else { return nil }
            if tag == 0x0112 { return data.uint16(at: entry + 8, bigEndian: big) }
        }
        return nil
    }
}
