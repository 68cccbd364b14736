/// Bounds-checked reads of an image file's first bytes: every read past the end is `nil`, never a trap, and
/// offsets are added with overflow checks, so hostile lengths cannot crash a parser.
struct HeaderBytes {
    let bytes: [UInt8]

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var count: Int { bytes.count }

    /// `offset + length`, or `nil` when it overflows.
    static func add(_ offset: Int, _ length: Int) -> Int? {
        let (sum, overflow) = offset.addingReportingOverflow(length)
        return overflow ? nil : sum
    }

    /// Whether `length` bytes are present from `offset`.
    func has(_ length: Int, at offset: Int) -> Bool {
        guard offset >= 0, length >= 0, let end = Self.add(offset, length) else { return false }
        return end <= bytes.count
    }

    func byte(at offset: Int) -> UInt8? { has(1, at: offset) ? bytes[offset] : nil }

    /// A big-endian unsigned integer of `length` bytes (1–8) at `offset`.
    func bigEndian(at offset: Int, length: Int) -> UInt64? {
        guard length <= 8, has(length, at: offset) else { return nil }
        var value: UInt64 = 0
        for index in offset..<(offset + length) { value = value << 8 | UInt64(bytes[index]) }
        return value
    }

    /// A little-endian unsigned integer of `length` bytes (1–8) at `offset`.
    func littleEndian(at offset: Int, length: Int) -> UInt64? {
        guard length <= 8, has(length, at: offset) else { return nil }
        var value: UInt64 = 0
        for index in (offset..<(offset + length)).reversed() { value = value << 8 | UInt64(bytes[index]) }
        return value
    }

    func uint16(at offset: Int, bigEndian big: Bool) -> Int? {
        (big ? bigEndian(at: offset, length: 2) : littleEndian(at: offset, length: 2)).map { Int($0) }
    }

    func uint32(at offset: Int, bigEndian big: Bool) -> Int? {
        (big ? bigEndian(at: offset, length: 4) : littleEndian(at: offset, length: 4)).map { Int($0) }
    }

    /// Whether the ASCII text `signature` is at `offset`.
    func matches(_ signature: String, at offset: Int) -> Bool {
        let expected = Array(signature.utf8)
        guard has(expected.count, at: offset) else { return false }
        return bytes[offset..<(offset + expected.count)].elementsEqual(expected)
    }
}

/// What reading an image's first bytes gave.
public enum HeaderReading: Sendable, Equatable {
    /// The format and size are known.
    case header(ImageHeader)
    /// The bytes so far are consistent with an image whose size comes later: read more.
    case needMore
    /// The bytes are no image format we read, or a damaged one.
    case unrecognised
}

/// Reads the format and pixel size of JPEG, PNG, GIF, WebP, AVIF/HEIC and BMP files from their first bytes.
public enum ImageHeaderReader {
    /// The format and size `bytes` (the start of a file) declare. `complete` says `bytes` is the whole file, so a
    /// header cut short is `unrecognised` rather than `needMore`.
    public static func read(_ bytes: [UInt8], complete: Bool) -> HeaderReading {
        let data = HeaderBytes(bytes)
        let reading: HeaderReading
        if data.count < 2 {
            reading = .needMore
        } else if data.bytes[0] == 0xFF, data.bytes[1] == 0xD8 {
            reading = JPEGHeader.read(data)
        } else if data.bytes[0] == 0x89 {
            reading = PNGHeader.read(data)
        } else if data.matches("GIF", at: 0) || (data.count < 3 && data.matches("GI", at: 0)) {
            reading = GIFHeader.read(data)
        } else if data.matches("RIFF", at: 0) || (data.count < 4 && data.matches("RI", at: 0)) {
            reading = WebPHeader.read(data)
        } else if data.matches("BM", at: 0) {
            reading = BMPHeader.read(data)
        } else if data.count < 12 || data.matches("ftyp", at: 4) {
            reading = ISOMediaHeader.read(data)
        } else {
            reading = .unrecognised
        }
        return reading == .needMore && complete ? .unrecognised : reading
    }

    /// A size both positive and at most 2^30 px a side (anything larger is a damaged header).
    static func header(_ format: ImageFormat, _ width: Int, _ height: Int) -> HeaderReading {
        guard width > 0, height > 0, width <= 1 << 30, height <= 1 << 30 else { return .unrecognised }
        return .header(ImageHeader(format: format, width: width, height: height))
    }
}
