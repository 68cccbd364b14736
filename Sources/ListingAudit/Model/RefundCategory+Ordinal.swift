extension RefundCategory {
    /// The number of categories.
    static let count = allCases.count

    /// The category's position in taxonomy order, for flat per-category arrays.
    var ordinal: Int {
        switch self {
        case .sizeFit: 0
        case .colourMismatch: 1
        case .notAsDescribed: 2
        case .qualityDefect: 3
        case .damagedInTransit: 4
        case .wrongOrMissingItem: 5
        case .changedMind: 6
        case .deliveryProblem: 7
        case .other: 8
        }
    }

    /// The bit of the category in a category mask.
    var bit: UInt16 { 1 << UInt16(ordinal) }

    /// The categories in `mask`, in taxonomy order.
    static func categories(in mask: UInt16) -> [RefundCategory] {
        allCases.filter { mask & $0.bit != 0 }
    }

    /// The mask holding `categories`.
    static func mask(_ categories: [RefundCategory]) -> UInt16 {
        categories.reduce(0) { $0 | $1.bit }
    }
}

extension RefundCategory {
    /// Every category in taxonomy order, indexed by `ordinal` (one array for the whole run; `allCases` makes a new
    /// one at each call).
    static let taxonomy: [RefundCategory] = allCases
}
