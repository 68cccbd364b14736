/// `price.sale_above_regular`: a variant's selling price is above the undiscounted price the export gives beside it
/// (Shopify `Variant Compare At Price` below `Variant Price`; Google `sale_price` above `price`; WooCommerce
/// `Sale price` above `Regular price`; Magento `special_price` above `price`).
struct SaleAboveRegularPriceRule: ListingRule {
    static let description = RuleDescription(
        id: "price.sale_above_regular", severity: .warning,
        title: LocalizedText(zh: "促销价高于原价", en: "Sale price above the regular price"),
        rationale: LocalizedText(
            zh: "“促销价”比原价还高，Google 会拒登，Shopify 不显示划线价；买家看到涨价的“特价”，觉得被骗，"
                + "找到更便宜的就取消或退货。",
            en: "A \"sale\" dearer than the regular price is disapproved by Google and shows no strike-through "
                + "price on Shopify; buyers who notice feel tricked and cancel or return once they find a better "
                + "price."),
        fix: LocalizedText(
            zh: "把原价（划线价）填成高于售价的价格，或者清空原价、不做促销。",
            en: "Set the regular (compare-at) price above the selling price, or clear it when there is no sale."),
        linkedCategories: [.changedMind],
        triggeringExamples: [
            RuleExample(title: "纯棉T恤").withPrices([(price: 99, regular: 79)]),
            RuleExample(title: "Linen Shirt", options: ["Size": ["S", "M"]])
                .withPrices([(price: 45, regular: 60), (price: 55, regular: 50)]),
        ],
        nonTriggeringExamples: [
            RuleExample(title: "纯棉T恤").withPrices([(price: 79, regular: 99)]),
            RuleExample(title: "Linen Shirt").withPrices([(price: 45, regular: nil)]),
            // Compare-at equal to the price: no sale shown, nothing wrong.
            RuleExample(title: "Linen Shirt").withPrices([(price: 45, regular: 45)]),
        ])

    func check(_ facts: ListingFacts) -> RuleFinding? {
        let above = facts.listing.variants.filter { variant in
            guard let price = variant.price, let regular = variant.regularPrice, regular > 0 else { return false }
            return price > regular
        }
        guard let first = above.first, let price = first.price, let regular = first.regularPrice else { return nil }
        return finding(
            at: first.location, message: .saleAboveRegular(price, regular, count: above.count),
            evidence: "\(Self.amount(price)) > \(Self.amount(regular))")
    }

    /// `12.5`, `99` (no trailing `.0`).
    static func amount(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}

extension FindingMessage {
    /// The selling `price` above the `regular` one (their bits as numbers), on `count` variants.
    fileprivate static func saleAboveRegular(_ price: Double, _ regular: Double, count: Int) -> FindingMessage {
        FindingMessage(
            .saleAboveRegular, Int(bitPattern: UInt(price.bitPattern)), Int(bitPattern: UInt(regular.bitPattern)),
            count)
    }

    /// `saleAboveRegular`'s text.
    static func saleAboveRegularText(_ message: FindingMessage, _ language: Language) -> String {
        let price = SaleAboveRegularPriceRule.amount(Double(bitPattern: UInt64(UInt(bitPattern: message.first))))
        let regular = SaleAboveRegularPriceRule.amount(Double(bitPattern: UInt64(UInt(bitPattern: message.second))))
        let count = message.third
        return switch language {
        case .zh: "售价 \(price) 高于原价 \(regular)" + (count > 1 ? "（共 \(count) 个规格）" : "")
        case .en:
            "The selling price \(price) is above the regular price \(regular)"
                + (count > 1 ? " (\(count) variants)" : "")
        }
    }
}
