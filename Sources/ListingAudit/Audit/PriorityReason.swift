/// What `ListingPriority.why` says, from the few numbers it needs: the reason of a ranked listing is written for
/// every row of `priorities.csv` without making the whole row.
struct PriorityReason {
    var findingCount: Int
    var topRuleID: String?
    var topRuleTitle: LocalizedText?
    var hasHistory: Bool
    var maxSeverity: Severity?
    var linkedRefunds: Int
    var dominantCategory: RefundCategory?
    var preventableRefunds: Double
    var orders: Int?
    var expectedLinkedRefunds: Double
    var refundsTotal: Int
    var refundExportGiven: Bool

    init(
        findingCount: Int, topRuleID: String?, topRuleTitle: LocalizedText?, hasHistory: Bool, maxSeverity: Severity?,
        linkedRefunds: Int, dominantCategory: RefundCategory?, preventableRefunds: Double, orders: Int?,
        expectedLinkedRefunds: Double, refundsTotal: Int, refundExportGiven: Bool
    ) {
        self.findingCount = findingCount
        self.topRuleID = topRuleID
        self.topRuleTitle = topRuleTitle
        self.hasHistory = hasHistory
        self.maxSeverity = maxSeverity
        self.linkedRefunds = linkedRefunds
        self.dominantCategory = dominantCategory
        self.preventableRefunds = preventableRefunds
        self.orders = orders
        self.expectedLinkedRefunds = expectedLinkedRefunds
        self.refundsTotal = refundsTotal
        self.refundExportGiven = refundExportGiven
    }

    /// The reason of `row`.
    init(_ row: ListingPriority) {
        findingCount = row.findingCount
        topRuleID = row.topRuleID
        topRuleTitle = row.topRuleTitle
        hasHistory = row.hasHistory
        maxSeverity = row.maxSeverity
        linkedRefunds = row.linkedRefunds
        dominantCategory = row.dominantCategory
        preventableRefunds = row.preventableRefunds
        orders = row.orders
        expectedLinkedRefunds = row.expectedLinkedRefunds
        refundsTotal = row.refundsTotal
        refundExportGiven = row.refundExportGiven
    }

    /// The line in `language`.
    func text(_ language: Language) -> String { String(decoding: line(language).bytes, as: UTF8.self) }

    /// The line in `language` as UTF-8, for the `priorities.csv` row of every listing: the same pieces as
    /// `text` joins, written into one byte array (`ReasonLine`) instead of appended to a `String` piece by piece.
    func line(_ language: Language) -> ReasonLine {
        if findingCount == 0 {
            return lineWithoutFindings(language)
        }
        let rule = topRuleTitle?.text(language) ?? topRuleID ?? ""
        let findings = ListingPriority.count(findingCount, "finding")
        guard hasHistory else {
            let severity = maxSeverity.map { ListingPriority.severityLabel($0).text(language) } ?? ""
            if !refundExportGiven {
                return switch language {
                case .zh: "未提供退款数据：\(findingCount)个问题，最严重为\(severity)：\(rule)"
                case .en: "No refund export given: \(findings), worst \(severity): \(rule)"
                }
            }
            return switch language {
            case .zh: "新品（暂无订单和退款）：\(findingCount)个问题，最严重为\(severity)：\(rule)"
            case .en: "New product (no orders or refunds yet): \(findings), worst \(severity): \(rule)"
            }
        }
        guard linkedRefunds > 0, let category = dominantCategory else {
            return switch language {
            case .zh: "\(findingCount)个问题（\(rule)），但暂无关联退款"
            case .en: "\(findings) (\(rule)) but no refunds linked to them yet"
            }
        }
        let label = category.label.text(language)
        let prevent = ListingPriority.number(preventableRefunds)
        if let orders, orders > 0 {
            // Plain words here; the shrunk rate and the baseline are in the report's statistics (docs/ranking.md).
            let own = ListingPriority.percent(Double(linkedRefunds) / Double(orders))
            let expected = ListingPriority.percent(expectedLinkedRefunds / Double(orders))
            return switch language {
            case .zh:
                "\(orders)单中\(linkedRefunds)笔关联退款（\(own)，无此问题的同类商品为\(expected)），主要为\(label)；"
                    + "原因：\(rule)；修改后约可减少\(prevent)笔"
            case .en:
                "\(ListingPriority.count(linkedRefunds, "linked refund")) in \(ListingPriority.count(orders, "order")) "
                    + "(\(own); similar listings without the problem: \(expected)), mostly \(label); cause: \(rule); "
                    + "a fix could prevent about \(prevent)"
            }
        }
        if orders == 0 {
            return switch language {
            case .zh: "无订单；\(linkedRefunds)笔关联退款，主要为\(label)；原因：\(rule)"
            case .en:
                "No orders; \(ListingPriority.count(linkedRefunds, "linked refund")), mostly \(label); cause: \(rule)"
            }
        }
        let expected = ListingPriority.number(expectedLinkedRefunds)
        return switch language {
        case .zh: "\(linkedRefunds)笔关联退款（同类商品平均\(expected)笔），主要为\(label)；原因：\(rule)；修改后约可减少\(prevent)笔"
        case .en:
            "\(ListingPriority.count(linkedRefunds, "linked refund")) (average listing \(expected)), mostly \(label); "
                + "cause: \(rule); a fix could prevent about \(prevent)"
        }
    }

