extension ImageURL {
    /// One image address read in one pass over its bytes (and over the picture's bytes once more for its key): what
    /// `ImagePicture`, `isPlaceholder` and `problem` need of it, so each address of a listing is walked once for
    /// every image rule.
    ///
    /// A plain web address (nearly every one) is read a word at a time with nothing noted byte by byte
    /// (`plainWeb`). In any other, nearly every byte is ordinary (`isOrdinary`), skipped eight at a time; the others
    /// (spaces, `/`, `?`, `#`, non-ASCII bytes, the letters that may continue a placeholder word) are noted one by one
    /// (`Marks.note`).
    struct Scan {
        /// The parts of the address the picture keeps (`ImagePicture`): from after its scheme to its query or
        /// fragment, less the size suffix of its file name, so the parts before and after that suffix.
        let head: Range<Int>
        let tail: Range<Int>
        /// The key of the kept parts' bytes, lower-cased (`ImagePicture.KeyHash`).
        let pictureKey: UInt64
        /// The authority (`user@host:port`) of an address written as plain ASCII starting `http://` or `https://`
        /// with no spaces (nearly every address); `nil` for any other address, which `problem` reads as text.
        let webAuthority: Range<Int>?
        /// Whether every byte of the address is printable ASCII other than a space.
        let isPlain: Bool
        /// Whether the address may hold a placeholder word: every one contains `no`, `placeholder` or `coming` (in
        /// any case), or `暂无`; full-width letters fold to those too. Spares almost every address the word scan.
        let mayNamePlaceholder: Bool
        /// The last non-empty path component of the whole address (a query included).
        let lastComponent: Range<Int>
        /// Whether the address starts `http://` or `https://` and its path names no file: no path, `/`, or a path
        /// ending in `/` before its query (a shop's home page or a folder, never a picture).
        let namesNoFile: Bool

        /// The scan of the address `source`: a plain web address in one pass of words (`plainWeb`), any other
        /// byte by byte where it matters (`init(anyAddress:)`).
        init(_ source: UnsafeBufferPointer<UInt8>) {
            self = Self.plainWeb(source) ?? Self(anyAddress: source)
        }

        /// The scan of any address, its bytes that are not ordinary noted one by one.
        init(anyAddress source: UnsafeBufferPointer<UInt8>) {
            let count = source.count
            // The picture starts after leading white space and the scheme; the web scheme is read as written.
            let leadingScheme = ImagePicture.schemeLength(in: source, at: 0)
            let webScheme = count > 8 && leadingScheme >= 7 ? leadingScheme : 0
            var start = 0
            while start < count, ImagePicture.isSpace(source[start]) { start += 1 }
            start += start == 0 ? leadingScheme : ImagePicture.schemeLength(in: source, at: start)
            var marks = Marks(source: source, webScheme: webScheme)
            // Only the bytes that are not ordinary change the marks (`Marks.note` leaves them as they are). The
            // picture's file name starts after its last `/` before the query.
            var nameStart = start
            var queryStart: Int?
            var unordinary = UnordinaryBytes(source)
            while let index = unordinary.next() {
                marks.note(index)
                guard index >= start, queryStart == nil else { continue }
                let byte = source[index]
                if byte == UInt8(ascii: "?") || byte == UInt8(ascii: "#") {
                    queryStart = index
                } else if byte == UInt8(ascii: "/") {
                    nameStart = index + 1
                }
            }
            if marks.componentStart < count { marks.lastComponent = marks.componentStart..<count }
            // Without a query, the picture ends at the last byte that is no space.
            var end = count
            if let queryStart {
                end = queryStart
            } else {
                while end > start, ImagePicture.isSpace(source[end - 1]) { end -= 1 }
            }
            let cut = ImagePicture.sizeSuffix(in: source, name: nameStart..<end)
            var hash = ImagePicture.KeyHash()
            hash.add(source, start..<cut.lowerBound)
            hash.add(source, cut.upperBound..<end)
            head = start..<cut.lowerBound
            tail = cut.upperBound..<end
            pictureKey = hash.key
            isPlain = marks.isPlain
            webAuthority = marks.isPlain && webScheme > 0 ? webScheme..<(marks.authorityEnd ?? count) : nil
            mayNamePlaceholder = marks.placeholder
            lastComponent = marks.lastComponent
            // The path is empty when the authority ends the address or a query follows it; it ends in `/` when the
            // file name is empty.
            namesNoFile =
                webScheme > 0
                && (marks.authorityEnd.map { source[$0] != UInt8(ascii: "/") } ?? true || nameStart >= end)
        }

        /// Whether `byte` is printable ASCII other than `/`, `?`, `#` and the letters `o` and `l` (in either case),
        /// which may continue a placeholder word: one bit per byte value below 0x80.
        @inline(__always)
        fileprivate static func isOrdinary(_ byte: UInt8) -> Bool {
            let bits: UInt64 = byte < 0x40 ? 0x7FFF_7FF6_0000_0000 : byte < 0x80 ? 0x7FFF_6FFF_FFFF_6FFF : 0
            return bits &>> UInt64(byte & 0x3F) & 1 != 0
        }
    }

