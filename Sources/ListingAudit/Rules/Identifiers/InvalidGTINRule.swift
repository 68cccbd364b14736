/// `identifiers.invalid_gtin`: a barcode cell written as a number that is not a valid GTIN (8, 12, 13 or 14 digits
/// ending in the right check digit). Text that is not a number (SKUs, `n/a`) is not judged.
struct InvalidGTINRule: ListingRule {
    static let description = RuleDescription(
        id: "identifiers.invalid_gtin", severity: .warning,
        title: LocalizedText(zh: "商品条形码无效", en: "Invalid GTIN / EAN / UPC"),
        rationale: LocalizedText(
            zh: "Google 和亚马逊按条形码把商品挂到商品目录页；位数或校验位不对的条形码会被拒登，或把商品挂到"
                + "别的商品页上，买家看到的图片和参数不是你的商品，收货后“与描述不符”。",
            en: "Google and Amazon match offers to catalogue pages by GTIN; a number of the wrong length or with a "
                + "wrong check digit is disapproved, or attaches the offer to another product's page, so the buyer "
                + "sees pictures and details that are not of the parcel they receive."),
        fix: LocalizedText(
            zh: "从包装或 GS1 证书抄录完整的 8、12、13 或 14 位条形码；没有条形码就留空，不要填平台的 SKU 或变体 ID。",
            en: "Copy the full 8, 12, 13 or 14 digit barcode from the packaging or the GS1 certificate; leave the "
                + "field empty when there is none rather than entering a SKU or the platform's variant id."),
        linkedCategories: [.notAsDescribed],
        triggeringExamples: [
            // EAN-13 with a mistyped last digit.
            RuleExample(title: "不锈钢保温杯 500ml").withBarcodes(["6901234567893"]),
            // A Shopify variant id pasted into the barcode column.
            RuleExample(title: "Linen Shirt", options: ["Size": ["S", "M"]])
                .withBarcodes(["39876543210987", "39876543211020"]),
            // A UPC-A whose leading zero a spreadsheet dropped.
            RuleExample(title: "Ceramic Mug").withBarcodes(["36000291452"]),
            RuleExample(title: "陶瓷马克杯").withBarcodes(["123456789012345678"]),
        ],
        nonTriggeringExamples: [
            RuleExample(title: "不锈钢保温杯 500ml").withBarcodes(["6901234567892"]),
            RuleExample(title: "Ceramic Mug").withBarcodes(["036000291452"]),
            RuleExample(title: "Wool Blanket").withBarcodes(["10012345678902"]),
            RuleExample(title: "Pencil Case").withBarcodes(["96385074"]),
            // Not a number: a SKU or a placeholder is not judged as a GTIN.
            RuleExample(title: "真丝围巾").withBarcodes(["SC-2024-RED"]),
            RuleExample(title: "Silk Scarf").withBarcodes(["n/a"]),
        ])

    func check(_ facts: ListingFacts) -> RuleFinding? {
        var invalid: [(variant: Variant, problem: GTIN.Problem)] = []
        for variant in facts.listing.variants {
            guard let barcode = variant.barcode, let problem = GTIN.problem(barcode),
                !invalid.contains(where: { $0.variant.barcode == barcode })
            else { continue }
            invalid.append((variant, problem))
        }
        guard let first = invalid.first, let barcode = first.variant.barcode else { return nil }
        let evidence = invalid.prefix(3).compactMap(\.variant.barcode).joined(separator: ", ")
            + (invalid.count > 3 ? ", …" : "")
        return finding(
            at: first.variant.location, message: .invalidGTIN(barcode, first.problem, count: invalid.count),
            evidence: evidence)
    }
}

extension FindingMessage {
    /// The first invalid barcode, what is wrong with it (`GTIN.Problem` as a kind and its value), and how many
    /// barcodes are invalid.
    fileprivate static func invalidGTIN(_ barcode: String, _ problem: GTIN.Problem, count: Int) -> FindingMessage {
        let (kind, value) =
            switch problem {
            case .length(let digits): (0, digits)
            case .checkDigit(let found, let expected): (1, Int(found) << 8 | Int(expected))
            case .lostLeadingZeros(let length): (2, length)
            case .placeholder: (3, 0)
            }
        return FindingMessage(.invalidGTIN, kind, value, count, words: [barcode])
    }

    /// `invalidGTIN`'s text.
    static func invalidGTINText(_ message: FindingMessage, _ language: Language) -> String {
        let (barcode, value, count) = (message.words[0], message.second, message.third)
        let reason: LocalizedText
        switch message.first {
        case 0:
            reason = LocalizedText(
                zh: "有 \(value) 位数字，商品条形码应为 8、12、13 或 14 位（这么长的数字常是平台自己的变体或商品 ID）",
                en: "has \(value) digits where a GTIN has 8, 12, 13 or 14 (a number like this is often the "
                    + "platform's own variant or product id)")
        case 1:
            let (found, expected) = (value >> 8, value & 0xFF)
            reason = LocalizedText(
                zh: "校验位是 \(found)，按前面的数字应为 \(expected)：抄错了，或者不是条形码",
                en: "ends in \(found) where its digits give the check digit \(expected): mistyped, or not a GTIN")
        case 2:
            reason = LocalizedText(
                zh: "前面补 0 才是有效的 \(value) 位条形码：表格软件把它当数字，丢了开头的 0",
                en: "is a valid \(value)-digit GTIN only with zeros in front: a spreadsheet dropped them")
        default:
            reason = LocalizedText(zh: "全是 0，是占位值", en: "is all zeros, a placeholder")
        }
        let others = count > 1
            ? LocalizedText(zh: "（共 \(count) 个无效条形码）", en: " (\(count) invalid barcodes in all)")
            : LocalizedText(zh: "", en: "")
        return switch language {
        case .zh: "条形码 \(barcode) \(reason.zh)\(others.zh)"
        case .en: "The barcode \(barcode) \(reason.en)\(others.en)"
        }
    }
}
