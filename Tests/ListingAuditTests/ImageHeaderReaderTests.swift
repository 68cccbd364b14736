import Testing

@testable import ListingAudit

/// The header readers on files built in code: known formats and sizes, EXIF orientation, and truncated or hostile
/// bytes, which must never crash or trap.
@Suite struct ImageHeaderReaderTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let bytes: [UInt8]
        let expected: ImageHeader
        var testDescription: String { name }
    }

    static func header(_ format: ImageFormat, _ width: Int, _ height: Int) -> ImageHeader {
        ImageHeader(format: format, width: width, height: height)
    }

    static let cases: [Case] = [
        Case(name: "png", bytes: TestImages.png(1200, 800), expected: header(.png, 1200, 800)),
        Case(name: "jpeg", bytes: TestImages.jpeg(640, 480), expected: header(.jpeg, 640, 480)),
        Case(
            name: "jpeg EXIF orientation 6 (big-endian)", bytes: TestImages.jpeg(1600, 1200, orientation: 6),
            expected: ImageHeader(format: .jpeg, width: 1200, height: 1600)),
        Case(
            name: "jpeg EXIF orientation 8 (little-endian)",
            bytes: TestImages.jpeg(1600, 1200, orientation: 8, bigEndian: false),
            expected: ImageHeader(format: .jpeg, width: 1200, height: 1600)),
        Case(
            name: "jpeg EXIF orientation 3 keeps the size", bytes: TestImages.jpeg(1600, 1200, orientation: 3),
            expected: ImageHeader(format: .jpeg, width: 1600, height: 1200)),
        Case(name: "gif", bytes: TestImages.gif(320, 200), expected: header(.gif, 320, 200)),
        Case(
            name: "webp VP8", bytes: TestImages.webp(1000, 750, .lossy),
            expected: ImageHeader(format: .webp, width: 1000, height: 750)),
        Case(
            name: "webp VP8L", bytes: TestImages.webp(801, 599, .lossless),
            expected: ImageHeader(format: .webp, width: 801, height: 599)),
        Case(
            name: "webp VP8X", bytes: TestImages.webp(4000, 3000, .extended),
            expected: ImageHeader(format: .webp, width: 4000, height: 3000)),
        Case(name: "bmp", bytes: TestImages.bmp(256, 128), expected: header(.bmp, 256, 128)),
        Case(
            name: "bmp top-down", bytes: TestImages.bmp(256, -128),
            expected: ImageHeader(format: .bmp, width: 256, height: 128)),
        Case(
            name: "avif", bytes: TestImages.isoMedia(1920, 1080, brand: "avif"),
            expected: ImageHeader(format: .avif, width: 1920, height: 1080)),
        Case(
            name: "heic", bytes: TestImages.isoMedia(3024, 4032, brand: "heic"),
            expected: ImageHeader(format: .heic, width: 3024, height: 4032)),
    ]

    @Test(arguments: cases)
    func readsTheKnownSize(_ sample: Case) {
        #expect(ImageHeaderReader.read(sample.bytes, complete: true) == .header(sample.expected))
        #expect(ImageHeaderReader.read(sample.bytes, complete: false) == .header(sample.expected))
    }

    /// Every prefix of every sample: either the header, or "read more" (never a wrong size, never a crash); and
    /// once the prefix is declared the whole file, never "read more".
    @Test(arguments: cases)
    func truncatedBytesAskForMoreOrGiveUp(_ sample: Case) {
        for length in 0..<min(sample.bytes.count, 400) {
            let prefix = Array(sample.bytes.prefix(length))
            let partial = ImageHeaderReader.read(prefix, complete: false)
            #expect(partial == .needMore || partial == .header(sample.expected), "\(length) bytes: \(partial)")
            #expect(ImageHeaderReader.read(prefix, complete: true) != .needMore)
        }
    }

    @Test func hostileLengthsNeverTrap() {
        let hostile: [[UInt8]] = [
            // A JPEG segment that claims 65535 bytes, then ends.
            [0xFF, 0xD8, 0xFF, 0xE1, 0xFF, 0xFF, 0x45, 0x78],
            // A JPEG segment length below 2.
            [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x01, 0, 0, 0, 0],
            // Endless fill bytes.
            [0xFF, 0xD8] + [UInt8](repeating: 0xFF, count: 5000),
            // EXIF with an IFD offset far past the end and a huge entry count.
            [0xFF, 0xD8] + TestImages.segment(0xE1, Array("Exif\0\0MM".utf8) + [0, 42, 0xFF, 0xFF, 0xFF, 0xF0]),
            [0xFF, 0xD8] + TestImages.segment(0xE1, Array("Exif\0\0II".utf8) + [42, 0, 8, 0, 0, 0, 0xFF, 0xFF]),
            // An ISO box with a 64-bit size near the top of the range, and one of size 0 (to the end).
            TestImages.box("ftyp", Array("avif".utf8) + [0, 0, 0, 0]) + [0, 0, 0, 1] + Array("free".utf8)
                + [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xF0],
            TestImages.box("ftyp", Array("avif".utf8) + [0, 0, 0, 0]) + [0, 0, 0, 0] + Array("meta".utf8),
            // Nested boxes deeper than any image has.
            TestImages.box("ftyp", Array("heic".utf8) + [0, 0, 0, 0])
                + (0..<20).reduce([UInt8]()) { inner, _ in TestImages.box("iprp", inner) },
            // A BMP with the most negative height, a PNG with a 4 GB width, a GIF of width 0.
            Array("BM".utf8) + [UInt8](repeating: 0, count: 12) + TestImages.le32(40) + TestImages.le32(10)
                + [0, 0, 0, 0x80],
            Array(TestImages.png(1, 1).prefix(16)) + [0xFF, 0xFF, 0xFF, 0xFF, 0, 0, 0, 1],
            TestImages.gif(0, 10),
            // A RIFF that is not WebP, and a VP8 chunk without its start code.
            Array("RIFF".utf8) + [0, 0, 0, 0] + Array("WAVEfmt ".utf8) + [UInt8](repeating: 0, count: 30),
            Array(TestImages.webp(100, 100, .lossy).prefix(23)) + [0, 0, 0, 0, 0, 0, 0],
        ]
        for bytes in hostile {
            for complete in [false, true] {
                let reading = ImageHeaderReader.read(bytes, complete: complete)
                if case .header(let header) = reading {
                    #expect(header.width > 0 && header.height > 0 && header.width <= 1 << 30)
                }
            }
        }
        #expect(ImageHeaderReader.read(TestImages.gif(0, 10), complete: true) == .unrecognised)
    }

    /// Pseudo-random bytes behind each format's signature: whatever comes out, nothing traps.
    @Test func randomBytesNeverTrap() {
        var random = SeededGenerator(seed: 0x9E37_79B9_7F4A_7C15)
        let signatures: [[UInt8]] = [
            [0xFF, 0xD8], [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], Array("GIF89a".utf8),
            Array("RIFF".utf8) + [0, 0, 0, 0] + Array("WEBPVP8X".utf8), Array("BM".utf8),
            [0, 0, 0, 24] + Array("ftypavif".utf8),
        ]
        for signature in signatures {
            for length in stride(from: 0, to: 600, by: 7) {
                let bytes = signature + (0..<length).map { _ in UInt8(truncatingIfNeeded: random.next()) }
                _ = ImageHeaderReader.read(bytes, complete: Bool.random(using: &random))
            }
        }
    }

    @Test func otherFilesAreNotImages() {
        #expect(ImageHeaderReader.read(Array("<!doctype html><html>".utf8), complete: false) == .unrecognised)
        #expect(ImageHeaderReader.read([], complete: false) == .needMore)
        #expect(ImageHeaderReader.read([], complete: true) == .unrecognised)
    }

    @Test func formatsAreNamedByExtensionAndMediaType() {
        #expect(ImageFormat.named(extension: "JPG") == .jpeg)
        #expect(ImageFormat.named(extension: "heif") == .heic)
        #expect(ImageFormat.named(mediaType: "image/png; charset=binary") == .png)
        #expect(ImageFormat.named(mediaType: "text/html") == nil)
    }
}
