extension ImageURL {
    /// One image address read in one pass over its bytes: what `ImagePicture`, `isPlaceholder` and `problem` need
    /// of it, so each address of a listing is walked once for every image rule.
    ///
    /// Nearly every byte of an address is ordinary (`isOrdinary`): it only extends the picture's hash. The others
    /// (spaces, `/`, `?`, `#`, non-ASCII bytes, the letters that may continue a placeholder word) are noted one by one
    /// (`Marks.note`).
    struct Scan {
        /// The parts of the address the picture keeps (`ImagePicture`): from after its scheme to its query or
        /// fragment, less the size suffix of its file name, so the parts before and after that suffix.
        let head: Range<Int>
        let tail: Range<Int>
        /// FNV-1a of the kept parts' bytes, lower-cased.
        let pictureKey: UInt64
        /// The authority (`user@host:port`) of an address written as plain ASCII starting `http://` or `https://`
        /// with no spaces (nearly every address); `nil` for any other address, which `problem` reads as text.
        let webAuthority: Range<Int>?
        /// Whether the address may hold a placeholder word: every one contains `no`, `placeholder` or `coming` (in
        /// any case), or `暂无`; full-width letters fold to those too. Spares almost every address the word scan.
        let mayNamePlaceholder: Bool
        /// The last non-empty path component of the whole address (a query included).
        let lastComponent: Range<Int>

        init(_ source: UnsafeBufferPointer<UInt8>) {
            let count = source.count
            // The picture starts after leading white space and the scheme; the web scheme is read as written.
            var start = 0
            while start < count, ImagePicture.isSpace(source[start]) { start += 1 }
            start += ImagePicture.schemeLength(in: source, at: start)
            let webScheme = count <= 8 ? 0 : hasWord("https://", in: source, at: 0) ? 8
                : hasWord("http://", in: source, at: 0) ? 7 : 0
            var marks = Marks(source: source, webScheme: webScheme)
            var index = 0
            while index < start {
                marks.note(index)
                index += 1
            }
            // The picture's hash up to its last `/` before the query, where its file name starts.
            var hash = ImagePicture.hashBasis
            var (nameHash, nameStart) = (hash, start)
            var queryStart: Int?
            while index < count {
                let byte = source[index]
                index += 1
                if Self.isOrdinary(byte) {
                    hash = ImagePicture.hashing(hash, byte)
                    continue
                }
                marks.note(index - 1)
                if byte == UInt8(ascii: "?") || byte == UInt8(ascii: "#") {
                    queryStart = index - 1
                    break
                }
                hash = ImagePicture.hashing(hash, byte)
                if byte == UInt8(ascii: "/") { (nameHash, nameStart) = (hash, index) }
            }
            while index < count {
                if !Self.isOrdinary(source[index]) { marks.note(index) }
                index += 1
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
            for index in nameStart..<cut.lowerBound { nameHash = ImagePicture.hashing(nameHash, source[index]) }
            for index in cut.upperBound..<end { nameHash = ImagePicture.hashing(nameHash, source[index]) }
            head = start..<cut.lowerBound
            tail = cut.upperBound..<end
            pictureKey = nameHash
            webAuthority = marks.isPlain && webScheme > 0 ? webScheme..<(marks.authorityEnd ?? count) : nil
            mayNamePlaceholder = marks.placeholder
            lastComponent = marks.lastComponent
        }

        /// Whether `byte` is printable ASCII other than `/`, `?`, `#` and the letters `o` and `l` (in either case),
        /// which may continue a placeholder word: one bit per byte value below 0x80.
        @inline(__always)
        private static func isOrdinary(_ byte: UInt8) -> Bool {
            let bits: UInt64 = byte < 0x40 ? 0x7FFF_7FF6_0000_0000 : byte < 0x80 ? 0x7FFF_6FFF_FFFF_6FFF : 0
            return bits &>> UInt64(byte & 0x3F) & 1 != 0
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
