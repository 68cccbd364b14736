/// The status values of every supported refund or return export, as the platform means them. Documented in
/// `docs/refund-statuses.md`; `RefundStatusText` looks a cell up here first (exactly, ignoring case and spaces)
/// and searches it for status words only when it is not a known value.
enum RefundStatusTable {
    /// One platform's status values by outcome.
    struct Platform: Sendable {
        /// The platform and the export or column the values come from.
        let source: String
        /// Money returned or the return completed: counted.
        let refunded: [String]
        /// Still being handled: counted (the buyer has complained).
        let pending: [String]
        /// Closed, rejected or withdrawn without money changing hands: listed, not counted.
        let notRefunded: [String]
    }

    static let platforms: [Platform] = [
        Platform(
            source: "Shopify returns (ReturnStatus, admin names) and order refund / financial status",
            refunded: [
                "Closed", "CLOSED", "Returned", "Return closed", "Refunded", "Partially refunded", "partially_refunded",
                "Restocked", "已关闭", "已退货", "已退款", "部分退款",
            ],
            pending: [
                "Requested", "REQUESTED", "Return requested", "Open", "OPEN", "Return in progress", "In progress",
                "Pending", "退货已申请", "退货中", "进行中",
            ],
            notRefunded: [
                "Declined", "DECLINED", "Return declined", "Canceled", "CANCELED", "Return canceled", "Cancelled",
                "Voided", "退货已拒绝", "退货已取消", "已拒绝", "已取消",
            ]),
        Platform(
            source: "Amazon FBA customer returns (status) and seller-fulfilled returns (return request status)",
            refunded: [
                "Unit returned to inventory", "Reimbursed", "Repackaged Successfully", "Closed", "Completed",
                "Refunded", "Refund issued",
            ],
            pending: [
                "Pending", "Pending repackaging", "Authorized", "Approved", "Requested", "In transit", "Received",
            ],
            notRefunded: ["Rejected", "Cancelled", "Closed without refund", "Denied"]),
        Platform(
            source: "淘宝/天猫 退款状态",
            refunded: ["退款成功", "售后成功", "换货成功"],
            pending: [
                "买家已经申请退款，等待卖家同意", "卖家已经同意退款，等待买家退货", "买家已经退货，等待卖家确认收货",
                "等待卖家同意", "等待买家退货", "等待卖家确认收货", "退款中", "小二介入中", "平台介入中",
            ],
            notRefunded: ["退款关闭", "卖家拒绝退款", "卖家拒绝", "买家撤销申请", "买家已撤销", "售后关闭"]),
        Platform(
            source: "抖店 售后状态",
            refunded: ["退款成功", "售后完成", "换货成功", "补寄成功", "已完成"],
            pending: [
                "待商家处理", "待商家审核", "待买家退货", "待商家收货", "待买家收货", "待商家发货", "平台处理中",
                "仲裁中", "退款中", "售后中",
            ],
            notRefunded: ["售后关闭", "退款关闭", "商家拒绝", "商家拒绝退款", "买家撤销", "已撤销", "售后已取消"]),
        Platform(
            source: "拼多多 售后状态",
            refunded: ["退款成功", "售后成功", "换货成功"],
            pending: ["待商家处理", "待买家发货", "待商家收货", "平台介入中", "售后进行中", "退款中", "待买家处理"],
            notRefunded: ["退款关闭", "售后关闭", "售后取消", "商家拒绝", "驳回", "买家撤销"]),
        Platform(
            source: "京东 服务单状态",
            refunded: ["已完成", "完成", "退款成功", "服务单完成", "换新完成"],
            pending: [
                "待审核", "审核中", "审核通过", "待用户发货", "待客户发货", "待商家收货", "商家已收货", "处理中", "退款中",
                "待处理",
            ],
            notRefunded: ["审核不通过", "已取消", "取消", "已驳回", "驳回", "服务单关闭"]),
    ]

    /// Every known value, folded for lookup (lower case, no spaces or punctuation), with its outcome. A value two
    /// platforms list must mean the same outcome in both (a test checks).
    static let known: [String: RefundStatus] = {
        var known: [String: RefundStatus] = [:]
        for platform in platforms {
            for (status, values) in [
                (RefundStatus.refunded, platform.refunded), (.pending, platform.pending),
                (.notRefunded, platform.notRefunded),
            ] {
                for value in values where known[key(value)] == nil { known[key(value)] = status }
            }
        }
        return known
    }()

    /// The lookup form of a status cell: lower case, letters and digits only.
    static func key(_ text: String) -> String {
        String(String.UnicodeScalarView(text.lowercased().unicodeScalars.filter {
            $0.properties.isAlphabetic || ("0"..."9").contains($0)
        }))
    }
}
