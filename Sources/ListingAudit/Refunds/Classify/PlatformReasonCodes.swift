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
    static func lookup(_ reason: FoldedText) -> Code? {
        // 64 scalars take at most 256 bytes.
        guard reason.count <= 256 else { return nil }
        var key: [UInt32] = []
        key.reserveCapacity(reason.count)
        var scalars = 0
        reason.forEachScalar { value, _, _ in
            scalars += 1
            if isKept(value) { key.append(value) }
        }
        if scalars > 64 || key.isEmpty { return nil }
        if let code = table[key] { return code }
        if key.starts(with: undeliverable) {
            return Code(category: .deliveryProblem, weight: PlatformReasonTable.Weight.specific)
        }
        return nil
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

    /// The lookup key of a table name.
    static func key(of name: String) -> [UInt32] {
        var scalars: [UInt32] = []
        FoldedText(name).forEachScalar { value, _, _ in scalars.append(value) }
        return key(scalars)
    }

    private static let undeliverable = key(Array("undeliverable".unicodeScalars.map(\.value)))

    private static let table: [[UInt32]: Code] = {
        var table: [[UInt32]: Code] = [:]
        for source in PlatformReasonTable.all {
            for group in source.groups {
                for name in group.names where table[key(of: name)] == nil {
                    table[key(of: name)] = Code(category: group.category, weight: group.weight)
                }
            }
        }
        return table
    }()
}
