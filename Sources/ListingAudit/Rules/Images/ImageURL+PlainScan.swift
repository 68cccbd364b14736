extension ImageURL.Scan {
    /// The scan of a plain web address, read in one pass eight bytes at a time with no byte noted one by one: an
    /// address that starts `http://` or `https://` (in any case), holds only printable ASCII other than a space and
    /// does not end in `/`, as nearly every exported address does. `nil` for any other address, which
    /// `init(anyAddress:)` reads; where both read an address they agree (`ImagePlainScanTests`).
    static func plainWeb(_ source: UnsafeBufferPointer<UInt8>) -> Self? {
        let count = source.count
        guard count > 8, let base = source.baseAddress else { return nil }
        let scheme = ImagePicture.schemeLength(in: source, at: 0)
        guard scheme >= 7, let marks = PlainMarks(source, base: base, from: scheme), marks.lastSlash < count - 1 else {
            return nil
        }
        let end = marks.queryStart ?? count
        let cut = ImagePicture.sizeSuffix(in: source, name: (marks.nameSlash + 1)..<end)
        var hash = ImagePicture.KeyHash()
        hash.add(source, scheme..<cut.lowerBound)
        hash.add(source, cut.upperBound..<end)
        // No path (the authority ends at the end or at the query), or a path ending in `/` before the query.
        let namesNoFile =
            marks.authorityEnd.map { source[$0] != UInt8(ascii: "/") } ?? true || marks.nameSlash + 1 == end
        return Self(
            head: scheme..<cut.lowerBound, tail: cut.upperBound..<end, pictureKey: hash.key,
            webAuthority: scheme..<(marks.authorityEnd ?? count), placeholder: marks.placeholder,
            lastComponent: (marks.lastSlash + 1)..<count, namesNoFile: namesNoFile)
    }

    /// The scan of a plain address (`isPlain`) from its parts.
    private init(
        head: Range<Int>, tail: Range<Int>, pictureKey: UInt64, webAuthority: Range<Int>, placeholder: Bool,
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
        let count = source.count
        var (lastSlash, nameSlash, query, authority) = (scheme - 1, scheme - 1, Int.max, Int.max)
        var (placeholder, previous) = (false, UInt64(0))
        var index = scheme
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
