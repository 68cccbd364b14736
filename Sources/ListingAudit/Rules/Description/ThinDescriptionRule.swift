/// The description is too short to inform and states no fact (no measurement, material or spec). Judged by facts,
/// not length alone: `衣长70cm 胸围100cm` is short and fine. Length counts letters, digits and Chinese characters,
/// a Chinese character as 2 (it carries about as much as two Latin letters).
struct ThinDescriptionRule: ListingRule {
    static let description = RuleDescription(
        id: "description.thin",
        severity: .warning,
        title: LocalizedText(zh: "描述过于单薄", en: "Thin description"),
        rationale: LocalizedText(
            zh: "一两句空话不能回答买家关心的尺寸、材质和规格问题，期望落差会变成“与描述不符”退款。",
            en: "A line or two of general words does not answer the buyer's questions about size, material and "
                + "specs, and the gap between expectation and product becomes a not-as-described refund."),
        fix: LocalizedText(
            zh: "补充可核实的事实：带单位的尺寸或重量、材质成分、规格参数、包装清单。",
            en: "Add facts a buyer can check: measurements or weight with units, material composition, specs, "
                + "what is in the box."),
        linkedCategories: [.notAsDescribed, .sizeFit],
        readsWords: true,
        triggeringExamples: [
            RuleExample(title: "女士连衣裙", description: "很好看的裙子，穿着舒服。"),
            RuleExample(title: "收纳盒", description: "实用方便，家里必备"),
            RuleExample(title: "Summer dress", description: "Very nice dress, comfy."),
            RuleExample(title: "Storage box", description: "Useful for every home."),
        ],
        nonTriggeringExamples: [
            RuleExample(title: "女士连衣裙", description: "衣长98cm 胸围88cm"),
            RuleExample(title: "女士连衣裙", description: "面料：聚酯纤维"),
            RuleExample(title: "手机壳", description: "TPU软壳，四角气囊防摔。"),
            RuleExample(title: "女士连衣裙", description: "详情见图"),
            RuleExample(
                title: "女士连衣裙",
                description: "这款连衣裙采用垂坠感很好的面料，腰部做了收腰设计，裙摆自然展开，通勤和约会都适合穿着。"),
            RuleExample(title: "Summer dress", description: "Length 98 cm, chest 88 cm."),
            RuleExample(title: "Phone charger", description: "USB-C, 20W"),
            // Short, but it names the material.
            RuleExample(title: "Garden table", description: "Weathered wooden garden table."),
            RuleExample(title: "Bedside lamp", description: "Brushed copper bedside lamp."),
            RuleExample(title: "花盆", description: "陶土花盆，透气。"),
            RuleExample(title: "Summer dress", description: ""),
            // Short, but it lists the ingredients.
            RuleExample(title: "Keto cake", description: "Ingredients: eggs, almond flour."),
            RuleExample(title: "低糖蛋糕", description: "配料：鸡蛋、杏仁粉。"),
            // The shop's spec metafields are read with the description.
            RuleExample(
                title: "Dining chair", description: "A chair for every home.",
                attributes: ["custom.product_specifications": "Seat height 45 cm, solid oak frame"]),
            RuleExample(
                title: "实木餐椅", description: "好看耐用。", attributes: ["custom.product_specifications": "座高45cm，橡木"]),
        ])

    func check(_ facts: ListingFacts) -> RuleFinding? {
        guard let length = facts.thinDescriptionLength else { return nil }
        let description = facts.listing.description
        return finding(
            facts, at: .description, message: .thin(length, weighted: description.containsCJK),
            evidence: description.abbreviated())
    }
}

extension LocalizedText {
    fileprivate static func thin(_ length: Int, weighted: Bool) -> LocalizedText {
        LocalizedText(
            zh: "描述很短（\(length) 个字符\(weighted ? "，汉字计 2" : "")），且没有任何尺寸、材质或规格信息",
            en: "The description is short (\(length) characters\(weighted ? ", Chinese counts 2" : "")) and states "
                + "no measurement, material or spec")
    }
}
