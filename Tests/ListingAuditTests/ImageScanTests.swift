import Testing
@testable import ListingAudit

/// The word-at-a-time parts of `ImageURL.Scan` against their byte-at-a-time meaning.
@Suite struct ImageScanTests {
    /// The bytes `Scan` notes one by one (`ImageURL.UnordinaryBytes`): below `!`, `#`, `/`, `?`, `l`, `o`, `L`, `O`,
    /// DEL and above.
    private static func isUnordinary(_ byte: UInt8) -> Bool {
        byte < 0x21 || byte >= 0x7F || Array("#/?lLoO".utf8).contains(byte)
    }

    private static func unordinaryIndices(_ bytes: [UInt8]) -> [Int] {
        bytes.indices.filter { isUnordinary(bytes[$0]) }
    }

    private static func handedOut(_ bytes: [UInt8]) -> [Int] {
        bytes.withUnsafeBufferPointer { source in
            var unordinary = ImageURL.UnordinaryBytes(source)
            var indices: [Int] = []
            while let index = unordinary.next() { indices.append(index) }
            return indices
        }
    }

    @Test func everyByteValueIsFoundWhereverItStands() {
        let fillers = [UInt8(ascii: "a"), UInt8(ascii: "Z"), UInt8(ascii: ":"), UInt8(ascii: "~")]
        BytePlacements.forEach(fillers: fillers, second: 0x2F, gap: 3) { bytes, position in
            let found = Self.handedOut(bytes)
            if found != Self.unordinaryIndices(bytes) { Issue.record("\(bytes): \(found)") }
        }
    }

    /// Each word's bytes are found at once, so a byte that is not ordinary must not hide, or fake, one beside it
    /// (as a borrow from byte to byte would): runs of notable bytes next to each other, in every order.
    @Test func everyUnordinaryByteIsHandedOutOnceInOrder() {
        let notable: [UInt8] = [
            0x00, 0x01, 0x20, 0x21, 0x22, 0x23, 0x2F, 0x3F, 0x40, 0x4C, 0x4F, 0x6C, 0x6F, 0x7E, 0x7F,
            0x80, 0xE6, 0xFF, 0x03, 0x0F, 0x1F, 0x2E, 0x30, 0x6D, UInt8(ascii: "a"),
        ]
        var generator = SeededGenerator(seed: 0x1_4A)
        for _ in 0..<20_000 {
            let bytes = (0..<generator.below(40)).map { _ in notable[generator.below(notable.count)] }
            let found = Self.handedOut(bytes)
            if found != Self.unordinaryIndices(bytes) { Issue.record("\(bytes): \(found)") }
        }
        #expect(Self.handedOut([]).isEmpty)
    }

    @Test func schemesAreReadInAnyCaseFromOneWordOrByteByByte() {
        let texts = [
            "https://a.example/x.jpg", "HTTPS://A", "hTtP://a.example", "http://", "https://", "https:/x.jpg",
            "//cdn.example/x.jpg", "//", "/x", "https//x.example", "httpx://x.example", " https://a.example",
            "ftp://a.example/x", "HTTP:/", "h", "",
        ]
        for text in texts {
            let bytes = Array(text.utf8)
            for index in 0...bytes.count {
                let rest = String(decoding: bytes[index...], as: UTF8.self).lowercased()
                let expected = rest.hasPrefix("https://") ? 8 : rest.hasPrefix("http://") ? 7
                    : rest.hasPrefix("//") ? 2 : 0
                let found = bytes.withUnsafeBufferPointer { ImagePicture.schemeLength(in: $0, at: index) }
                #expect(found == expected, "\(text) at \(index)")
            }
        }
    }

