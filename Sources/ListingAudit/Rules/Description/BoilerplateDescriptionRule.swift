/// The same description (ignoring spacing, punctuation, case and emoji) is reused across many different products,
/// so it cannot describe any one of them. One product listed once per colour (same title stem) counts once. A
/// description that is missing (template filler, placeholders only) is `description.empty`'s, not this rule's.
struct BoilerplateDescriptionRule: ListingRule {
    static let description = RuleDescription(
        id: "description.boilerplate",
        severity: .advice,
        title: LocalizedText(zh: "多个商品共用同一段描述", en: "Boilerplate description"),
        rationale: LocalizedText(
            zh: "同一段文字复制到多个商品，说明它没有写出每个商品自己的尺寸、材质和规格；买家按错的信息下单后只能退款。",
            en: "Text copied across many listings cannot carry each product's own size, material and specs; buyers "
                + "order on the wrong information and return the item."),
        fix: LocalizedText(
            zh: "保留通用的售后说明，但为每个商品写出它自己的尺寸、材质、规格和适用场景。",
            en: "Keep shared policy text if you like, but give every listing its own measurements, material, specs "
                + "and use."),
        linkedCategories: [.notAsDescribed, .wrongOrMissingItem],
        triggeringExamples: [
            RuleExample(
                title: "碎花连衣裙", description: "本店所有商品均为实拍，质量保证，欢迎选购！",
                shop: shopListings("本店所有商品均为实拍，质量保证，欢迎选购！", count: 2)),
            RuleExample(
                title: "Floral dress", description: "All our products are photographed in house. Enjoy shopping!",
                shop: shopListings("All our products are photographed in-house - enjoy shopping!!", count: 3)),
        ],
        nonTriggeringExamples: [
            RuleExample(
                title: "碎花连衣裙", description: "本店所有商品均为实拍，质量保证，欢迎选购！",
                shop: shopListings("本店所有商品均为实拍，质量保证，欢迎选购！", count: 1)),
            RuleExample(
                title: "碎花连衣裙", description: "雪纺面料，衣长98cm。",
                shop: shopListings("棉麻面料，衣长105cm。", count: 4)),
            RuleExample(
                title: "Floral dress", description: "Chiffon, length 98 cm.",
                shop: shopListings("Linen, length 105 cm.", count: 4)),
            RuleExample(
                title: "Evelyn Pareo - White", description: "Light viscose pareo, 180 x 110 cm.",
                shop: ["Khaki", "Black", "Brown"].enumerated().map { index, colour in
                    Listing(
                        id: "pareo-\(index)", title: "Evelyn Pareo - \(colour)",
                        description: "Light viscose pareo, 180 x 110 cm.", format: .generic,
                        location: SourceLocation(file: RuleExample.exampleFile, line: index + 1))
                }),
            // Template filler text or a placeholder shared by many products is description.empty's error, not this
            // advice: one root problem, one finding.
            RuleExample(
                title: "Floral dress", description: "Lorem ipsum dolor sit amet, consectetur adipiscing elit.",
                shop: shopListings("Lorem ipsum dolor sit amet, consectetur adipiscing elit.", count: 4)),
            RuleExample(title: "碎花连衣裙", description: "详情见图", shop: shopListings("详情见图", count: 4)),
            RuleExample(title: "Floral dress", description: "See photos", shop: shopListings("See photos", count: 4)),
        ])

    /// A candidate finding: whether the description is shared is known only once every listing has been read, and
    /// `settle` completes it with the count. Its evidence is the whole description (shared, not copied): most
    /// candidates are never reported, so `settle` abbreviates it only for those that are.
    func check(_ facts: ListingFacts) -> RuleFinding? {
        guard !facts.descriptionState.isMissing, facts.descriptionKey != nil else { return nil }
        return finding(
            facts, at: .description, message: .boilerplate(0), evidence: facts.listing.description,
            condition: .sharedDescription(minimum: max(2, facts.settings.boilerplateMinimumListings)))
    }

    /// `candidate` (from `check`, its evidence the whole description) for a description shared by `products`
    /// different products.
    static func settle(_ candidate: RuleFinding, sharedBy products: Int) -> RuleFinding {
        var settled = candidate
        settled.message = .boilerplate(products)
        settled.evidence = "\(products) × \(candidate.evidence.abbreviated(to: 40))"
        settled.condition = nil
        return settled
    }

    /// Other products of an example shop that all carry `description`.
    private static func shopListings(_ description: String, count: Int) -> [Listing] {
        let titles = ["Linen shirt", "Wool scarf", "Oak table", "Canvas tote", "Silk pillowcase"]
        return (0..<count).map { index in
            Listing(
                id: "shop-\(index + 1)", title: titles[index % titles.count], description: description,
                format: .generic, location: SourceLocation(file: RuleExample.exampleFile, line: index + 1))
        }
    }
}

extension FindingMessage {
    /// A description shared by `count` different products (0 in a candidate, before the count is known).
    fileprivate static func boilerplate(_ count: Int) -> FindingMessage {
        FindingMessage(.boilerplate, count)
    }

    /// `boilerplate`'s text.
    static func boilerplateText(_ message: FindingMessage, _ language: Language) -> String {
        switch language {
        case .zh: "这段描述被 \(message.first) 个不同商品共用，没有写出本商品自己的信息"
        case .en:
            "This description is shared by \(message.first) different products and says nothing specific to this one"
        }
    }
}
