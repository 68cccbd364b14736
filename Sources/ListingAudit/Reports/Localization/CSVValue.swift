/// The cells of enum-valued and yes/no CSV columns. English files keep the stable ids a script reads (`warning`,
/// `true`, `refund_only`), the way English headers are the columns' ids; Chinese files, whose headers are already
/// Chinese, say the same in Chinese (`警告`, `是`, `仅退款`), so a Chinese spreadsheet holds no English word.
public enum CSVValue {
    /// `warning` / `警告`.
    public static func severity(_ severity: Severity, _ language: Language) -> String {
        language == .en ? severity.rawValue : ReportString.severity(severity).text.zh
    }

    /// `true` / `是`, `false` / `否`.
    public static func flag(_ value: Bool, _ language: Language) -> String {
        switch language {
        case .en: value ? "true" : "false"
        case .zh: value ? "是" : "否"
        }
    }

    /// `listing_id` / `商品ID`: how a refund was tied to its listing.
    public static func matchMethod(_ method: MatchMethod, _ language: Language) -> String {
        language == .en ? method.rawValue : method.label.zh
    }

    /// `refund_only` / `仅退款`.
    public static func refundType(_ type: RefundType, _ language: Language) -> String {
        language == .en ? type.rawValue : type.label.zh
    }

    /// `not_refunded` / `未退款（关闭/拒绝/撤销）`.
    public static func refundStatus(_ status: RefundStatus, _ language: Language) -> String {
        language == .en ? status.rawValue : status.label.zh
    }
}

extension MatchMethod {
    /// The method's name for people.
    public var label: LocalizedText {
        switch self {
        case .listingID: ReportString.matchedByID.text
        case .sku: ReportString.matchedBySKU.text
        case .title: ReportString.matchedByTitle.text
        case .unmatched: ReportString.unmatched.text
        }
    }
}

extension RefundType {
    /// The request type's name for people.
    public var label: LocalizedText {
        switch self {
        case .refundOnly: LocalizedText(zh: "仅退款", en: "Refund only")
        case .returnAndRefund: LocalizedText(zh: "退货退款", en: "Return and refund")
        case .exchange: LocalizedText(zh: "换货", en: "Exchange")
        case .unknown: LocalizedText(zh: "未知", en: "Unknown")
        }
    }
}
