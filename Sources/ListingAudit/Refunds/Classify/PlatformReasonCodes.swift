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
    /// hashed per reason.
    static func lookup(_ reason: FoldedText) -> Code? {
        // 64 scalars take at most 256 bytes.
        guard reason.count <= 256 else { return nil }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: reason.count) { key in
            var length = 0
            var scalars = 0
            var fits = true
            reason.bytes.withUnsafeBufferPointer { bytes in
                var index = 0
                while index < bytes.count {
                    let (value, width) = UTF8Scalars.decode(bytes, at: index)
                    scalars += 1
                    if scalars > 64 {
                        fits = false
                        return
                    }
                    if isKept(value) {
                        for offset in 0..<width { key[length + offset] = bytes[index + offset] }
                        length += width
                    }
                    index += width
                }
            }
            guard fits, length > 0 else { return nil }
            let bytes = UnsafeBufferPointer(rebasing: key[..<length])
            if let entry = table.keys.index(of: bytes) { return table.codes[Int(table.keys.value(at: entry))] }
            if bytes.starts(with: undeliverable) {
                return Code(category: .deliveryProblem, weight: PlatformReasonTable.Weight.specific)
            }
            return nil
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

    private static let undeliverable = key(of: "undeliverable")

    /// Every name's key, its value the number of its code; a name listed twice keeps its first code.
    private static let table: (keys: ByteKeyTable, codes: [Code]) = {
        var keys = ByteKeyTable()
        var codes: [Code] = []
        for source in PlatformReasonTable.all {
            for group in source.groups {
                for name in group.names {
                    let inserted = key(of: name).withUnsafeBufferPointer {
                        keys.insert($0, value: Int32(codes.count)).inserted
                    }
                    if inserted { codes.append(Code(category: group.category, weight: group.weight)) }
                }
            }
        }
        return (keys, codes)
    }()
}
