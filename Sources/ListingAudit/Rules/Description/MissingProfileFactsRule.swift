/// A listing lacks the fact its kind of product needs: material for textiles, specs for electronics, net content
/// for food, the portion for prepared food (a serving's weight or volume, or its pieces:
/// `ListingFacts.isPreparedFood`). Title, description and attributes all count. (Dimensions of furniture, bags, rugs
/// and containers are `size.missing_dimensions`.) An empty description is reported by `description.empty` alone,
/// which already asks for these facts.
struct MissingProfileFactsRule: ListingRule {
    static let description = RuleDescription(
        id: "description.missing_profile_facts",
        severity: .warning,
        title: LocalizedText(zh: "缺少该品类必备信息", en: "Missing facts the category needs"),
        rationale: LocalizedText(
            zh: "服装和家纺不写成分、电器不写接口和功率、食品不写净含量，买家只能猜，"
                + "收到后发现“不是想要的”就会以“与描述不符”“质量问题”退款。",
            en: "Clothes without composition, electronics without interface and power, food without net content: "
                + "buyers guess, and return what they did not expect as not as described or poor quality."),
        fix: LocalizedText(
            zh: "按品类补全：服装/家纺写面料成分；电子产品写接口、功率、电池容量和兼容型号；食品写净含量；"
                + "熟食、餐食和甜品写每份份量（克数、毫升数或件数）。",
            en: "Complete per category: composition for clothing and home textiles; interface, power, battery and "
                + "compatible models for electronics; net weight or volume for food; the portion (g or ml per "
                + "serving, or pieces) for prepared meals and desserts."),
        linkedCategories: [.notAsDescribed, .qualityDefect, .wrongOrMissingItem],
        profiles: [.apparel, .homeTextiles, .electronics, .food],
        readsWords: true,
        triggeringExamples: [
            RuleExample(title: "法式碎花连衣裙", description: "温柔法式风，衣长98cm。", profile: .apparel),
            RuleExample(title: "快充充电器", description: "充电快，小巧便携。", profile: .electronics),
            RuleExample(title: "手工牛轧糖", description: "奶香浓郁，独立包装。", profile: .food),
            RuleExample(title: "北欧地毯客厅", description: "柔软耐脏，160x230cm。", profile: .homeTextiles),
            RuleExample(title: "Floral midi dress", description: "Length 98 cm, fits true to size.", profile: .apparel),
            RuleExample(title: "Wall charger", description: "Charges fast, fits in a pocket.", profile: .electronics),
            // Prepared food is asked for its portion: a meal named a bowl is no bowl.
            RuleExample(
                title: "Teriyaki Chicken Bowl", description: "Grilled chicken on rice with a sweet glaze.",
                productType: "Prepared Meal"),
            RuleExample(title: "照烧鸡肉饭", description: "炭烤鸡腿肉配米饭，酱汁浓郁。", productType: "熟食"),
            // A number before another noun counts no pieces of the product.
            RuleExample(
                title: "Protein Cookies", description: "Soft-baked with 2 kinds of chocolate.", productType: "Dessert"),
            RuleExample(title: "手工黄油曲奇", description: "选用2种坚果，现烤现发。", productType: "甜品"),
            // Packaged food is asked for its net content: a count of cookies is none.
            RuleExample(title: "Butter Cookies", description: "A tin of 24 cookies.", productType: "Snacks"),
        ],
        nonTriggeringExamples: [
            // An export that records only text lengths (Olist) cannot show which facts the description states.
            RuleExample(title: "", attributes: ["name_length": "48", "description_length": "640"], profile: .apparel),
            RuleExample(title: "法式碎花连衣裙", description: "面料：聚酯纤维95% 氨纶5%。", profile: .apparel),
            RuleExample(
                title: "法式碎花连衣裙", description: "温柔法式风。", attributes: ["材质": "雪纺"], profile: .apparel),
            RuleExample(title: "快充充电器", description: "Type-C接口，20W快充。", profile: .electronics),
            RuleExample(title: "手工牛轧糖 500g", description: "奶香浓郁，独立包装。", profile: .food),
            RuleExample(title: "北欧地毯客厅", description: "涤纶短绒，160x230cm。", profile: .homeTextiles),
            RuleExample(title: "陶瓷马克杯", description: "釉下彩，可进洗碗机。", profile: .homeGoods),
            RuleExample(title: "北欧实木餐桌", description: "环保水性漆。", profile: .furniture),
            RuleExample(title: "Floral midi dress", description: "Shell: 100% viscose.", profile: .apparel),
            RuleExample(title: "Granola", description: "Oats and honey, net wt 12 oz.", profile: .food),
            // A portion is a serving's weight or a number of pieces, not only a net content.
            RuleExample(
                title: "Almond Brownies", description: "Box of 6 pieces, almond flour.", productType: "Dessert"),
            RuleExample(title: "杏仁布朗尼", description: "一盒6个，杏仁粉。", productType: "甜品"),
            // A count of the product's own pieces is its portion where the type is sold by the piece.
            RuleExample(
                title: "Protein Cookies", description: "A box of 6 soft cookies, oat flour.", productType: "Dessert"),
            RuleExample(title: "手工黄油曲奇", description: "一盒12块，现烤现发。", productType: "甜品"),
            RuleExample(title: "Wireless earbuds", description: "Bluetooth 5.3, 30 h battery.", profile: .electronics),
            RuleExample(title: "手机壳 防摔", description: "适用iPhone 15，TPU软壳。", profile: .electronics),
            RuleExample(title: "Desk lamp", description: "Arm reaches 45 cm, base 15 cm wide.", profile: .electronics),
            RuleExample(title: "Phone case", description: "Slim and light.", profile: .accessories),
            // An empty description is description.empty's error, which already asks for the composition.
            RuleExample(title: "Floral midi dress", description: "", profile: .apparel),
            RuleExample(title: "碎花连衣裙", description: "详情见图", profile: .apparel),
        ])

