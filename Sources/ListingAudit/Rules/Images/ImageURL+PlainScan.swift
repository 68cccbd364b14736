extension ImageURL.Scan {
    /// The scan of a plain web address, read in one pass eight bytes at a time with no byte noted one by one: an
    /// address that starts `http://` or `https://` (in any case), holds only printable ASCII other than a space and
    /// does not end in `/`, as nearly every exported address does. `nil` for any other address, which
    /// `init(anyAddress:)` reads; where both read an address they agree (`ImagePlainScanTests`).
    ///
    /// Each word gives, at once, its slashes, its `?` and `#`, and the places where a placeholder word may go on
    /// (`no`, `co` of `coming`, `pl` of `placeholder`, each in any case). The picture's file name follows the last
    /// slash before the query, the last component follows the last slash of all, and the authority ends at the
    /// first slash, `?` or `#` after the scheme.
    static func plainWeb(_ source: UnsafeBufferPointer<UInt8>) -> Self? {
        let count = source.count
        guard count > 8, let base = source.baseAddress else { return nil }
        let scheme = ImagePicture.schemeLength(in: source, at: 0)
        guard scheme >= 7 else { return nil }
        var words = PlainWords(source: source, base: base, from: scheme)
        guard words.readAll(), words.lastSlash < count - 1 else { return nil }
        let end = words.queryStart ?? count
        let cut = ImagePicture.sizeSuffix(in: source, name: (words.nameSlash + 1)..<end)
        var hash = ImagePicture.KeyHash()
        hash.add(source, scheme..<cut.lowerBound)
        hash.add(source, cut.upperBound..<end)
        return Self(
            head: scheme..<cut.lowerBound, tail: cut.upperBound..<end, pictureKey: hash.key,
            webAuthority: scheme..<(words.authorityEnd ?? count), placeholder: words.placeholder,
            lastComponent: (words.lastSlash + 1)..<count)
    }

    /// The scan of a plain address (`isPlain`) from its parts.
    private init(
        head: Range<Int>, tail: Range<Int>, pictureKey: UInt64, webAuthority: Range<Int>, placeholder: Bool,
        lastComponent: Range<Int>
    ) {
        (self.head, self.tail, self.pictureKey, self.webAuthority) = (head, tail, pictureKey, webAuthority)
        (isPlain, mayNamePlaceholder, self.lastComponent) = (true, placeholder, lastComponent)
    }
}

/// The words of an address after its web scheme, eight bytes at a time (the last eight bytes, shifted down, for the
/// last few), and what `ImageURL.Scan.plainWeb` keeps of them as they go by.
private struct PlainWords {
    let source: UnsafeBufferPointer<UInt8>
    let base: UnsafePointer<UInt8>
    /// The index of the next word's first byte.
    private var index: Int
    /// The last byte of the word before, lower-cased by setting bit 5, in the lowest byte.
    private var previous: UInt64 = 0
    /// The last slash of the address (the scheme's second slash when none follows it).
    private(set) var lastSlash: Int
    /// The last slash before the query (the scheme's second slash when none).
    private(set) var nameSlash: Int
    /// The first `?` or `#`, which starts the query.
    private(set) var queryStart: Int?
    /// The first slash, `?` or `#`, which ends the authority.
    private(set) var authorityEnd: Int?
    /// Whether a placeholder word may go on somewhere (`ImageURL.Scan.mayNamePlaceholder`).
    private(set) var placeholder = false

    init(source: UnsafeBufferPointer<UInt8>, base: UnsafePointer<UInt8>, from scheme: Int) {
        (self.source, self.base, index) = (source, base, scheme)
        (lastSlash, nameSlash) = (scheme - 1, scheme - 1)
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let high: UInt64 = 0x8080_8080_8080_8080

    /// The high bit set in each zero byte of `value`, exactly (no borrow crosses a byte).
    @inline(__always)
    private static func zeros(_ value: UInt64) -> UInt64 {
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return ~((((value & low) &+ low) | value)) & high
    }

    /// Reads every word; `false` at the first that holds a byte that is not printable ASCII or is a space.
    mutating func readAll() -> Bool {
        while index < source.count {
            guard readWord() else { return false }
        }
        return true
    }

    /// Reads the next word and notes its slashes, query and placeholder starts; `false` when it holds a byte that
    /// is not printable ASCII or is a space.
    @inline(__always)
    private mutating func readWord() -> Bool {
        let count = source.count
        let valid = min(8, count - index)
        let load = UnsafeRawPointer(base + (valid == 8 ? index : count - 8)).loadUnaligned(as: UInt64.self)
        let word = UInt64(littleEndian: load) &>> UInt64(8 * (8 - valid))
        let validHigh = Self.high &>> UInt64(8 * (8 - valid))
        let seven = word & 0x7F7F_7F7F_7F7F_7F7F
        // A byte below `!` (0x21) or from DEL (0x7F) up.
        let unprintable = (~((seven &+ 0x5F &* Self.ones) | word) | ((seven &+ Self.ones) | word)) & validHigh
        guard unprintable == 0 else { return false }
        // Setting bit 5 maps only unprintable bytes onto `/`, `?`, `#`, and folds the letters.
        let folded = word | 0x2020_2020_2020_2020
        let slashes = Self.zeros(folded ^ (0x2F &* Self.ones))
        let queries = Self.zeros(folded ^ (0x3F &* Self.ones)) | Self.zeros(folded ^ (0x23 &* Self.ones))
        if slashes != 0 { lastSlash = index + (63 - slashes.leadingZeroBitCount) >> 3 }
        if authorityEnd == nil, slashes | queries != 0 {
            authorityEnd = index + (slashes | queries).trailingZeroBitCount >> 3
        }
        if queryStart == nil {
            let query = queries.trailingZeroBitCount
            let before = query < 64 ? slashes & (1 &<< UInt64(query) &- 1) : slashes
            if before != 0 { nameSlash = index + (63 - before.leadingZeroBitCount) >> 3 }
            if query < 64 { queryStart = index + query >> 3 }
        }
        if !placeholder { notePlaceholders(folded) }
        previous = folded >> 56
        index += valid
        return true
    }

    /// Notes whether a placeholder word may go on in the word `folded` (lower-cased by setting bit 5): an `o` after
    /// `n`, an `o` after `c` and before `ming`, an `l` after `p` and before `aceholder`.
    @inline(__always)
    private mutating func notePlaceholders(_ folded: UInt64) {
        let o = Self.zeros(folded ^ (0x6F &* Self.ones))
        let l = Self.zeros(folded ^ (0x6C &* Self.ones))
        guard o | l != 0 else { return }
        let before = folded << 8 | previous
        if o & Self.zeros(before ^ (0x6E &* Self.ones)) != 0 {
            placeholder = true
            return
        }
        var coming = o & Self.zeros(before ^ (0x63 &* Self.ones))
        while coming != 0 {
            let at = index + coming.trailingZeroBitCount >> 3
            if ImageURL.hasWord("ming", in: source, at: at + 1) {
                placeholder = true
                return
            }
            coming &= coming &- 1
        }
        var place = l & Self.zeros(before ^ (0x70 &* Self.ones))
        while place != 0 {
            let at = index + place.trailingZeroBitCount >> 3
            if ImageURL.hasWord("aceholder", in: source, at: at + 1) {
                placeholder = true
                return
            }
            place &= place &- 1
        }
    }
}