    private func lineWithoutFindings(_ language: Language) -> ReasonLine {
        guard refundsTotal > 0, let category = dominantCategory else {
            let text = hasHistory
                ? LocalizedText(zh: "未发现问题，暂无退款", en: "No findings, no refunds")
                : LocalizedText(zh: "未发现问题（新品）", en: "No findings (new product)")
            return "\(text.text(language))"
        }
        let advice: LocalizedText
        switch category {
        case _ where category.isFulfilment:
            advice = LocalizedText(zh: "请检查包装、快递或仓库", en: "check packing, courier or warehouse")
        case .changedMind, .other:
            advice = LocalizedText(zh: "属正常退货，商品页无需修改", en: "ordinary returns, nothing to fix in the listing")
        default:
            advice = LocalizedText(zh: "商品页未见问题，请检查货源或质量", en: "listing looks fine: check the supplier or product")
        }
        return switch language {
        case .zh: "未发现商品页问题；\(refundsTotal)笔退款，主要为\(category.label.zh)：\(advice.zh)"
        case .en:
            "No listing findings; \(ListingPriority.count(refundsTotal, "refund")), mostly \(category.label.en): \(advice.en)"
        }
    }
}

/// A reason line built as UTF-8 from a string literal with interpolations (`"\(orders)单中…"`): literals and
/// interpolated texts are copied as bytes, whole numbers written digit by digit, so a line costs one array.
struct ReasonLine: ExpressibleByStringInterpolation {
    var bytes: [UInt8]

    init(stringLiteral value: String) {
        var value = value
        bytes = value.withUTF8 { Array($0) }
    }

    init(stringInterpolation: StringInterpolation) {
        bytes = stringInterpolation.bytes
    }

    /// `left` followed by `right` (a line written over two source lines).
    static func + (left: ReasonLine, right: ReasonLine) -> ReasonLine {
        var joined = left
        joined.bytes += right.bytes
        return joined
    }

    struct StringInterpolation: StringInterpolationProtocol {
        var bytes: [UInt8] = []

        init(literalCapacity: Int, interpolationCount: Int) {
            bytes.reserveCapacity(literalCapacity + 24 * interpolationCount)
        }

        mutating func appendLiteral(_ literal: String) {
            appendInterpolation(literal)
        }

        mutating func appendInterpolation(_ text: String) {
            var text = text
            text.withUTF8 { bytes.append(contentsOf: $0) }
        }

        /// A whole number as `String(value)` writes it.
        mutating func appendInterpolation(_ value: Int) {
            if value < 0 { bytes.append(UInt8(ascii: "-")) }
            var magnitude = value.magnitude
            var digits: [UInt8] = []
            repeat {
                digits.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
                magnitude /= 10
            } while magnitude > 0
            bytes += digits.reversed()
        }
    }
}
