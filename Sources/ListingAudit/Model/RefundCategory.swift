/// The fixed refund taxonomy. Every refund gets exactly one; rules link to these ids, which never change.
public enum RefundCategory: String, Sendable, Codable, CaseIterable, Comparable {
    case sizeFit = "size_fit"
    case colourMismatch = "colour_mismatch"
    case notAsDescribed = "not_as_described"
    case qualityDefect = "quality_defect"
    case damagedInTransit = "damaged_in_transit"
    case wrongOrMissingItem = "wrong_or_missing_item"
    case changedMind = "changed_mind"
    case deliveryProblem = "delivery_problem"
    case other

    /// Fulfilment problems: caused by packing, couriers or stock, not by the listing's content.
    public var isFulfilment: Bool {
        switch self {
        case .damagedInTransit, .wrongOrMissingItem, .deliveryProblem: true
        default: false
        }
    }

    /// The category's name for people.
    public var label: LocalizedText {
        switch self {
        case .sizeFit: LocalizedText(zh: "尺码不合适", en: "Size / fit")
        case .colourMismatch: LocalizedText(zh: "颜色与描述不符", en: "Colour mismatch")
        case .notAsDescribed: LocalizedText(zh: "与描述不符", en: "Not as described")
        case .qualityDefect: LocalizedText(zh: "质量问题", en: "Quality / defect")
        case .damagedInTransit: LocalizedText(zh: "运输破损", en: "Damaged in transit")
        case .wrongOrMissingItem: LocalizedText(zh: "错发漏发", en: "Wrong or missing item")
        case .changedMind: LocalizedText(zh: "不想要了", en: "Changed mind")
        case .deliveryProblem: LocalizedText(zh: "物流问题", en: "Delivery problem")
        case .other: LocalizedText(zh: "其他", en: "Other")
        }
    }

    public static func < (lhs: RefundCategory, rhs: RefundCategory) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
