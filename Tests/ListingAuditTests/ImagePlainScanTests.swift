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
                let (fastAuthority, slowAuthority) = (fast.webAuthority, slow.webAuthority)
                differences.append(
                    "authority \(String(describing: fastAuthority)) vs \(String(describing: slowAuthority))")
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

    /// The scans of `bytes` read alone and read after the gallery's earlier addresses: the fields that differ.
    private static func galleryDifferences(_ bytes: [UInt8], _ reader: inout ImageURL.GalleryReader) -> [String] {
        let address = ArraySlice(bytes)
        return address.withUnsafeBufferPointer { source in
            let reading = reader.reading(address, source)
            let (shared, fault) = (reading.scan, reading.problem)
            let alone = ImageURL.Scan(source)
            var differences: [String] = []
            if shared.head != alone.head { differences.append("head \(shared.head) vs \(alone.head)") }
            if shared.tail != alone.tail { differences.append("tail \(shared.tail) vs \(alone.tail)") }
            if shared.pictureKey != alone.pictureKey { differences.append("key") }
            if shared.webAuthority != alone.webAuthority { differences.append("authority") }
            if shared.isPlain != alone.isPlain { differences.append("isPlain") }
            if shared.mayNamePlaceholder != alone.mayNamePlaceholder { differences.append("mayNamePlaceholder") }
            if shared.namesNoFile != alone.namesNoFile { differences.append("namesNoFile") }
            if shared.lastComponent != alone.lastComponent { differences.append("last component") }
            if fault != ImageURL.problem(alone, source) { differences.append("problem") }
            if reading.isStandIn != ImageURL.read(address).isPlaceholder { differences.append("stand-in") }
            return differences
        }
    }

    /// `GalleryReader.read` of `bytes` after the gallery's earlier addresses against `ImageURL.read` of them alone:
    /// what differs (also read by `RenumberedAddressTests`).
    static func readDifferences(_ bytes: [UInt8], _ reader: inout ImageURL.GalleryReader) -> [String] {
        let address = ArraySlice(bytes)
        let (shared, alone) = (reader.read(address), ImageURL.read(address))
        var differences: [String] = []
        // The same address: equal pictures exactly when their keys are.
        if shared.picture != alone.picture { differences.append("picture key") }
        // A plain picture with a key of its own tells another plain picture apart, and no other.
        let other = ImagePicture("https://other.example/zz_plain.jpg")
        if shared.picture.hasOtherAddress(than: other) != alone.picture.hasOtherAddress(than: other) {
            differences.append("isPlain")
        }
        if shared.isPlaceholder != alone.isPlaceholder { differences.append("stand-in") }
        if shared.problem != alone.problem { differences.append("problem") }
        return differences
    }

    /// Galleries whose addresses share a host and folder, or part of one, or not, with placeholder words, queries,
    /// size suffixes, spaces and non-ASCII bytes on either side of the folder's last slash, and addresses that
    /// differ from the one before only in some of their digits: `GalleryReader` reads each address after the first
    /// from where it stops sharing the previous one's folder, or by the model of the last address read in full
    /// (`NameModel`: its path and name, or its name), and must read what the address alone reads, whether the
    /// reader is new for each gallery or kept from the galleries before, through `reading` (every field of the
    /// scan) and through `read` (what the facts take: the picture, its key made alone for a renumbered address).
    @Test func galleryAddressesAreReadAsEachAlone() {
        let hosts = [
            "https://img.shop-cdn.example", "http://cdn.example.com", "https://localhost:8080", "https://192.168.1.5",
            "HTTPS://A.B", "https://user@x.y:80", "https://nodot", "https://no-image.example", "https://co", "//a.b",
            "https://图.cn", "https://a b.c", "ftp://a.b",
        ]
        let folders = [
            "/", "/p/", "/p/17/", "/no/", "/coming/", "/placeholder/", "/a?b/", "/a#/", "//", "/图/", "/ /", "/co/",
            "/pl/", "/N", "/x/co", "", "?v=1/", "/_800x800/", "/a.jpg_/",
        ]
        let names = [
            "0000001_0.jpg", "a_800x800.jpg", "a.jpg_400x400.jpg", "a.jpg?v=2", "no-image.png", "ming.jpg",
            "aceholder.jpg", "default.jpg", "", "x/", "a b.jpg", "?q=/x", "#f", "co", "p", "n", "o.jpg", "l",
            "a@2x.png",
            "x_crop_center.jpg", "LARGE_large.JPG", "图.jpg", "a/b/c.png", "a\u{7F}.jpg", "Blank.gif", "ming/", "o/",
            "a_80x8.jpg", "0x0.png", "IMG_2041.JPG", "n0.jpg", "c0ming.jpg", "a.jpg_1x2.jpg", "a-12.jpg", "7@2x.png",
            "1.jpg?v=12#3", "12/3.jpg", "a_1.jpg?x=/4", "0123456789_0123456789_0123456789_01.jpg",
            "0123456789_0123456789_0123456.jpg", "a_x1.jpg", "a_1x.jpg", "a_x.jpg", "1.JPG_9x9.jpg",
        ]
        var generator = SeededGenerator(seed: 0x26A)
        var (afterADirectory, renumbered) = (0, 0)
        // A reader kept from each gallery to the next, as a worker's is, reads each address as one made for the
        // gallery does.
        var kept = ImageURL.GalleryReader()
        var keptForRead = ImageURL.GalleryReader()
        for _ in 0..<6_000 {
            var reader = ImageURL.GalleryReader()
            var readerForRead = ImageURL.GalleryReader()
            var (host, folder) = (hosts[generator.below(hosts.count)], folders[generator.below(folders.count)])
            var last: String?
            for _ in 0..<(1 + generator.below(6)) {
                if generator.below(5) == 0 { host = hosts[generator.below(hosts.count)] }
                if generator.below(4) == 0 { folder = folders[generator.below(folders.count)] }
                var text = host + folder
                if generator.below(4) == 0 { text += folders[generator.below(folders.count)] }
                text += names[generator.below(names.count)]
                // The last address with some of its digits changed (in its host and folder too, at times).
                if let last, generator.below(2) == 0 {
                    let from = generator.below(4) == 0 ? 0 : last.utf8.count / 2
                    text = String(
                        decoding: last.utf8.enumerated().map { offset, byte in
                            offset >= from && byte &- 0x30 < 10 && generator.below(2) == 0
                                ? UInt8(0x30 + generator.below(10)) : byte
                        }, as: UTF8.self)
                    renumbered += 1
                }
                last = text
                if reader.directory != nil { afterADirectory += 1 }
                let differences = Self.galleryDifferences(Array(text.utf8), &reader)
                #expect(differences.isEmpty, "\(text): \(differences)")
                let afterEarlierGalleries = Self.galleryDifferences(Array(text.utf8), &kept)
                #expect(afterEarlierGalleries.isEmpty, "\(text), after earlier galleries: \(afterEarlierGalleries)")
                let read = Self.readDifferences(Array(text.utf8), &readerForRead)
                #expect(read.isEmpty, "\(text), read: \(read)")
                let readAfterEarlier = Self.readDifferences(Array(text.utf8), &keptForRead)
                #expect(readAfterEarlier.isEmpty, "\(text), read after earlier galleries: \(readAfterEarlier)")
            }
        }
        #expect(afterADirectory > 3_000)
        #expect(renumbered > 3_000)
    }

    /// `NameModel.differInDigitsOnly` of two words against the bytes compared one by one: every pair of byte values
    /// at each place of a word, the other bytes equal and of values that could carry into it.
    @Test func wordsDifferInDigitsOnlyAsTheirBytesDo() {
        let surroundings: [UInt64] = [
            0x3030_3030_3030_3030, 0x3939_3939_3939_3939, 0xFFFF_FFFF_FFFF_FFFF, 0x2F3A_2F3A_2F3A_2F3A, 0,
        ]
        var wrong: [String] = []
        for place in 0..<8 {
            let (shift, mask) = (UInt64(8 * place), ~(UInt64(0xFF) << UInt64(8 * place)))
            for surround in surroundings {
                for a in 0...255 {
                    for b in 0...255 {
                        let first = surround & mask | UInt64(a) << shift
                        let second = surround & mask | UInt64(b) << shift
                        let expected = a == b || (UInt8(a) &- 0x30 < 10 && UInt8(b) &- 0x30 < 10)
                        let found = ImageURL.GalleryReader.NameModel.differInDigitsOnly(first, second)
                        if found != expected { wrong.append("\(a) \(b) at \(place) in \(surround)") }
                    }
                }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(10))")
    }
}
