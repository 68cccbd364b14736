import Testing
@testable import ListingAudit

/// `ImageURL.Scan.plainWeb`, the one pass of words over a plain web address, against `Scan(anyAddress:)`, which
/// notes the address's bytes one by one: it must read exactly the plain web addresses, and read them alike.
@Suite struct ImagePlainScanTests {
    /// Whether `plainWeb` should read `bytes`: `http://` or `https://` in any case, more than eight bytes, all
    /// printable ASCII other than a space, and no `/` at the end.
    private static func isPlainWeb(_ bytes: [UInt8]) -> Bool {
        let lowered = bytes.prefix(8).map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }
        return bytes.count > 8
            && (lowered.starts(with: Array("https://".utf8)) || lowered.starts(with: Array("http://".utf8)))
            && bytes.allSatisfy { $0 > 0x20 && $0 < 0x7F } && bytes.last != UInt8(ascii: "/")
    }

    /// The differences between the two scans of `bytes`, or `nil` when `plainWeb` declines it.
    private static func differences(_ bytes: [UInt8]) -> [String]? {
        bytes.withUnsafeBufferPointer { source in
            guard let fast = ImageURL.Scan.plainWeb(source) else { return nil }
            let slow = ImageURL.Scan(anyAddress: source)
            var differences: [String] = []
            if fast.head != slow.head { differences.append("head \(fast.head) vs \(slow.head)") }
            if fast.tail != slow.tail { differences.append("tail \(fast.tail) vs \(slow.tail)") }
            if fast.pictureKey != slow.pictureKey { differences.append("key") }
            if fast.webAuthority != slow.webAuthority {
                differences.append("authority \(String(describing: fast.webAuthority)) vs \(String(describing: slow.webAuthority))")
            }
            if fast.isPlain != slow.isPlain { differences.append("isPlain") }
            if fast.mayNamePlaceholder != slow.mayNamePlaceholder { differences.append("mayNamePlaceholder") }
            if fast.namesNoFile != slow.namesNoFile { differences.append("namesNoFile") }
            if fast.lastComponent != slow.lastComponent {
                differences.append("last component \(fast.lastComponent) vs \(slow.lastComponent)")
            }
            return differences
        }
    }

    private static func check(_ bytes: [UInt8]) {
        func text() -> String { String(decoding: bytes, as: UTF8.self) }
        guard let differences = differences(bytes) else {
            if isPlainWeb(bytes) { Issue.record("not read: \(text()) \(bytes)") }
            return
        }
        if !isPlainWeb(bytes) { Issue.record("read, but not plain: \(text()) \(bytes)") }
        if !differences.isEmpty { Issue.record("\(text()): \(differences)") }
    }

    /// Every byte value at every offset of a usual address after its scheme (and at its end), with a second notable
    /// byte a few bytes on: whether it is read and what is read of it.
    @Test func everyByteValueAtEveryOffsetIsReadAsByteByByte() {
        let address = Array("https://img.shop-cdn.example/p/17/0000001_0.jpg".utf8)
        let seconds: [UInt8] = Array("/?#oOlLnNcCpP._-@:x".utf8) + [0x20, 0x7F, 0xE6]
        var read = 0
        for position in 8..<address.count {
            for value in 0...255 {
                for second in seconds {
                    for gap in [1, 4] where position + gap < address.count {
                        var bytes = address
                        bytes[position] = UInt8(value)
                        bytes[position + gap] = second
                        Self.check(bytes)
                        if Self.isPlainWeb(bytes) { read += 1 }
                    }
                }
                var cut = Array(address[...position])
                cut[position] = UInt8(value)
                Self.check(cut)
            }
        }
        #expect(read > 50_000)
    }

    /// Generated addresses full of the bytes that matter (slashes, queries, fragments, size suffixes, placeholder
    /// words in any case, hosts with users and ports), of every length.
    @Test func generatedAddressesAreReadAsByteByByte() {
        let schemes = ["https://", "http://", "HTTPS://", "hTtP://", "https:/", "//", "ftp://", ""]
        let pieces = [
            "/", "/", "?", "#", ".", "a", "O", "l", "no", "No", "co", "coming", "COMING", "comin", "placeholder",
            "PLACEHOLDER", "placehold", "pl", "p", "c", "n", ".jpg", ".JPEG", ".jpg_", "_800x800", "-300X300", "@2x",
            "_crop_center", "_large", "_thumbnail", "img.example", "cdn.shop.com", "user@", ":8080", "x", "0", "=",
            "&v=2", "图", " ", "\t", "\u{7F}",
        ]
        var generator = SeededGenerator(seed: 0x18A)
        var read = 0
        for _ in 0..<40_000 {
            var text = schemes[generator.below(schemes.count)]
            for _ in 0..<generator.below(16) { text += pieces[generator.below(pieces.count)] }
            let bytes = Array(text.utf8)
            Self.check(bytes)
            if Self.isPlainWeb(bytes) { read += 1 }
        }
        #expect(read > 5_000)
    }
}
