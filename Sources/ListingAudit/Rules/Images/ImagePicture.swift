/// The picture an image address shows: the address without scheme, query, fragment and size variant, lower-cased,
/// so `…/a_800x800.jpg?v=2` and `…/a.jpg` are one picture, as are Alibaba `a.jpg_400x400.jpg`, WooCommerce
/// `a-300x300.jpg` and Shopify `a_large.jpg`.
///
/// Read from the address's bytes without copying them: two pictures compare by a 64-bit hash of those bytes and,
/// only when the hashes agree, by the bytes themselves.
struct ImagePicture: Hashable, Sendable {
    /// The address's bytes as written (`ListingImage.address`).
    let address: ArraySlice<UInt8>
    /// `KeyHash` of the picture's bytes: pictures with different keys are different.
    let key: UInt64
    /// Whether the address is printable ASCII without spaces (`ImageURL.Scan.isPlain`).
    private let isPlain: Bool

    /// The picture of the address `url`.
    init(_ url: String) {
        let address = ArraySlice(url.utf8)
        self.init(address: address, scan: address.withUnsafeBufferPointer { ImageURL.Scan($0) })
    }

    /// The picture of the address `address`, which `scan` has read.
    init(address: ArraySlice<UInt8>, scan: ImageURL.Scan) {
        self.address = address
        key = scan.pictureKey
        isPlain = scan.isPlain
    }

    /// The picture of the address `address`, plain (printable ASCII without spaces), whose key `key` is made
    /// without a `ImageURL.Scan` (a renumbered address of a gallery: `ImageURL.GalleryReader.NameModel`).
    init(address: ArraySlice<UInt8>, plainKey key: UInt64) {
        self.address = address
        self.key = key
        isPlain = true
    }

    /// Whether the address is another than `other`'s, told without comparing them: two plain addresses (printable
    /// ASCII, whose equal texts are equal bytes) with different keys. `false` says nothing.
    func hasOtherAddress(than other: ImagePicture) -> Bool { isPlain && other.isPlain && key != other.key }

    static func == (left: ImagePicture, right: ImagePicture) -> Bool {
        left.key == right.key
            && (ListingImage.isSameAddress(left.address, right.address)
                || bytes(of: left.address) == bytes(of: right.address))
    }

    func hash(into hasher: inout Hasher) { hasher.combine(key) }

    /// The picture's bytes: the address's kept parts, lower-cased.
    static func bytes(of address: ArraySlice<UInt8>) -> [UInt8] {
        address.withUnsafeBufferPointer { source in
            let scan = ImageURL.Scan(source)
            return (scan.head.map { lower(source[$0]) }) + scan.tail.map { lower(source[$0]) }
        }
    }

    // MARK: - Reading the address (for `ImageURL.Scan`)

    /// The key of a picture's bytes, lower-cased, added range by range: eight bytes at a time, mixed as one word.
    /// Equal bytes make equal keys however they are split into ranges; different bytes rarely do (and then compare
    /// by their bytes).
    struct KeyHash {
        private var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        /// The bytes waiting for a word, the first in the lowest byte, and how many.
        private var word: UInt64 = 0
        private var waiting = 0
        private var length = 0

        /// Adds the bytes `range` of `source`: eight at a time, the last few as one word too (the eight bytes
        /// ending with them, shifted down) unless fewer than eight bytes of `source` end with them.
        @inline(__always)
        mutating func add(_ source: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
            guard let base = source.baseAddress else { return }
            length += range.count
            var index = range.lowerBound
            while index + 8 <= range.upperBound {
                push(Self.lowered(Self.load(base + index)), 8)
                index += 8
            }
            let left = range.upperBound - index
            guard left > 0 else { return }
            if range.upperBound >= 8 {
                push(Self.lowered(Self.load(base + range.upperBound - 8)) &>> UInt64(8 * (8 - left)), left)
            } else {
                var rest: UInt64 = 0
                for offset in 0..<left { rest |= UInt64(ImagePicture.lower(base[index + offset])) << (8 * offset) }
                push(rest, left)
            }
        }

