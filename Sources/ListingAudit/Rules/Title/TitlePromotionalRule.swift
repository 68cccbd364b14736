/// The title carries promotion or shipping talk (`包邮`, `爆款`, `预售`, `free shipping`, `hot sale`, `pre-order`)
/// or an amount taken off the price (`20% OFF`, `$30 off`, `8折`); an edition's name (`限量版`) is the product's, no
/// offer, and `off-white` or `三折叠` no discount.
struct TitlePromotionalRule: ListingRule {
    static let description = RuleDescription(
        id: "title.promotional",
        severity: .warning,
        title: LocalizedText(zh: "标题含促销用语", en: "Promotional text in the title"),
        rationale: LocalizedText(
            zh: "“包邮”“爆款”“清仓”挤掉了材质、尺寸等真正帮助买家选择的信息；Google 和亚马逊会因此拒登或降权。",
            en: "\"Free shipping\" or \"hot sale\" take the place of material and size, the words that help buyers "
                + "choose; Google and Amazon disapprove or demote such titles."),
        fix: LocalizedText(
            zh: "把促销信息放进活动设置，标题只写品牌、品类和关键属性。",
            en: "Put promotions in the platform's promotion settings; keep the title to brand, type and key "
                + "attributes."),
        linkedCategories: [.notAsDescribed, .changedMind],
        readsWords: true,
        triggeringExamples: [
            RuleExample(title: "包邮 爆款纯棉T恤女"),
            RuleExample(title: "清仓特价 羊毛围巾"),
            RuleExample(title: "Cotton T-Shirt - Free Shipping"),
            RuleExample(title: "HOT SALE Wool Scarf"),
            RuleExample(title: "限量抢购 丝绒哑光口红 3.5g"),
            // An amount off the price, in either language; a pre-sale is shipping talk.
            RuleExample(title: "Merino Hiking Socks (20% OFF)"),
            RuleExample(title: "Yoga Starter Bundle ($30 OFF)"),
            RuleExample(title: "纯棉袜子 5双装 8折"),
            RuleExample(title: "【预售】羊毛大衣 女 中长款"),
            RuleExample(title: "Wool Coat, Pre-Order"),
        ],
        nonTriggeringExamples: [
            RuleExample(title: "纯棉T恤女 圆领短袖"),
            RuleExample(title: "Cotton T-Shirt, Crew Neck"),
            RuleExample(title: "Wholesale-grade Wool Scarf"),
            // An edition's name is no offer: 限量版 says what 'limited edition' says.
            RuleExample(title: "花漾限量版丝绒哑光口红 3.5g"),
            RuleExample(title: "Velvet Matte Lipstick, Limited Edition, 3.5g"),
            // `off` and `折` with no amount before them: a colour, a fold.
            RuleExample(title: "Off-White Cotton Shirt"),
            RuleExample(title: "Set of 2 Off-Shoulder Tops"),
            RuleExample(title: "三折叠晴雨伞 8骨加固"),
        ])

    func check(_ facts: ListingFacts) -> RuleFinding? {
        let title = facts.title
        let hits = title.hits[ListingPhrase.promotional.rawValue]
        guard !hits.isEmpty else { return nil }
        let bytes = title.folded.bytes
        var affirmed: [String] = []
        for hit in hits where hit.value >= 0 && !title.folded.isNegated(at: hit.range.lowerBound) {
            guard hit.value == ListingPhrase.Promotion.afterAmount else {
                affirmed.append(title.folded.quote(hit.range))
                continue
            }
            // `off` and `折` with the amount before them, quoted together (`20% OFF`, `8折`).
            if let start = PromotionAmount.amountStart(in: bytes, before: Int(hit.start)) {
                affirmed.append(title.folded.quote(start..<Int(hit.end)))
            }
        }
        guard !affirmed.isEmpty else { return nil }
        let phrases = affirmed.uniqued()
        return finding(facts, at: .title, message: .promotional(phrases), evidence: phrases.joined(separator: ", "))
    }
}

extension FindingMessage {
    fileprivate static func promotional(_ phrases: [String]) -> FindingMessage {
        FindingMessage(.promotional, words: phrases)
    }

    /// `promotional`'s text.
    static func promotionalText(_ message: FindingMessage, _ language: Language) -> String {
        switch language {
        case .zh: "标题含促销用语：\(message.words.joined(separator: "、"))"
        case .en: "The title contains promotion: \(message.words.joined(separator: ", "))"
        }
    }
}
