import Testing

@testable import ListingAudit

/// `PriorityReason.line` writes the reason of every `priorities.csv` row as UTF-8 (`ReasonLine`); it must be the
/// line the `String` interpolation wrote, in both languages and every branch.
@Suite struct PriorityReasonLineTests {
    @Test func linesAreThoseOfTheStringInterpolation() {
        var compared = 0
        for findingCount in [0, 1, 3] {
            for hasHistory in [false, true] {
                for refundExportGiven in [false, true] {
                    let refunds: [(Int, RefundCategory?)] = [
                        (0, nil), (4, .sizeFit), (1, .changedMind), (12, .damagedInTransit), (2, .other),
                    ]
                    for (linkedRefunds, dominant) in refunds {
                        for orders in [nil, 0, 1, 40, 12_345] as [Int?] {
                            for refundsTotal in [0, 1, 7] {
                                let reason = PriorityReason(
                                    findingCount: findingCount, topRuleID: "title.too_long",
                                    topRuleTitle: findingCount == 3 ? nil
                                        : LocalizedText(zh: "标题过长", en: "Title too long"),
                                    hasHistory: hasHistory, maxSeverity: findingCount == 1 ? nil : .warning,
                                    linkedRefunds: linkedRefunds, dominantCategory: dominant,
                                    preventableRefunds: Double(linkedRefunds) * 0.37, orders: orders,
                                    expectedLinkedRefunds: 2.0 / 3, refundsTotal: refundsTotal,
                                    refundExportGiven: refundExportGiven)
                                for language in Language.allCases {
                                    let expected = reason.referenceText(language)
                                    #expect(reason.line(language).bytes == Array(expected.utf8), "\(expected)")
                                    #expect(reason.text(language) == expected)
                                    compared += 1
                                }
                            }
                        }
                    }
                }
            }
        }
        #expect(compared == 1_800)
    }

    @Test func wholeNumbersAreWrittenAsStringWritesThem() {
        for value in [0, 1, 9, 10, 99, 100, 12_345, -1, -120, Int.max, Int.min] {
            let line: ReasonLine = "(\(value))"
            #expect(String(decoding: line.bytes, as: UTF8.self) == "(\(String(value)))")
        }
    }
}

/// The reason as `PriorityReason.text` wrote it before `ReasonLine`, by `String` interpolation.
extension PriorityReason {
    fileprivate func referenceText(_ language: Language) -> String {
        if findingCount == 0 {
            return referenceTextWithoutFindings(language)
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

    fileprivate func referenceTextWithoutFindings(_ language: Language) -> String {
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
            "No listing findings; \(ListingPriority.count(refundsTotal, "refund")), "
                + "mostly \(category.label.en): \(advice.en)"
        }
    }
}