        /// Adds the `count` (1 to 8) bytes held by `word`, the first in its lowest byte and any above them zero:
        /// what `add` pushes for the same bytes of a range (eight of them, or the last few of a source of at least
        /// eight, shifted down from the eight ending them), so that a caller that has loaded them adds them as they
        /// are (`GalleryReader.NameModel.pictureKey`).
        @inline(__always)
        mutating func add(word: UInt64, count: Int) {
            length &+= count
            push(Self.lowered(word), count)
        }

        /// Appends the `count` (1 to 8) bytes of `bytes`, lower-cased, the first in the lowest byte (the others
        /// zero), mixing the word each fills. In wrapping arithmetic: `waiting` is 0 to 7 and `count` 1 to 8, so no
        /// sum overflows and every shift is 0 to 56.
        @inline(__always)
        private mutating func push(_ bytes: UInt64, _ count: Int) {
            word |= bytes &<< UInt64(truncatingIfNeeded: waiting &<< 3)
            let (carried, total) = (waiting, waiting &+ count)
            guard total >= 8 else {
                waiting = total
                return
            }
            mix()
            guard total > 8 else { return }
            (word, waiting) = (bytes &>> UInt64(truncatingIfNeeded: (8 &- carried) &<< 3), total &- 8)
        }

        @inline(__always)
        private static func load(_ address: UnsafePointer<UInt8>) -> UInt64 {
            UInt64(littleEndian: UnsafeRawPointer(address).loadUnaligned(as: UInt64.self))
        }

        /// The key of the bytes added.
        var key: UInt64 {
            var last = self
            last.mix()
            last.word = UInt64(last.length)
            last.mix()
            return last.hash
        }

        @inline(__always)
        private mutating func mix() {
            hash = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
            hash ^= hash >> 29
            (word, waiting) = (0, 0)
        }

        /// `word` with its ASCII capitals lower-cased (`lower` of each byte).
        @inline(__always)
        fileprivate static func lowered(_ word: UInt64) -> UInt64 {
            let heptets = word & 0x7F7F_7F7F_7F7F_7F7F
            let capitals = (heptets &+ 0x3F3F_3F3F_3F3F_3F3F) & ~(heptets &+ 0x2525_2525_2525_2525) & ~word
                & 0x8080_8080_8080_8080
            return word | capitals >> 2
        }
    }

