/// Reads a status cell of a refund export into a `RefundStatus`.
///
/// A cell that is one of the platforms' own status values (`RefundStatusTable`) means what that platform means by
/// it: Shopify's and Amazon's `Closed` is a completed return, 退款关闭 a request closed without a refund. Any other
/// cell is searched for words in a fixed order: a refusal or withdrawal (拒绝, 撤销, `rejected`, `cancelled`),
/// money returned (退款成功, 已退款, `refunded`), a closure without money (关闭, `closed without refund`), a request
/// in progress (待, 中, `pending`). A cell matching none is `unknown`, which still counts as a refund.
enum RefundStatusText {
    static func parse(_ text: String) -> RefundStatus {
        let value = text.trimmingWhitespace().lowercased()
        if value.isEmpty { return .unknown }
        if let known = RefundStatusTable.known[RefundStatusTable.key(value)] { return known }
        for (status, words) in ordered where words.contains(where: { value.contains($0) }) {
            return status
        }
        return .unknown
    }

    /// The words of each outcome, in the order they are tried: a refusal or withdrawal first, then money
    /// returned (so `Closed – refunded` and 售后关闭(退款成功) are refunds), then a closure without money, then
    /// a request in progress.
    private static let ordered: [(RefundStatus, [String])] = [
        (.notRefunded, [
            "未退款", "无需退款", "不同意", "拒绝", "驳回", "撤销", "撤回", "取消", "已拒", "not refunded", "no refund",
            "rejected", "reject", "declined", "decline", "denied", "refused", "withdrawn", "withdraw", "cancelled",
            "canceled", "cancel",
        ]),
        (.refunded, [
            "退款成功", "已退款", "退款完成", "售后完成", "售后成功", "换货成功", "已完成", "完成", "成功", "已打款", "已返还",
            "refunded", "refund issued", "reimbursed", "completed", "complete", "succeeded", "success", "paid",
            "returned to inventory", "unit returned", "repackaged", "sellable", "processed", "closed",
        ]),
        (.notRefunded, ["关闭", "失败", "without refund", "voided", "void", "failed"]),
        (.pending, [
            "待", "中", "等待", "申请", "审核", "处理", "介入", "仲裁", "已同意", "同意退款", "已退货", "买家已",
            "pending", "requested", "request", "open", "in progress", "processing", "awaiting", "in transit",
            "approved", "received", "review", "return started",
        ]),
    ]
}
