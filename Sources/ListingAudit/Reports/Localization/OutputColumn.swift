/// A column of a spreadsheet or table the tool writes. The raw value is the stable id: English CSV headers use it
/// as-is (`listing_id`), Chinese ones use `label.zh`; HTML tables use `label` in either language.
public enum OutputColumn: String, Sendable, CaseIterable {
    case rank
    case date
    case listingID = "listing_id"
    case title
    case ruleID = "rule_id"
    case rule
    case severity
    case message
    case advice
    case fix
    case evidence
    case file
    case line
    case column
    case score
    case findings
    case linkedRefunds = "linked_refunds"
    case orders
    case refundRate = "refund_rate"
    case preventableRefunds = "preventable_refunds"
    case preventableAmount = "preventable_amount"
    case topFix = "top_fix"
    case why
    case refundID = "refund_id"
    case orderID = "order_id"
    case sku
    case category
    case categoryLabel = "category_label"
    case matchedBy = "matched_by"
    case amount
    case reason
    case comment
    case refunds
    case share
    case rateWith = "rate_with"
    case rateWithout = "rate_without"
    case listingsWith = "listings_with"
    case listingsWithout = "listings_without"
    case confidenceInterval = "confidence_interval"
    case confidence
    case change
    case weeksOpen = "weeks_open"
    case rateBefore = "rate_before"
    case rateAfter = "rate_after"
    case fixedOn = "fixed_on"
    case refundsTotal = "refunds_total"
    case hasHistory = "has_history"
    case refundType = "type"
    case refundStatus = "status"
    case statusText = "status_text"

    /// The column's name for people, in both languages.
    public var label: LocalizedText {
        switch self {
        case .rank: LocalizedText(zh: "排名", en: "Rank")
        case .date: LocalizedText(zh: "日期", en: "Date")
        case .listingID: LocalizedText(zh: "商品ID", en: "Listing ID")
        case .title: LocalizedText(zh: "商品标题", en: "Product title")
        case .ruleID: LocalizedText(zh: "规则ID", en: "Rule ID")
        case .rule: LocalizedText(zh: "规则", en: "Rule")
        case .severity: LocalizedText(zh: "严重程度", en: "Severity")
        case .message: LocalizedText(zh: "问题说明", en: "Message")
        case .advice: LocalizedText(zh: "修改建议", en: "Advice")
        case .fix: LocalizedText(zh: "修改方法", en: "Fix")
        case .evidence: LocalizedText(zh: "证据", en: "Evidence")
        case .file: LocalizedText(zh: "文件", en: "File")
        case .line: LocalizedText(zh: "行", en: "Line")
        case .column: LocalizedText(zh: "列", en: "Column")
        case .score: LocalizedText(zh: "优先分", en: "Score")
        case .findings: LocalizedText(zh: "问题数", en: "Findings")
        case .linkedRefunds: LocalizedText(zh: "关联退款数", en: "Linked refunds")
        case .orders: LocalizedText(zh: "订单数", en: "Orders")
        case .refundRate: LocalizedText(zh: "退款率（全部退款÷订单）", en: "Refund rate (all refunds per order)")
        case .preventableRefunds: LocalizedText(zh: "可避免退款数", en: "Preventable refunds")
        case .preventableAmount: LocalizedText(zh: "可避免退款金额", en: "Preventable amount")
        case .topFix: LocalizedText(zh: "首要修改", en: "Top fix")
        case .why: LocalizedText(zh: "原因", en: "Why")
        case .refundID: LocalizedText(zh: "退款单号", en: "Refund ID")
        case .orderID: LocalizedText(zh: "订单号", en: "Order ID")
        case .sku: LocalizedText(zh: "SKU编码", en: "SKU")
        case .category: LocalizedText(zh: "退款类别ID", en: "Category ID")
        case .categoryLabel: LocalizedText(zh: "退款类别", en: "Category")
        case .matchedBy: LocalizedText(zh: "匹配方式", en: "Matched by")
        case .amount: LocalizedText(zh: "金额", en: "Amount")
        case .reason: LocalizedText(zh: "退款原因", en: "Reason")
        case .comment: LocalizedText(zh: "买家留言", en: "Buyer comment")
        case .refunds: LocalizedText(zh: "退款数", en: "Refunds")
        case .share: LocalizedText(zh: "占比", en: "Share")
        case .rateWith: LocalizedText(zh: "有此问题时退款率", en: "Refund rate with")
        case .rateWithout: LocalizedText(zh: "无此问题时退款率", en: "Refund rate without")
        case .listingsWith: LocalizedText(zh: "有此问题的商品数", en: "Listings with")
        case .listingsWithout: LocalizedText(zh: "无此问题的商品数", en: "Listings without")
        case .confidenceInterval: LocalizedText(zh: "95%置信区间", en: "95% interval")
        case .confidence: LocalizedText(zh: "可信度", en: "Confidence")
        case .change: LocalizedText(zh: "变化", en: "Change")
        case .weeksOpen: LocalizedText(zh: "连续未修复次数", en: "Audits open")
        case .rateBefore: LocalizedText(zh: "修复前退款率", en: "Rate before")
        case .rateAfter: LocalizedText(zh: "修复后退款率", en: "Rate after")
        case .fixedOn: LocalizedText(zh: "修复日期", en: "Fixed on")
        case .refundsTotal: LocalizedText(zh: "退款总数", en: "Refunds total")
        case .hasHistory: LocalizedText(zh: "有销售记录", en: "Has history")
        case .refundType: LocalizedText(zh: "售后类型", en: "Type")
        case .refundStatus: LocalizedText(zh: "退款结果", en: "Status")
        case .statusText: LocalizedText(zh: "售后状态", en: "Status as exported")
        }
    }

    /// The CSV header cell in `language`: the stable id in English, the Chinese name in Chinese.
    public func header(_ language: Language) -> String {
        switch language {
        case .en: rawValue
        case .zh: label.zh
        }
    }
}

/// Helpers for writing headers from `OutputColumn`s.
public enum OutputColumns {
    /// The header cell of `column` in `language`.
    public static func header(_ column: OutputColumn, _ language: Language) -> String {
        column.header(language)
    }

    /// The header row for `columns` in `language`.
    public static func header(_ columns: [OutputColumn], _ language: Language) -> [String] {
        columns.map { $0.header(language) }
    }
}

extension CSVWriter {
    /// A writer whose header row names `columns` in `language`.
    public init(columns: [OutputColumn], language: Language) {
        self.init(header: OutputColumns.header(columns, language))
    }
}