    /// The length of the scheme the picture leaves out (`https://`, `http://`, `//`, in any case) at `index` of
    /// `source`; 0 when none.
    /// With eight bytes left, the scheme is read from one word, lower-cased.
    static func schemeLength(in source: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        guard index + 8 <= source.count, let base = source.baseAddress else {
            return ImageURL.hasWord("https://", in: source, at: index) ? 8
                : ImageURL.hasWord("http://", in: source, at: index) ? 7
                : ImageURL.hasWord("//", in: source, at: index) ? 2 : 0
        }
        let word = KeyHash.lowered(UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)))
        // `https://`, `http://` and `//`, first byte lowest.
        if word == 0x2F2F_3A73_7074_7468 { return 8 }
        if word & 0x00FF_FFFF_FFFF_FFFF == 0x002F_2F3A_7074_7468 { return 7 }
        return word & 0xFFFF == 0x2F2F ? 2 : 0
    }

    private static let namedSizes: [[UInt8]] = ([
        "pico", "icon", "thumb", "small", "compact", "medium", "large", "grande", "original", "master", "thumbnail",
    ].map { Array($0.utf8) })

    /// The part of the file name `name` (a range of `source`) that only names a size, to cut out (empty when none):
    /// `a.jpg_800x800.jpg` cuts `_800x800.jpg`; `a_800x800.jpg`, `a-300x300.jpg`, `a_large.jpg`, `a@2x.jpg` cut the
    /// part before `.jpg`. Letters compare in any case.
    static func sizeSuffix(in source: UnsafeBufferPointer<UInt8>, name: Range<Int>) -> Range<Int> {
        // The first occurrence of the earliest listed extension followed by `_`, found in one pass over the dots; the
        // last dot on the way.
        var found: (rank: Int, underscore: Int)?
        var lastDot: Int?
        for dot in name where source[dot] == UInt8(ascii: ".") {
            lastDot = dot
            if let match = imageExtension(in: source, at: dot, before: name.upperBound),
                match.rank < found?.rank ?? .max
            {
                found = match
            }
        }
        if let found { return found.underscore..<name.upperBound }
        guard let dot = lastDot else { return name.upperBound..<name.upperBound }
        var stemEnd = dot
        let stemStart = name.lowerBound
        if stemEnd - stemStart > 3, source[stemEnd - 3] == UInt8(ascii: "@"), lower(source[stemEnd - 1]) == 0x78 {
            stemEnd -= 3
        }
        // `_crop_center` (twelve bytes), compared in place: no array of its bytes to look up per address.
        if stemEnd - stemStart > 12, ImageURL.hasWord("_crop_center", in: source, at: stemEnd - 12) { stemEnd -= 12 }
        var separator = stemEnd
        while separator > stemStart, source[separator - 1] != UInt8(ascii: "_"),
            source[separator - 1] != UInt8(ascii: "-")
        {
            separator -= 1
        }
        if separator > stemStart {
            let token = separator..<stemEnd
            if isDimensionToken(source, token)
                || token.count >= 4
                    && namedSizes.contains(where: {
                        $0.count == token.count && matches($0, source, at: token.lowerBound, before: stemEnd)
                    })
            {
                stemEnd = separator - 1
            }
        }
        return stemEnd..<dot
    }

    /// The rank of the image extension followed by `_` at the dot `dot` of `source`, ending by `end`, in any case
    /// (`.jpg_`, `.jpeg_`, `.png_`, `.webp_`, `.gif_`, earliest first), and where its `_` is; `nil` when none.
    @inline(__always)
    private static func imageExtension(
        in source: UnsafeBufferPointer<UInt8>, at dot: Int, before end: Int
    ) -> (rank: Int, underscore: Int)? {
        func byte(_ offset: Int) -> UInt8 { dot + offset < end ? lower(source[dot + offset]) : 0 }
        let underscore = UInt8(ascii: "_")
        switch (byte(1), byte(2), byte(3)) {
        case (UInt8(ascii: "j"), UInt8(ascii: "p"), UInt8(ascii: "g")):
            return byte(4) == underscore ? (0, dot + 4) : nil
        case (UInt8(ascii: "j"), UInt8(ascii: "p"), UInt8(ascii: "e")):
            return byte(4) == UInt8(ascii: "g") && byte(5) == underscore ? (1, dot + 5) : nil
        case (UInt8(ascii: "p"), UInt8(ascii: "n"), UInt8(ascii: "g")):
            return byte(4) == underscore ? (2, dot + 4) : nil
        case (UInt8(ascii: "w"), UInt8(ascii: "e"), UInt8(ascii: "b")):
            return byte(4) == UInt8(ascii: "p") && byte(5) == underscore ? (3, dot + 5) : nil
        case (UInt8(ascii: "g"), UInt8(ascii: "i"), UInt8(ascii: "f")):
            return byte(4) == underscore ? (4, dot + 4) : nil
        default: return nil
        }
    }

    /// Whether the lower-case `word` is at `index` of `source`, ending by `end`, in any case.
    private static func matches(
        _ word: [UInt8], _ source: UnsafeBufferPointer<UInt8>, at index: Int, before end: Int
    ) -> Bool {
        guard end - index >= word.count else { return false }
        for offset in word.indices where lower(source[index + offset]) != word[offset] { return false }
        return true
    }

    /// `800x800`, `800x`, `x800`: the bytes `token` of `source`.
    private static func isDimensionToken(_ source: UnsafeBufferPointer<UInt8>, _ token: Range<Int>) -> Bool {
        guard token.count > 1 else { return false }
        var x = token.lowerBound
        while x < token.upperBound, lower(source[x]) != 0x78 { x += 1 }
        guard x < token.upperBound else { return false }
        for index in token where index != x && source[index] &- 0x30 >= 10 { return false }
        return true
    }

    @inline(__always)
    private static func lower(_ byte: UInt8) -> UInt8 { byte &- 0x41 < 26 ? byte | 0x20 : byte }

    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
}
