extension ImageURL.Scan {
    /// The scan of a plain web address, read in one pass eight bytes at a time with no byte noted one by one: an
    /// address that starts `http://` or `https://` (in any case), holds only printable ASCII other than a space and
    /// does not end in `/`, as nearly every exported address does. `nil` for any other address, which
    /// `init(anyAddress:)` reads; where both read an address they agree (`ImagePlainScanTests`).
    static func plainWeb(_ source: UnsafeBufferPointer<UInt8>) -> Self? {
        var directory: Directory?
        return plainWeb(source, directory: &directory)
    }

    /// What the plain web scan of an address knows at the start of its file name: the scheme, the authority and
    /// the path up to the slash before the name, none of which can hold a placeholder word. The next address of a
    /// gallery that starts with the same bytes (most do: one host, one folder) is read from there on
    /// (`plainWeb(_:directory:)`), its authority not read again (`ImageURL.GalleryReader`).
    struct Directory {
        /// Where the file name starts: after the slash that ends the directory.
        let end: Int
        /// The length of the web scheme.
        let scheme: Int
        /// The slash that ends the authority.
        let authorityEnd: Int
        /// The picture's key with the bytes from the scheme to `end` added.
        let hash: ImagePicture.KeyHash
    }

    /// `plainWeb` of `source`, read from the end of `directory` when one is given (the bytes before its `end` are
    /// those of the address it was read from, and more follow them); `directory` is then the one `source` gives the
    /// next address: `nil` when no slash follows its authority, a placeholder word may go on in it, or `source` is
    /// no plain web address. Passed in and out, it is not copied in a returned pair.
    static func plainWeb(_ source: UnsafeBufferPointer<UInt8>, directory: inout Directory?) -> Self? {
        let given = directory
        directory = nil
        let count = source.count
        guard count > 8, let base = source.baseAddress else { return nil }
        let scheme: Int
        let found: PlainMarks?
        var hash: ImagePicture.KeyHash
        if let directory = given {
            (scheme, hash) = (directory.scheme, directory.hash)
            found = PlainMarks(source, base: base, resuming: directory)
        } else {
            (scheme, hash) = (ImagePicture.schemeLength(in: source, at: 0), ImagePicture.KeyHash())
            found = scheme >= 7 ? PlainMarks(source, base: base, from: scheme) : nil
        }
        guard let marks = found, marks.lastSlash < count - 1 else { return nil }
        let end = marks.queryStart ?? count
        let nameStart = marks.nameSlash + 1
        let cut = ImagePicture.sizeSuffix(in: source, name: nameStart..<end)
        // The key's bytes are added in ranges (equal bytes make equal keys however they are split): the directory's,
        // kept for the next address, then the name's, in one range when it has no size suffix to leave out.
        hash.add(source, (given?.end ?? scheme)..<nameStart)
        let shared = hash
        if cut.isEmpty {
            hash.add(source, nameStart..<end)
        } else {
            hash.add(source, nameStart..<cut.lowerBound)
            hash.add(source, cut.upperBound..<end)
        }
        // No path (the authority ends at the end or at the query), or a path ending in `/` before the query.
        let namesNoFile =
            marks.authorityEnd.map { source[$0] != UInt8(ascii: "/") } ?? true || marks.nameSlash + 1 == end
        // A placeholder word found anywhere may lie in the directory: then there is none to share.
        if let authorityEnd = marks.authorityEnd, authorityEnd < nameStart, nameStart > 8, !marks.placeholder {
            directory = Directory(end: nameStart, scheme: scheme, authorityEnd: authorityEnd, hash: shared)
        }
        return Self(
            head: scheme..<cut.lowerBound, tail: cut.upperBound..<end, pictureKey: hash.key,
            webAuthority: scheme..<(marks.authorityEnd ?? count), placeholder: marks.placeholder,
            lastComponent: (marks.lastSlash + 1)..<count, namesNoFile: namesNoFile)
    }

    /// This scan of a plain web address with the picture key `key`: the scan of an address whose bytes differ from
    /// this one's only where the picture's key reads them (`ImageURL.GalleryReader.NameModel`).
    func withPictureKey(_ key: UInt64) -> Self {
        Self(
            head: head, tail: tail, pictureKey: key, webAuthority: webAuthority,
            placeholder: mayNamePlaceholder, lastComponent: lastComponent, namesNoFile: namesNoFile)
    }

    /// The scan of a plain address (`isPlain`) from its parts.
    private init(
        head: Range<Int>, tail: Range<Int>, pictureKey: UInt64, webAuthority: Range<Int>?, placeholder: Bool,
        lastComponent: Range<Int>, namesNoFile: Bool
    ) {
        (self.head, self.tail, self.pictureKey, self.webAuthority) = (head, tail, pictureKey, webAuthority)
        (isPlain, mayNamePlaceholder, self.lastComponent) = (true, placeholder, lastComponent)
        self.namesNoFile = namesNoFile
    }
}

/// What `ImageURL.Scan.plainWeb` keeps of the words of an address after its web scheme, read eight bytes at a time
/// (the last eight bytes, shifted down, for the last few). Each word gives at once its slashes, its `?` and `#`, and
/// the places where a placeholder word may go on (`no`, `co` of `coming`, `pl` of `placeholder`, in any case): the
/// picture's file name follows the last slash before the query, the last component follows the last slash of all,
/// and the authority ends at the first slash, `?` or `#`.
private struct PlainMarks {
    /// The last slash of the address (the scheme's second slash when none follows it).
    let lastSlash: Int
    /// The last slash before the query (the scheme's second slash when none).
    let nameSlash: Int
    /// The first `?` or `#`, which starts the query.
    let queryStart: Int?
    /// The first slash, `?` or `#`, which ends the authority.
    let authorityEnd: Int?
    /// Whether a placeholder word may go on somewhere (`ImageURL.Scan.mayNamePlaceholder`).
    let placeholder: Bool

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let high: UInt64 = 0x8080_8080_8080_8080