    func check(_ facts: ListingFacts) -> RuleFinding? {
        var condition: ShopCondition?
        if facts.descriptionState.isMissing {
            // description.empty reports it, unless an Amazon report lacks descriptions altogether.
            guard facts.listing.format == .amazonListingsReport else { return nil }
            condition = .exportLacksDescriptions
        }
        guard let lacked = facts.lackedProfileFact else { return nil }
        return finding(
            facts, at: .description, message: .missing(lacked, profile: facts.profile),
            evidence: facts.listing.title.isEmpty ? facts.listing.id : facts.listing.title, condition: condition)
    }

    /// The fact the listing's kind needs that neither its texts nor its attributes state; `nil` when its kind needs
    /// none, it states it, or the export summarises its texts. What this rule reports on a listing with a written
    /// description, and what `description.thin` leaves out of its list of needs (both read it where the facts
    /// keep it: `ListingFacts.lackedProfileFact`).
    static func lackedFact(_ facts: ListingFacts) -> ProfileFact? {
        guard !facts.hasSummarisedText,
            let required = ProfileFact.required(for: facts.profile, preparedFood: facts.isPreparedFood),
            !required.isPresent(in: facts)
        else { return nil }
        return required
    }
}

extension FindingMessage {
    fileprivate static func missing(_ fact: ProfileFact, profile: ProductProfile) -> FindingMessage {
        FindingMessage(.missing, fact.caseNumber, profile.caseNumber)
    }

    /// `missing`'s text.
    static func missingText(_ message: FindingMessage, _ language: Language) -> String {
        let fact = ProfileFact(caseNumber: message.first).label
        let kind = kindName(ProductProfile(caseNumber: message.second))
        return switch language {
        case .zh: "\(kind.zh)需要写明\(fact.zh)，标题、描述和属性里都没有找到"
        case .en: "\(kind.en) listings need the \(fact.en); none found in the title, description or attributes"
        }
    }

    /// The profiles this rule applies to, as a shop owner would name them.
    private static func kindName(_ profile: ProductProfile) -> LocalizedText {
        switch profile {
        case .apparel: LocalizedText(zh: "服装", en: "Clothing")
        case .homeTextiles: LocalizedText(zh: "家纺", en: "Home textile")
        case .electronics: LocalizedText(zh: "电子产品", en: "Electronics")
        case .food: LocalizedText(zh: "食品", en: "Food")
        default: LocalizedText(zh: "这类商品", en: "These")
        }
    }
}
