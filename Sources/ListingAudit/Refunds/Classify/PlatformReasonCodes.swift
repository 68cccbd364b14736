/// Looks a reason field up in the platforms' reason tables (`PlatformReasonTable.all`): Amazon, Shopify and the
/// Chinese platforms' picked reasons, in every spelling their exports use.
///
/// The lookup is exact after the project's text folding, ignoring spaces, punctuation and separators, so a
/// reason is either a platform's own reason or free text; free text is scored by the lexicon instead.
enum PlatformReasonCodes {
    /// A recognised reason: its category and how much it says about the cause (`PlatformReasonTable.Weight`).
    struct Code: Sendable, Equatable {
        let category: RefundCategory
        let weight: Double
    }

    /// The reason `reason` is, or `nil` when it is free text (or longer than 64 scalars, which no reason is).
    /// Most reasons are free text, so the key is looked up as bytes (`ByteKeyTable`): no array of scalars is
    /// hashed per reason. It runs for every distinct reason, so ASCII bytes are tested as bytes (no scalar
    /// decoded), and the key stops being read once it can match nothing: when its first eight bytes start no
    /// name's key (`Prefixes`), or when it has grown longer than every name's without the `undeliverable` prefix.
    static func lookup(_ reason: FoldedText) -> Code? {
        // 64 scalars take at most 256 bytes.
        guard reason.count <= 256 else { return nil }
        let table = Self.table
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: reason.count) { key in
            let found: Int? = reason.bytes.withUnsafeBufferPointer { bytes in
                var length = 0
                var scalars = 0
                // The length at which the key is next tested: its prefix at eight bytes, then its length.
                var test = Prefixes.length
                var index = 0
                while index < bytes.count {
                    scalars += 1
                    if scalars > 64 { return nil }
                    let lead = bytes[index]
                    if lead < 0x80 {
                        // `isKept` for ASCII: a digit or a lower-case letter.
                        if lead &- 0x30 < 10 || lead &- 0x61 < 26 {
                            key[length] = lead
                            length += 1
                        }
                        index += 1
                    } else {
                        let (value, width) = UTF8Scalars.decode(bytes, at: index)
                        if isKept(value) {
                            for offset in 0..<width { key[length + offset] = bytes[index + offset] }
                            length += width
                        }
                        index += width
                    }
                    guard length >= test else { continue }
                    if test == Prefixes.length {
                        guard table.prefixes.mayStart(UnsafeBufferPointer(key)) else { return nil }
                        test = table.longest + 1
                    } else {
                        // Only the prefix can still match; past 64 scalars nothing does, so reading goes on.
                        guard UnsafeBufferPointer(rebasing: key[..<length]).starts(with: table.undeliverable)
                        else { return nil }
                        test = .max
                    }
                }
                return length
            }
            guard let length = found, length > 0 else { return nil }
            let bytes = UnsafeBufferPointer(rebasing: key[..<length])
            if let entry = table.keys.index(of: bytes) { return table.codes[Int(table.keys.value(at: entry))] }
            if bytes.starts(with: table.undeliverable) {
                return Code(category: .deliveryProblem, weight: PlatformReasonTable.Weight.specific)
            }
            return nil
        }
    }

    /// The first `length` bytes of every key at least that long, and of `undeliverable`'s key, as the bits of a
    /// filter (one bit each, by a multiplicative hash): a key whose first bytes set no bit starts no name and is no
    /// delivery failure, so it is free text. A bit set by another prefix only lets the lookup read on.
    struct Prefixes {
        static let length = 8
        private var bits = [UInt64](repeating: 0, count: 1 << 10)

        /// Adds the first `length` bytes of `key`, which has at least that many.
        mutating func insert(_ key: UnsafeBufferPointer<UInt8>) {
            let bit = Self.bit(key)
            bits[bit >> 6] |= 1 << UInt64(bit & 63)
        }

        /// Whether the first `length` bytes of `key` (at least that many) may start a key inserted.
        func mayStart(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
            let bit = Self.bit(key)
            return bits[bit >> 6] & 1 << UInt64(bit & 63) != 0
        }

        /// The bit of the first `length` bytes of `key`: one of 65,536.
        private static func bit(_ key: UnsafeBufferPointer<UInt8>) -> Int {
            var prefix: UInt64 = 0
            for index in 0..<length { prefix = prefix << 8 | UInt64(key[index]) }
            return Int(truncatingIfNeeded: (prefix &* 0x9E37_79B9_7F4A_7C15) >> 48)
        }
    }

    /// The lookup key: the folded reason without spaces, punctuation or separators (`APPAREL_TOO_SMALL`,
    /// `apparel-too-small` and `Apparel too small` share one key; so do `少件/漏发` and `少件、漏发`), nor the lone
    /// Hangul letters Korean buyers add as emoticons (`사이즈 미스 ㅠㅠ` is `사이즈 미스`).
    static func key(_ scalars: [UInt32]) -> [UInt32] { scalars.filter(isKept) }

    /// Whether the folded scalar `value` belongs to a lookup key (see `key`).
    @inline(__always)
    private static func isKept(_ value: UInt32) -> Bool {
        if value < 0x80 {
            return (value >= 0x30 && value <= 0x39) || (value >= 0x61 && value <= 0x7A)
        }
        return !(0x2000...0x206F).contains(value) && !(0x3000...0x303F).contains(value)
            && !(0xFF00...0xFF65).contains(value) && !(0x3131...0x318E).contains(value)
    }

    /// The lookup key of a table name, as UTF-8.
    static func key(of name: String) -> [UInt8] {
        var scalars: [UInt32] = []
        FoldedText(name).forEachScalar { value, _, _ in scalars.append(value) }
        var bytes: [UInt8] = []
        for value in key(scalars) { UTF8Scalars.append(value, to: &bytes) }
        return bytes
    }

    /// Every name's key, its value the number of its code (a name listed twice keeps its first code); the
    /// longest key's length; the key of `undeliverable`, a prefix that names a delivery problem whatever follows
    /// it; and the keys' prefixes (`Prefixes`). One value, so a lookup initialises and reads one static.
    private static let table: (
        keys: ByteKeyTable, codes: [Code], longest: Int, undeliverable: [UInt8], prefixes: Prefixes
    ) = {
        var keys = ByteKeyTable()
        var codes: [Code] = []
        var longest = 0
        var prefixes = Prefixes()
        let undeliverable = key(of: "undeliverable")
        undeliverable.withUnsafeBufferPointer { prefixes.insert($0) }
        for source in PlatformReasonTable.all {
            for group in source.groups {
                for name in group.names {
                    let key = key(of: name)
                    longest = max(longest, key.count)
                    key.withUnsafeBufferPointer { key in
                        if key.count >= Prefixes.length { prefixes.insert(key) }
                        if keys.insert(key, value: Int32(codes.count)).inserted {
                            codes.append(Code(category: group.category, weight: group.weight))
                        }
                    }
                }
            }
        }
        return (keys, codes, max(longest, undeliverable.count), undeliverable, prefixes)
    }()
}