    @Test func theKeyIsTheSameHoweverThePictureIsSplit() {
        let texts = [
            "img.example/p/17/0000001_0.jpg", "IMG.Example/P/Ä/图片-ÉÀ.JPG", "a", "", "abcdefgh", "abcdefghi",
            "cdn.shop.com/p/mug_LARGE.jpg?v=2", String(repeating: "Zz@[`{", count: 9),
        ]
        for text in texts {
            let bytes = Array(text.utf8)
            let lowered = bytes.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }
            bytes.withUnsafeBufferPointer { source in
                var whole = ImagePicture.KeyHash()
                whole.add(source, 0..<source.count)
                lowered.withUnsafeBufferPointer { lower in
                    var lowerWhole = ImagePicture.KeyHash()
                    lowerWhole.add(lower, 0..<lower.count)
                    #expect(lowerWhole.key == whole.key, "\(text)")
                }
                for split in 0...source.count {
                    for second in split...source.count {
                        var parts = ImagePicture.KeyHash()
                        parts.add(source, 0..<split)
                        parts.add(source, split..<second)
                        parts.add(source, second..<source.count)
                        #expect(parts.key == whole.key, "\(text) split at \(split), \(second)")
                    }
                }
            }
        }
    }

    /// The key as its definition says, a byte at a time: the lower-cased bytes eight to a word (the first lowest),
    /// each word mixed in, then the last (partial or empty) word and the length.
    private static func plainKey(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        func mix(_ word: UInt64) {
            hash = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
            hash ^= hash >> 29
        }
        var (word, waiting): (UInt64, Int) = (0, 0)
        for byte in bytes {
            word |= UInt64(byte &- 0x41 < 26 ? byte | 0x20 : byte) << (8 * waiting)
            waiting += 1
            if waiting == 8 {
                mix(word)
                (word, waiting) = (0, 0)
            }
        }
        mix(word)
        mix(UInt64(bytes.count))
        return hash
    }

    /// The key read word by word (and the last few bytes as one shifted word) is the byte-by-byte key, for every
    /// range of addresses of every length, so the bytes before or after a range never leak into it.
    @Test func theKeyIsTheByteByByteKeyOfEveryRange() {
        var generator = SeededGenerator(seed: 0x18A_4E)
        let alphabet = Array("aZ/._-@x09`{[".utf8) + [0x80, 0xE6, 0xFF, 0x00]
        for length in 0...26 {
            for _ in 0..<6 {
                let bytes = (0..<length).map { _ in alphabet[generator.below(alphabet.count)] }
                bytes.withUnsafeBufferPointer { source in
                    for start in 0...length {
                        for end in start...length {
                            var hash = ImagePicture.KeyHash()
                            hash.add(source, start..<end)
                            #expect(hash.key == Self.plainKey(bytes[start..<end]), "\(bytes) \(start)..<\(end)")
                        }
                    }
                }
            }
        }
    }

    @Test func keysTellPicturesApart() {
        let base = Array("cdn.example.com/p/abcdefghijklmnop.jpg".utf8)
        var keys = Set<UInt64>()
        for position in base.indices {
            var changed = base
            changed[position] ^= 0x01
            changed.withUnsafeBufferPointer { source in
                var hash = ImagePicture.KeyHash()
                hash.add(source, 0..<source.count)
                keys.insert(hash.key)
            }
        }
        #expect(keys.count == base.count)
        // A trailing zero byte is not the same picture as none.
        func key(_ bytes: [UInt8]) -> UInt64 {
            bytes.withUnsafeBufferPointer { source in
                var hash = ImagePicture.KeyHash()
                hash.add(source, 0..<source.count)
                return hash.key
            }
        }
        #expect(key([0x61]) != key([0x61, 0]))
        #expect(key([]) != key([0]))
    }

    @Test func trickyAddressesArePicturesAsTheirNormalisedBytesSay() {
        let addresses = [
            "https://cdn.shop.com/p/mug.jpg", "HTTPS://CDN.SHOP.COM/P/MUG.JPG", "  http://cdn.shop.com/p/mug.jpg\t",
            "//cdn.shop.com/p/mug_800x800.jpg", "https://cdn.shop.com/p/mug.jpg_400x400.jpg",
            "https://cdn.shop.com/p/mug.jpg#frag", "https://cdn.shop.com/p/mug.jpg?x=/a/b#c",
            "https://cdn.shop.com/p/MUG-300X300.jpg", "https://cdn.shop.com/p/图片/mug.jpg",
            "https://cdn.shop.com/p/图片/MUG.jpg", "https://cdn.shop.com/p/Ölmug.jpg", "https://cdn.shop.com/p/ölmug.jpg",
            "https://cdn.shop.com/p/no-image.png", "https://cdn.shop.com/p/NO_IMAGE.png", "https://cdn.shop.com/",
            "https://cdn.shop.com", "https://", "http:/", "/", "", " ", "ftp://cdn.shop.com/p/mug.jpg",
            "https://cdn.shop.com/p/mug@2x.jpg", "https://cdn.shop.com/p/mug_crop_center.jpg",
            "https://cdn.shop.com/p/mu\u{7F}g.jpg", "https://cdn.shop.com/p/mu\u{1}g.jpg",
        ]
        for left in addresses {
            #expect(ImageURL.read(left).picture == ImagePicture(left), "\(left)")
            for right in addresses {
                let same = ImageURL.normalised(left) == ImageURL.normalised(right)
                #expect((ImageURL.read(left).picture == ImagePicture(right)) == same, "\(left) vs \(right)")
            }
        }
    }
}