    /// The indices of the bytes of an address that are not ordinary (`Scan.isOrdinary`), in order: read eight bytes
    /// at a time, each word's bytes found at once (`unordinaryBytes`) and handed out one by one.
    struct UnordinaryBytes {
        private let source: UnsafeBufferPointer<UInt8>
        /// The index of the first byte of the word `hits` belongs to.
        private var wordStart = 0
        /// The high bit set in each byte of that word not yet handed out that is not ordinary.
        private var hits: UInt64

        init(_ source: UnsafeBufferPointer<UInt8>) {
            self.source = source
            hits = Self.unordinary(in: source, from: 0)
        }

        /// The index of the next byte that is not ordinary, or `nil` after the last.
        @inline(__always)
        mutating func next() -> Int? {
            while hits == 0 {
                wordStart += 8
                guard wordStart < source.count else { return nil }
                hits = Self.unordinary(in: source, from: wordStart)
            }
            let index = wordStart + hits.trailingZeroBitCount >> 3
            hits &= hits &- 1
            return index
        }

        /// The high bit set in each byte not ordinary among the eight (or fewer, at the end) from `start`: the last
        /// eight bytes of a longer address shifted down, a shorter address byte by byte.
        @inline(__always)
        private static func unordinary(in source: UnsafeBufferPointer<UInt8>, from start: Int) -> UInt64 {
            let left = source.count - start
            guard let base = source.baseAddress, left > 0 else { return 0 }
            if left >= 8 { return unordinaryBytes(word(base + start)) }
            if source.count >= 8 { return unordinaryBytes(word(base + source.count - 8)) &>> UInt64(8 * (8 - left)) }
            var hits: UInt64 = 0
            for offset in 0..<left where !Scan.isOrdinary(base[start + offset]) { hits |= 0x80 << (8 * offset) }
            return hits
        }

        @inline(__always)
        private static func word(_ address: UnsafePointer<UInt8>) -> UInt64 {
            UInt64(littleEndian: UnsafeRawPointer(address).loadUnaligned(as: UInt64.self))
        }

        /// The high bit set in each byte of `word` that is not ordinary, exactly (no borrow crosses a byte): below
        /// `!`, `#`, `/`, `?`, `l`, `o` (setting bit 5 folds `L`, `O` and a few control bytes onto these), and DEL or
        /// above.
        @inline(__always)
        static func unordinaryBytes(_ word: UInt64) -> UInt64 {
            let high: UInt64 = 0x8080_8080_8080_8080
            let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
            let ones: UInt64 = 0x0101_0101_0101_0101
            let seven = word & low
            // A byte's high bit after adding 0x5F to its low seven bits: set from `!` (0x21) up.
            let belowBang = ~((seven &+ 0x5F &* ones) | word) & high
            let delOrAbove = ((seven &+ ones) | word) & high
            let folded = word | 0x2020_2020_2020_2020
            let marked = ByteSearch.equalBytes(folded, 0x23) | ByteSearch.equalBytes(folded, 0x2F)
                | ByteSearch.equalBytes(folded, 0x3F) | ByteSearch.equalBytes(folded, 0x6C)
                | ByteSearch.equalBytes(folded, 0x6F)
            return belowBang | delOrAbove | marked
        }
    }

    /// What the scan notes of the bytes that are not ordinary.
    private struct Marks {
        let source: UnsafeBufferPointer<UInt8>
        let webScheme: Int
        /// Whether every byte so far is printable ASCII and no space.
        var isPlain = true
        /// The first `/`, `?` or `#` after the web scheme.
        var authorityEnd: Int?
        /// Where the current path component starts, and the last non-empty one before it.
        var componentStart = 0
        var lastComponent = 0..<0
        var placeholder: Bool

        init(source: UnsafeBufferPointer<UInt8>, webScheme: Int) {
            self.source = source
            self.webScheme = webScheme
            // The lead bytes of 暂 and of full-width letters.
            placeholder = source.count > 1 && (source[0] == 0xE6 || source[0] == 0xEF)
        }

        /// Notes the byte at `index`.
        @inline(__always)
        mutating func note(_ index: Int) {
            let byte = source[index]
            if byte <= 0x20 || byte >= 0x7F { isPlain = false }
            let isSlash = byte == UInt8(ascii: "/")
            if isSlash || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "#"), index >= webScheme,
                authorityEnd == nil
            {
                authorityEnd = index
            }
            if isSlash {
                if componentStart < index { lastComponent = componentStart..<index }
                componentStart = index + 1
            }
            if !placeholder, index > 0 { placeholder = mayStartPlaceholder(at: index) }
        }

        /// Whether a placeholder word may go on at `index` (after the first byte): `no`, `coming`, `placeholder`,
        /// in any case, or a lead byte of 暂 or of a full-width letter.
        private func mayStartPlaceholder(at index: Int) -> Bool {
            let byte = source[index]
            if byte >= 0xE6 { return byte == 0xE6 || byte == 0xEF }
            // Lower-casing by setting bit 5 also maps some punctuation onto letters; the word test is exact. Only
            // `N`, `C` and `P` (in either case) lower-case to `n`, `c` and `p` so.
            let (lower, previous) = (byte | 0x20, source[index - 1] | 0x20)
            if lower == UInt8(ascii: "o") {
                if previous == UInt8(ascii: "n") { return true }
                return previous == UInt8(ascii: "c") && hasWord("ming", in: source, at: index + 1)
            }
            return lower == UInt8(ascii: "l") && previous == UInt8(ascii: "p")
                && hasWord("aceholder", in: source, at: index + 1)
        }
    }
}
