import Foundation

extension ListingPriority {
    /// One line on why the listing sits where it does, in both languages.
    public var why: LocalizedText { LocalizedText(zh: why(in: .zh), en: why(in: .en)) }

    /// `why` in `language` alone (a report renders one language, for every row of `priorities.csv`).
    public func why(in language: Language) -> String {
        if findingCount == 0 {
            return whyWithoutFindings(in: language)
        }
        let rule = topRuleTitle?.text(language) ?? topRuleID ?? ""
        guard hasHistory else {
            let severity = maxSeverity.map { Self.severityLabel($0).text(language) } ?? ""
            return switch language {
            case .zh: "新品（暂无订单和退款）：\(findingCount)个问题，最严重为\(severity)：\(rule)"
            case .en: "New product (no orders or refunds yet): \(findingCount) finding(s), worst \(severity): \(rule)"
            }
        }
        guard linkedRefunds > 0, let category = dominantCategory else {
            return switch language {
            case .zh: "\(findingCount)个问题（\(rule)），但暂无相关退款"
            case .en: "\(findingCount) finding(s) (\(rule)) but no refunds linked to them yet"
            }
        }
        let label = category.label.text(language)
        let prevent = Self.number(preventableRefunds)
        if let orders, let shrunkRate {
            let own = Self.percent(Double(linkedRefunds) / Double(max(orders, 1)))
            let expected = Self.percent(orders > 0 ? expectedLinkedRefunds / Double(orders) : 0)
            let shrunk = Self.percent(shrunkRate)
            return switch language {
            case .zh:
                "\(orders)单中\(linkedRefunds)笔相关退款（\(own)，修正后\(shrunk)，同类基线\(expected)），主要为\(label)；"
                    + "原因：\(rule)；约可减少\(prevent)笔"
            case .en:
                "\(Self.count(linkedRefunds, "linked refund")) in \(Self.count(orders, "order")) "
                    + "(\(own), shrunk \(shrunk), baseline \(expected)), mostly \(label); cause: \(rule); "
                    + "~\(prevent) preventable"
            }
        }
        let expected = Self.number(expectedLinkedRefunds)
        return switch language {
        case .zh: "\(linkedRefunds)笔相关退款（同类商品平均\(expected)笔），主要为\(label)；原因：\(rule)；约可减少\(prevent)笔"
        case .en:
            "\(Self.count(linkedRefunds, "linked refund")) (average listing \(expected)), mostly \(label); "
                + "cause: \(rule); ~\(prevent) preventable"
        }
    }

    private func whyWithoutFindings(in language: Language) -> String {
        guard refundsTotal > 0, let category = dominantCategory else {
            let text = hasHistory
                ? LocalizedText(zh: "未发现问题，暂无退款", en: "No findings, no refunds")
                : LocalizedText(zh: "未发现问题（新品）", en: "No findings (new product)")
            return text.text(language)
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
            "No listing findings; \(Self.count(refundsTotal, "refund")), mostly \(category.label.en): \(advice.en)"
        }
    }

    /// `1 refund`, `2 refunds`: English counts with the right number.
    static func count(_ value: Int, _ noun: String) -> String {
        value == 1 ? "1 \(noun)" : "\(value) \(noun)s"
    }

    static func severityLabel(_ severity: Severity) -> LocalizedText {
        switch severity {
        case .error: LocalizedText(zh: "错误", en: "error")
        case .warning: LocalizedText(zh: "警告", en: "warning")
        case .advice: LocalizedText(zh: "建议", en: "advice")
        }
    }

    /// `12.3%`.
    static func percent(_ value: Double) -> String { AuditNumbers.fixed(value * 100, digits: 1) + "%" }

    /// `3`, `2.5`: whole numbers without decimals, others with one.
    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : AuditNumbers.fixed(rounded, digits: 1)
    }
}
