/// `price.missing`: a listing the export marks live (Shopify `Status` active, WooCommerce `Published`, Amazon
/// `status` Active, an item of a Google feed) with no price on any variant, or several variants that all cost 0.
/// A single item at 0 is not judged (a free e-book or sample is a choice; sizes that all cost 0 are not), nor a
/// WooCommerce grouped product (it shows its children's prices), nor a listing whose export does not say whether
/// it is live.
struct MissingPriceRule: ListingRule {
    static let description = RuleDescription(
        id: "price.missing", severity: .warning,
        title: LocalizedText(zh: "在售商品没有价格", en: "Live listing without a price"),
        rationale: LocalizedText(
            zh: "在售商品价格为空或为 0：平台拒登，或者按 0 元成交后店家只能取消订单、退款。这不是“错发”或"
                + "“与描述不符”，而是取消。",
            en: "A live listing with no price or a zero price is refused by the platform, or sells for nothing and "
                + "the shop cancels and refunds the order: a cancellation, not a wrong item or a misdescription."),
        fix: LocalizedText(
            zh: "给每个规格填上售价；暂不出售的商品改为草稿或下架。",
            en: "Give every variant its price; set listings not for sale yet to draft or unpublished."),
        linkedCategories: [.changedMind],
        triggeringExamples: [
            RuleExample(title: "纯棉T恤", options: ["尺码": ["M", "L"]])
                .withPrices([(price: 0, regular: nil), (price: 0, regular: nil)]),
            RuleExample(title: "真丝围巾").withPrices([(price: nil, regular: nil)]),
            RuleExample(title: "Linen Shirt", options: ["Size": ["S", "M"]])
                .withPrices([(price: nil, regular: nil), (price: 0, regular: nil)]),
        ],
        nonTriggeringExamples: [
            RuleExample(title: "纯棉T恤").withPrices([(price: 59, regular: nil)]),
            // One priced variant is enough to sell the listing.
            RuleExample(title: "Linen Shirt", options: ["Size": ["S", "M"]])
                .withPrices([(price: 0, regular: nil), (price: 45, regular: nil)]),
            // A draft is not for sale yet.
            RuleExample(title: "Linen Shirt", options: ["Size": ["S", "M"]])
                .withPrices([(price: 0, regular: nil), (price: 0, regular: nil)], live: false),
            // A single free item (an e-book, a sample) is a choice.
            RuleExample(title: "100 Beauty Tips (Free E-Book)").withPrices([(price: 0, regular: nil)]),
            // An export that does not say whether the listing is live is not judged.
            RuleExample(title: "真丝围巾").withPrices([(price: nil, regular: nil)], live: nil),
        ])

    func check(_ facts: ListingFacts) -> RuleFinding? {
        let listing = facts.listing
        guard listing.isLive == true, let first = listing.variants.first else { return nil }
        if listing.format == .wooCommerce && listing.productType.lowercased() == "grouped" { return nil }
        if let price = listing.price, price > 0 { return nil }
        guard !listing.variants.contains(where: { ($0.price ?? 0) > 0 }) else { return nil }
        let zero = listing.price != nil || listing.variants.contains { $0.price != nil }
        if zero && listing.variants.count < 2 { return nil }
        return finding(
            at: listing.fieldLocations[.price] ?? first.location, message: zero ? .zeroPrice : .noPrice,
            evidence: zero ? "0" : "—")
    }
}

extension FindingMessage {
    fileprivate static let zeroPrice = FindingMessage(.zeroPrice)

    /// `zeroPrice`'s text.
    static let zeroPriceText = LocalizedText(zh: "在售商品的价格为 0", en: "The listing is live with a price of 0")

    fileprivate static let noPrice = FindingMessage(.noPrice)

    /// `noPrice`'s text.
    static let noPriceText = LocalizedText(zh: "在售商品没有填价格", en: "The listing is live with no price")
}