    /// The marks of the bytes of `source` (whose first byte is at `base`) from `scheme` on; `nil` at the first byte
    /// that is not printable ASCII or is a space. The marks are kept in local variables as the words go by.
    init?(_ source: UnsafeBufferPointer<UInt8>, base: UnsafePointer<UInt8>, from scheme: Int) {
        self.init(source, base: base, from: scheme, authority: .max, previous: 0)
    }

    /// The marks of the bytes of `source` from the end of `directory` on, its bytes before that being those of the
    /// address the directory was read from: its authority, its last slash, and no query or placeholder word.
    init?(
        _ source: UnsafeBufferPointer<UInt8>, base: UnsafePointer<UInt8>, resuming directory: ImageURL.Scan.Directory
    ) {
        self.init(source, base: base, from: directory.end, authority: directory.authorityEnd, previous: 0x2F)
    }

    /// The marks from `start` on, the byte before it being a slash (or the scheme's end), the authority's end
    /// `authority` (`.max` when not yet found) and the byte before `start`, lower-cased, `previous`.
    private init?(
        _ source: UnsafeBufferPointer<UInt8>, base: UnsafePointer<UInt8>, from start: Int, authority: Int,
        previous: UInt64
    ) {
        let count = source.count
        var (lastSlash, nameSlash, query, authority) = (start - 1, start - 1, Int.max, authority)
        var (placeholder, previous) = (false, previous)
        var index = start
        while index < count {
            let valid = min(8, count &- index)
            let shift = UInt64(truncatingIfNeeded: 64 &- 8 &* valid)
            let load = UnsafeRawPointer(base + (valid == 8 ? index : count &- 8)).loadUnaligned(as: UInt64.self)
            let word = UInt64(littleEndian: load) &>> shift
            let seven = word & 0x7F7F_7F7F_7F7F_7F7F
            // A byte below `!` (0x21) or from DEL (0x7F) up.
            let unprintable = ~((seven &+ 0x5F &* Self.ones) | word) | ((seven &+ Self.ones) | word)
            guard unprintable & (Self.high &>> shift) == 0 else { return nil }
            // Setting bit 5 folds the letters and maps only unprintable bytes onto `#`; setting bits 4 and 5 maps
            // only `/` and `?` onto `?`, and their bit 4 (moved up to the byte's high bit) tells them apart.
            let folded = word | 0x2020_2020_2020_2020
            let slashOrQuestion = ByteSearch.exactZeroBytes((folded | 0x1010_1010_1010_1010) ^ 0x3F3F_3F3F_3F3F_3F3F)
            let slashes = slashOrQuestion & ~(word &<< 3)
            let queries = (slashOrQuestion & word &<< 3) | ByteSearch.exactZeroBytes(folded ^ 0x2323_2323_2323_2323)
            if slashes != 0 { lastSlash = index &+ (63 &- slashes.leadingZeroBitCount) &>> 3 }
            if authority == .max, slashes | queries != 0 {
                authority = index &+ (slashes | queries).trailingZeroBitCount &>> 3
            }
            if query == .max {
                // The slashes below the first query byte (all of them when there is none).
                let before = slashes & ((queries & (0 &- queries)) &- 1)
                if before != 0 { nameSlash = index &+ (63 &- before.leadingZeroBitCount) &>> 3 }
                if queries != 0 { query = index &+ queries.trailingZeroBitCount &>> 3 }
            }
            if !placeholder {
                placeholder = Self.mayGoOnPlaceholder(source, folded: folded, previous: previous, at: index)
            }
            previous = folded &>> 56
            index &+= valid
        }
        (self.lastSlash, self.nameSlash, self.placeholder) = (lastSlash, nameSlash, placeholder)
        (queryStart, authorityEnd) = (query == .max ? nil : query, authority == .max ? nil : authority)
    }

    /// Whether a placeholder word may go on in the word `folded` (lower-cased by setting bit 5) at `index` of
    /// `source`, the byte before it `previous`: an `o` after `n`, an `o` after `c` and before `ming`, an `l` after
    /// `p` and before `aceholder`.
    @inline(__always)
    private static func mayGoOnPlaceholder(
        _ source: UnsafeBufferPointer<UInt8>, folded: UInt64, previous: UInt64, at index: Int
    ) -> Bool {
        let o = ByteSearch.exactZeroBytes(folded ^ 0x6F6F_6F6F_6F6F_6F6F)
        let l = ByteSearch.exactZeroBytes(folded ^ 0x6C6C_6C6C_6C6C_6C6C)
        guard o | l != 0 else { return false }
        let before = folded &<< 8 | previous
        if o & ByteSearch.exactZeroBytes(before ^ 0x6E6E_6E6E_6E6E_6E6E) != 0 { return true }
        var coming = o & ByteSearch.exactZeroBytes(before ^ 0x6363_6363_6363_6363)
        while coming != 0 {
            if ImageURL.hasWord("ming", in: source, at: index + coming.trailingZeroBitCount >> 3 + 1) { return true }
            coming &= coming &- 1
        }
        var place = l & ByteSearch.exactZeroBytes(before ^ 0x7070_7070_7070_7070)
        while place != 0 {
            if ImageURL.hasWord("aceholder", in: source, at: index + place.trailingZeroBitCount >> 3 + 1) {
                return true
            }
            place &= place &- 1
        }
        return false
    }
}
