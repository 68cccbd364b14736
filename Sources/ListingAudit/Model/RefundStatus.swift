/// Where an after-sales request ended up, read from the export's status column (售后状态 / 退款状态 / status).
///
/// Only requests that were closed, rejected or withdrawn without money changing hands are `notRefunded`: they
/// stay in `refunds.csv` with their status but are not counted as refunds when listings are ranked. A request
/// still in progress counts (the buyer has complained); so does one whose status the export does not give.
public enum RefundStatus: String, Sendable, Codable, CaseIterable {
    /// Money was returned (退款成功, 售后完成, `Refunded`, Amazon `Unit returned to inventory`).
    case refunded
    /// Still being handled (待商家处理, 退款中, `Requested`, `Pending`).
    case pending
    /// Closed, rejected or withdrawn without a refund (退款关闭, 商家拒绝, 买家撤销, `Rejected`, `Cancelled`).
    case notRefunded = "not_refunded"
    /// The export has no status, or one this tool does not know.
    case unknown

    /// Whether the request counts as a refund in rankings and category counts.
    public var countsAsRefund: Bool { self != .notRefunded }

    /// The status's name for people.
    public var label: LocalizedText {
        switch self {
        case .refunded: LocalizedText(zh: "已退款", en: "Refunded")
        case .pending: LocalizedText(zh: "处理中", en: "Pending")
        case .notRefunded: LocalizedText(zh: "未退款（关闭/拒绝/撤销）", en: "Not refunded (closed/rejected/withdrawn)")
        case .unknown: LocalizedText(zh: "未知", en: "Unknown")
        }
    }
}
